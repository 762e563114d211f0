#include "DiffReport.h"
#include "DiffWords.h"
#include "model/core/Utf8.h"

#include <algorithm>
#include <cmath>

namespace azimuth::model {

namespace {

std::string padded(const std::string& s, size_t width)
{
    const size_t n = codePointCount(s);
    return n >= width ? s : s + std::string(width - n, ' ');
}

std::string figure(double amount, bool complete)
{
    return dollars(amount) + (complete ? "" : "+");
}

/// "web" or "web (Web servers)": the id a reviewer greps for, and the name they know.
std::string itemTitle(const ItemChange& item)
{
    if (item.name.empty() || item.name == item.id) return item.id;
    return item.id + " (" + item.name + ")";
}

std::string whatChanged(const ItemChange& item)
{
    if (item.change != ItemChangeKind::Changed) return item.kind;
    return fieldsText(item.fields);
}

void costSection(const CostSection& cost, std::string& out)
{
    if (!cost.totalsChanged() && cost.items.empty()) return;
    out += "\nCost (" + cost.currency + " a month)\n";
    struct Row
    {
        const char* label;
        double before, after;
        bool percent;
    };
    const Row rows[] = {
        {"Monthly", cost.before.monthly, cost.after.monthly, true},
        {"Upfront", cost.before.upfront, cost.after.upfront, false},
        {"Effective monthly", cost.before.effectiveMonthly, cost.after.effectiveMonthly, false}};
    size_t wBefore = 0, wAfter = 0;
    for (const auto& r : rows) {
        wBefore = std::max(wBefore, figure(r.before, cost.before.complete).size());
        wAfter = std::max(wAfter, figure(r.after, cost.after.complete).size());
    }
    for (const auto& r : rows) {
        const std::string b = figure(r.before, cost.before.complete);
        const std::string a = figure(r.after, cost.after.complete);
        out += "  " + padded(r.label, 19) + std::string(wBefore - b.size(), ' ') + b + " → " +
               std::string(wAfter - a.size(), ' ') + a + "  " + signedDollars(r.after - r.before);
        if (r.percent) out += " (" + percentText(cost.percent()) + ")";
        out += "\n";
    }
    if (!cost.items.empty()) out += "\n";
    for (const auto& c : cost.items) {
        out += std::string("  ") + itemChangeMark(c.item.change) + " " + itemTitle(c.item) + "  " +
               signedDollars(c.delta()) + " (" + figure(c.before.monthly, c.before.complete) +
               " → " + figure(c.after.monthly, c.after.complete) + ")";
        if (std::abs(c.after.upfront - c.before.upfront) >= 0.005)
            out += ", upfront " + signedDollars(c.after.upfront - c.before.upfront);
        const std::string what = whatChanged(c.item);
        if (!what.empty()) out += "  " + what;
        out += "\n";
    }
    if (!cost.before.complete || !cost.after.complete)
        out += "\n  + incomplete: some prices are unknown in this catalog and are not counted.\n";
}

void findingList(const char* mark, const std::vector<Finding>& findings, std::string& out)
{
    for (const auto& f : findings) {
        std::string ids;
        for (const auto& id : f.components)
            ids += (ids.empty() ? "" : ", ") + id.value;
        out += std::string("  ") + mark + " " + std::string(severityName(f.severity)) + "  " +
               f.rule + "  " + ids + ": " + f.message + "\n";
    }
}

} // namespace

std::string diffText(const DesignDiff& diff)
{
    std::string out = diffHeadline(diff) + "\n";
    costSection(diff.cost, out);
    if (!diff.introduced.empty() || !diff.resolved.empty()) {
        out += "\nFindings (+ introduced, - resolved)\n";
        findingList("+", diff.introduced, out);
        findingList("-", diff.resolved, out);
    }
    if (!diff.resilience.empty()) {
        out += "\nResilience (users served when it fails, old → new)\n";
        for (const auto& r : diff.resilience)
            out += "  " + r.failedName + " fails: " + r.entryName + " served  " +
                   servedText(r.before) + " → " + servedText(r.after) + "\n";
    }
    if (!diff.structure.empty()) {
        out += "\nStructure\n";
        for (const auto& item : diff.structure) {
            out += std::string("  ") + itemChangeMark(item.change) + " " + item.kind + " " +
                   itemTitle(item);
            if (!item.fields.empty()) out += "  " + fieldsText(item.fields);
            out += "\n";
        }
    }
    return out;
}

} // namespace azimuth::model
