// costToJson: the layout of cli.md's `cost --format json` example, key for key.

#include "CostEngine.h"
#include "model/core/Json.h"

#include <charconv>
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

// Everything is appended to the one output string: a 10,000-component bill has tens of
// thousands of lines, and temporaries per field would cost more than the figures.
void appendLine(std::string& out, const CostLine& l)
{
    out += "{ \"item\": ";
    out += quoteJson(l.item);
    out += ", \"quantity\": ";
    out += formatFigure(l.quantity);
    out += ",\n                   \"unit\": ";
    out += quoteJson(l.unit);
    out += ", \"rate\": ";
    out += l.rate ? formatFigure(*l.rate) : "null";
    out += ", \"monthly\": ";
    out += l.monthly ? money(*l.monthly) : "null";
    if (l.upfront != 0) {
        out += ", \"upfront\": ";
        out += money(l.upfront);
    }
    if (l.estimate) out += ", \"estimate\": true";
    out += " }";
}

void appendComponent(std::string& out, const ComponentCost& c)
{
    out += "    { \"id\": ";
    out += quoteJson(c.id.value);
    out += ", \"kind\": ";
    out += quoteJson(c.kind);
    out += ", \"name\": ";
    out += quoteJson(c.name);
    out += ",\n      \"monthly\": ";
    out += money(c.monthly);
    out += ", \"upfront\": ";
    out += money(c.upfront);
    out += ", \"effectiveMonthly\": ";
    out += money(c.effectiveMonthly);
    if (!c.complete) out += ", \"complete\": false";
    if (c.estimate) out += ", \"estimate\": true";
    if (c.lines.empty()) {
        out += ", \"lines\": [] }";
        return;
    }
    out += ",\n      \"lines\": [";
    for (size_t i = 0; i < c.lines.size(); ++i) {
        out += i == 0 ? " " : ",\n                 ";
        appendLine(out, c.lines[i]);
    }
    out += " ] }";
}

void appendConnection(std::string& out, const ConnectionCost& c)
{
    out += "    { \"id\": ";
    out += quoteJson(c.id.value);
    out += ", \"from\": ";
    out += quoteJson(c.from.value);
    out += ", \"to\": ";
    out += quoteJson(c.to.value);
    out += ",\n      \"monthly\": ";
    out += money(c.monthly);
    if (!c.complete) out += ", \"complete\": false";
    if (c.estimate) out += ", \"estimate\": true";
    out += ",\n      \"lines\": [";
    for (size_t i = 0; i < c.lines.size(); ++i) {
        out += i == 0 ? " " : ",\n                 ";
        appendLine(out, c.lines[i]);
    }
    out += " ] }";
}

} // namespace

std::string formatFigure(double v)
{
    // A value whose shortest form has at most 10 significant digits is already what
    // rounding to 10 digits gives: skip the printf round trip, which dominates a large bill.
    char buf[40];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
    int digits = 0;
    bool leading = true;
    for (const char* p = buf; p != end && *p != 'e'; ++p) {
        if (*p < '0' || *p > '9') continue;
        if (*p != '0') leading = false;
        if (!leading) ++digits;
    }
    if (ec == std::errc() && digits <= 10) return formatJsonNumber(v);
    std::snprintf(buf, sizeof buf, "%.10g", v);
    return formatJsonNumber(std::strtod(buf, nullptr));
}

std::string costToJson(const DesignCost& cost)
{
    std::string out = "{ \"currency\": " + quoteJson(cost.currency) +
                      ", \"hoursPerMonth\": " + formatFigure(cost.hoursPerMonth) +
                      ", \"pricesAsOf\": " + quoteJson(cost.pricesAsOf) +
                      ",\n  \"monthly\": " + money(cost.monthly) +
                      ", \"upfront\": " + money(cost.upfront) +
                      ", \"effectiveMonthly\": " + money(cost.effectiveMonthly) +
                      ", \"complete\": " + (cost.complete ? "true" : "false");
    out.reserve(out.size() + 400 * cost.components.size());
    if (cost.estimate) out += ", \"estimate\": true";
    out += ",\n  \"components\": [";
    bool first = true;
    for (const auto& c : cost.components) {
        if (c.container && c.lines.empty()) continue;
        out += first ? "\n" : ",\n";
        appendComponent(out, c);
        first = false;
    }
    out += first ? "]" : " ]";
    // Only a design with traffic has the key, so every other bill reads as it always did.
    if (!cost.connections.empty()) {
        out += ",\n  \"connections\": [";
        for (size_t i = 0; i < cost.connections.size(); ++i) {
            out += i == 0 ? "\n" : ",\n";
            appendConnection(out, cost.connections[i]);
        }
        out += " ]";
    }
    out += " }\n";
    return out;
}

} // namespace azimuth::model
