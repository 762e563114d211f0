#include "RuleWording.h"

#include "model/core/Json.h"

#include <cmath>
#include <cstdio>

namespace azimuth::model {

std::string quoted(const Component& c)
{
    const std::string& name = c.displayName();
    std::string out;
    out.reserve(name.size() + 2);
    out += '"';
    out += name;
    out += '"';
    return out;
}

std::string named(const RuleContext& ctx, uint32_t i)
{
    const std::string& label = ctx.spec(i).label.empty() ? ctx.kind(i) : ctx.spec(i).label;
    const std::string& name = ctx.component(i).displayName();
    std::string out;
    out.reserve(label.size() + name.size() + 3);
    out += label;
    out += " \"";
    out += name;
    out += '"';
    return out;
}

std::string nameList(const RuleContext& ctx, std::span<const uint32_t> items, size_t max)
{
    std::string out;
    const size_t shown = std::min(items.size(), max);
    for (size_t k = 0; k < shown; ++k) {
        if (k > 0) out += (k + 1 == shown && shown == items.size()) ? " and " : ", ";
        out += quoted(ctx.component(items[k]));
    }
    if (shown < items.size()) out += " and " + std::to_string(items.size() - shown) + " more";
    return out;
}

std::string formatDollars(double amount)
{
    const bool negative = amount < 0;
    const long long cents = std::llround(std::fabs(amount) * 100.0);
    std::string whole = std::to_string(cents / 100);
    for (int pos = static_cast<int>(whole.size()) - 3; pos > 0; pos -= 3)
        whole.insert(pos, ",");
    char frac[4];
    std::snprintf(frac, sizeof frac, "%02lld", cents % 100);
    return std::string(negative ? "-$" : "$") + whole + "." + frac;
}

std::string formatNumber(double value)
{
    return formatJsonNumber(value);
}

Finding makeFinding(const RuleContext& ctx, std::string_view rule, Severity severity,
                    uint32_t subject, std::span<const uint32_t> others, std::string message,
                    std::string hint)
{
    Finding f;
    f.rule = std::string(rule);
    f.severity = severity;
    f.components.reserve(1 + others.size());
    f.components.push_back(ctx.component(subject).id);
    for (uint32_t o : others)
        f.components.push_back(ctx.component(o).id);
    f.message = std::move(message);
    f.hint = std::move(hint);
    return f;
}

} // namespace azimuth::model
