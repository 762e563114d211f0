// costToJson: the layout of cli.md's `cost --format json` example, key for key.

#include "CostEngine.h"
#include "model/core/Json.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace azimuth::model {

namespace {

/// Money as in cli.md: cents, and always with a fraction ("0.0", "310.99").
std::string money(double v)
{
    double cents = roundCents(v);
    if (cents == std::trunc(cents) && std::abs(cents) < 1e15) return formatJsonNumber(cents) + ".0";
    return formatJsonNumber(cents);
}

/// Rates and quantities at 10 significant digits, so binary noise (0.08640000000000001)
/// does not reach the user.
std::string figure(double v)
{
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.10g", v);
    return formatJsonNumber(std::strtod(buf, nullptr));
}

std::string lineJson(const CostLine& l)
{
    std::string out = "{ \"item\": " + quoteJson(l.item) + ", \"quantity\": " + figure(l.quantity) +
                      ",\n                   \"unit\": " + quoteJson(l.unit) +
                      ", \"rate\": " + (l.rate ? figure(*l.rate) : "null") +
                      ", \"monthly\": " + (l.monthly ? money(*l.monthly) : "null");
    if (l.upfront != 0) out += ", \"upfront\": " + money(l.upfront);
    if (l.estimate) out += ", \"estimate\": true";
    return out + " }";
}

std::string componentJson(const ComponentCost& c)
{
    std::string out = "    { \"id\": " + quoteJson(c.id.value) +
                      ", \"kind\": " + quoteJson(c.kind) + ", \"name\": " + quoteJson(c.name) +
                      ",\n      \"monthly\": " + money(c.monthly) +
                      ", \"upfront\": " + money(c.upfront) +
                      ", \"effectiveMonthly\": " + money(c.effectiveMonthly);
    if (!c.complete) out += ", \"complete\": false";
    if (c.estimate) out += ", \"estimate\": true";
    if (c.lines.empty()) return out + ", \"lines\": [] }";
    out += ",\n      \"lines\": [";
    for (size_t i = 0; i < c.lines.size(); ++i)
        out += (i == 0 ? " " : ",\n                 ") + lineJson(c.lines[i]);
    return out + " ] }";
}

} // namespace

std::string costToJson(const DesignCost& cost)
{
    std::string out = "{ \"currency\": " + quoteJson(cost.currency) +
                      ", \"hoursPerMonth\": " + figure(cost.hoursPerMonth) +
                      ", \"pricesAsOf\": " + quoteJson(cost.pricesAsOf) +
                      ",\n  \"monthly\": " + money(cost.monthly) +
                      ", \"upfront\": " + money(cost.upfront) +
                      ", \"effectiveMonthly\": " + money(cost.effectiveMonthly) +
                      ", \"complete\": " + (cost.complete ? "true" : "false");
    if (cost.estimate) out += ", \"estimate\": true";
    out += ",\n  \"components\": [";
    bool first = true;
    for (const auto& c : cost.components) {
        if (c.container && c.lines.empty()) continue;
        out += (first ? "\n" : ",\n") + componentJson(c);
        first = false;
    }
    out += first ? "] }\n" : " ] }\n";
    return out;
}

} // namespace azimuth::model
