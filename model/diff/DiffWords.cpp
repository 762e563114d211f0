#include "DiffWords.h"

#include "model/cost/CostEngine.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string_view>

namespace azimuth::model {

namespace {

std::string plural(size_t n, const char* one, const char* many)
{
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

/// "1 error, 2 warnings" for a list of findings; empty when there are none.
std::string bySeverity(const std::vector<Finding>& findings)
{
    size_t counts[3] = {0, 0, 0};
    for (const auto& f : findings)
        ++counts[static_cast<int>(f.severity)];
    std::string out;
    const char* names[3][2] = {{"error", "errors"}, {"warning", "warnings"}, {"info", "info"}};
    for (int s = 0; s < 3; ++s) {
        if (!counts[s]) continue;
        if (!out.empty()) out += ", ";
        out += plural(counts[s], names[s][0], names[s][1]);
    }
    return out;
}

std::string structureSummary(const std::vector<ItemChange>& items)
{
    std::string out;
    for (bool connection : {false, true}) {
        size_t n[3] = {0, 0, 0};
        for (const auto& i : items)
            if (i.connection == connection) ++n[static_cast<int>(i.change)];
        std::string part;
        const char* verbs[3] = {"added", "removed", "changed"};
        for (int k = 0; k < 3; ++k) {
            if (!n[k]) continue;
            part += part.empty() ? plural(n[k], connection ? "connection" : "component",
                                          connection ? "connections" : "components")
                                 : ", " + std::to_string(n[k]);
            part += std::string(" ") + verbs[k];
        }
        if (part.empty()) continue;
        if (!out.empty()) out += "; ";
        out += part;
    }
    return out;
}

} // namespace

std::string dollars(double amount)
{
    char buf[64];
    const int n = std::snprintf(buf, sizeof buf, "%.2f", std::abs(roundCents(amount)));
    const std::string_view digits(buf, static_cast<size_t>(std::max(n, 0)));
    const size_t point = std::min(digits.find('.'), digits.size());
    std::string s = roundCents(amount) < 0 ? "-$" : "$";
    for (size_t i = 0; i < point; ++i) {
        if (i > 0 && (point - i) % 3 == 0) s += ',';
        s += digits[i];
    }
    s += digits.substr(point);
    return s;
}

std::string signedDollars(double amount)
{
    const double cents = roundCents(amount);
    return cents > 0 ? "+" + dollars(cents) : dollars(cents);
}

double roundPercent(double percent)
{
    return std::round(percent * 10.0) / 10.0;
}

std::string percentText(const std::optional<double>& percent)
{
    if (!percent) return "new";
    const double p = roundPercent(*percent);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%s%.1f %%", p > 0 ? "+" : "", p == 0 ? 0.0 : p);
    return buf;
}

std::string valueText(const Json& value)
{
    switch (value.type()) {
    case Json::Type::Null:
        return "(none)";
    case Json::Type::Bool:
        return value.asBool() ? "true" : "false";
    case Json::Type::Number:
        return formatFigure(value.asNumber());
    case Json::Type::String: {
        const std::string& s = value.asString();
        const bool plain = !s.empty() && std::none_of(s.begin(), s.end(), [](unsigned char ch) {
            return ch <= ' ' || ch == '"';
        });
        return plain ? s : quoteJson(s);
    }
    case Json::Type::Array: {
        std::string out = "[";
        for (size_t i = 0; i < value.asArray().size(); ++i)
            out += (i ? ", " : "") + valueText(value.asArray()[i]);
        return out + "]";
    }
    case Json::Type::Object:
        break;
    }
    return writeJsonCompact(value);
}

std::string fieldsText(const std::vector<FieldChange>& fields)
{
    std::string out;
    for (const auto& f : fields) {
        if (!out.empty()) out += ", ";
        out += f.field + " " + valueText(f.before) + " → " + valueText(f.after);
    }
    return out;
}

std::string servedText(const std::optional<bool>& served)
{
    if (!served) return "—";
    return *served ? "yes" : "no";
}

std::string diffHeadline(const DesignDiff& diff)
{
    const CostSection& cost = diff.cost;
    if (diff.empty()) return "No changes; monthly cost " + dollars(cost.after.monthly);
    std::vector<std::string> clauses;
    const double delta = roundCents(cost.delta());
    if (delta == 0)
        clauses.push_back("Monthly cost unchanged at " + dollars(cost.after.monthly));
    else
        clauses.push_back(std::string("Monthly cost ") + (delta > 0 ? "rises " : "falls ") +
                          dollars(std::abs(delta)) + " (" + percentText(cost.percent()) + ") to " +
                          dollars(cost.after.monthly));
    if (roundCents(cost.after.upfront - cost.before.upfront) != 0)
        clauses.push_back("upfront " + dollars(cost.before.upfront) + " → " +
                          dollars(cost.after.upfront));
    if (!diff.introduced.empty()) clauses.push_back(bySeverity(diff.introduced) + " introduced");
    if (!diff.resolved.empty()) clauses.push_back(bySeverity(diff.resolved) + " resolved");
    size_t better = 0, worse = 0;
    for (const auto& r : diff.resilience) {
        if (r.before == false && r.after) ++better;
        if (r.before == true && !r.after) ++worse;
    }
    if (better)
        clauses.push_back("users now served through " +
                          plural(better, "more outage", "more outages"));
    if (worse)
        clauses.push_back("users no longer served through " + plural(worse, "outage", "outages"));
    if (clauses.size() == 1 && delta == 0 && diff.resilience.empty())
        clauses.push_back(structureSummary(diff.structure));
    std::string out;
    for (const auto& c : clauses) {
        if (c.empty()) continue;
        if (!out.empty()) out += "; ";
        out += c;
    }
    return out;
}

} // namespace azimuth::model
