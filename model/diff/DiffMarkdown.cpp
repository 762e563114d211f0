#include "DiffReport.h"
#include "DiffWords.h"

#include <cmath>

namespace azimuth::model {

namespace {

/// User text in a table cell: markdown and HTML have no effect, and a line break or a
/// pipe cannot end the cell or the row.
std::string cell(const std::string& s)
{
    std::string out;
    out.reserve(s.size());
    for (char ch : s) {
        switch (ch) {
        case '\n':
        case '\r':
        case '\t':
            out += ' ';
            break;
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '\\':
        case '|':
        case '`':
        case '*':
        case '_':
        case '[':
        case ']':
        case '#':
        case '~':
        case '!':
            out += '\\';
            out += ch;
            break;
        default:
            out += ch;
        }
    }
    return out;
}

/// Ids hold letters, digits, '-', '_' and '.' only: safe in a code span.
std::string code(const std::string& id)
{
    return "`" + id + "`";
}

std::string figure(double amount, bool complete)
{
    return dollars(amount) + (complete ? "" : "+");
}

std::string mark(ItemChangeKind kind)
{
    // A bare "-" or "+" opening a cell can read as a list; in a code span it cannot.
    return code(itemChangeMark(kind));
}

std::string what(const ItemChange& item)
{
    return cell(item.change == ItemChangeKind::Changed ? fieldsText(item.fields) : item.kind);
}

std::string itemCell(const ItemChange& item)
{
    std::string out = code(item.id);
    if (!item.name.empty() && item.name != item.id) out += " " + cell(item.name);
    return out;
}

void costSection(const CostSection& cost, std::string& out)
{
    if (!cost.totalsChanged() && cost.items.empty()) return;
    out += "\n#### Cost (" + cost.currency + " a month)\n\n";
    out += "| | Old | New | Change |\n|---|---:|---:|---:|\n";
    out += "| Monthly | " + figure(cost.before.monthly, cost.before.complete) + " | " +
           figure(cost.after.monthly, cost.after.complete) + " | " + signedDollars(cost.delta()) +
           " (" + percentText(cost.percent()) + ") |\n";
    out += "| Upfront | " + dollars(cost.before.upfront) + " | " + dollars(cost.after.upfront) +
           " | " + signedDollars(cost.after.upfront - cost.before.upfront) + " |\n";
    out += "| Effective monthly | " + dollars(cost.before.effectiveMonthly) + " | " +
           dollars(cost.after.effectiveMonthly) + " | " +
           signedDollars(cost.after.effectiveMonthly - cost.before.effectiveMonthly) + " |\n";
    if (!cost.items.empty()) {
        out += "\n| | Item | Change | Old | New | What changed |\n"
               "|---|---|---:|---:|---:|---|\n";
        for (const auto& c : cost.items) {
            std::string change = signedDollars(c.delta());
            if (std::abs(c.after.upfront - c.before.upfront) >= 0.005)
                change += ", upfront " + signedDollars(c.after.upfront - c.before.upfront);
            out += "| " + mark(c.item.change) + " | " + itemCell(c.item) + " | " + change + " | " +
                   figure(c.before.monthly, c.before.complete) + " | " +
                   figure(c.after.monthly, c.after.complete) + " | " + what(c.item) + " |\n";
        }
    }
    if (!cost.before.complete || !cost.after.complete)
        out += "\n\\+ incomplete: some prices are unknown in this catalog and are not counted.\n";
}

void findingRows(const char* label, const std::vector<Finding>& findings, std::string& out)
{
    for (const auto& f : findings) {
        std::string ids;
        for (const auto& id : f.components)
            ids += (ids.empty() ? "" : ", ") + code(id.value);
        out += std::string("| ") + label + " | " + std::string(severityName(f.severity)) + " | " +
               code(f.rule) + " | " + ids + " | " + cell(f.message) + " |\n";
    }
}

} // namespace

std::string diffMarkdown(const DesignDiff& diff)
{
    std::string out = cell(diffHeadline(diff)) + "\n";
    costSection(diff.cost, out);
    if (!diff.introduced.empty() || !diff.resolved.empty()) {
        out += "\n#### Findings\n\n| | Severity | Rule | Components | Message |\n"
               "|---|---|---|---|---|\n";
        findingRows("introduced", diff.introduced, out);
        findingRows("resolved", diff.resolved, out);
    }
    if (!diff.resilience.empty()) {
        out += "\n#### Resilience\n\n| When this fails | Users | Served before | Served after |\n"
               "|---|---|---|---|\n";
        for (const auto& r : diff.resilience)
            out += "| " + cell(r.failedName) + " | " + cell(r.entryName) + " | " +
                   servedText(r.before) + " | " + servedText(r.after) + " |\n";
    }
    if (!diff.structure.empty()) {
        out += "\n#### Structure\n\n| | Kind | Item | What changed |\n|---|---|---|---|\n";
        for (const auto& item : diff.structure)
            out += "| " + mark(item.change) + " | " + item.kind + " | " + itemCell(item) + " | " +
                   (item.change == ItemChangeKind::Changed ? cell(fieldsText(item.fields)) : "") +
                   " |\n";
    }
    return out;
}

} // namespace azimuth::model
