#include "DesignWriter.h"

#include <algorithm>

namespace azimuth::model {

namespace {

void member(std::string& out, bool& first, std::string_view key, const std::string& valueText)
{
    if (!first) out += ", ";
    first = false;
    out += quoteJson(key);
    out += ": ";
    out += valueText;
}

/// Known props in the catalog's order, then the others in the order they came.
std::string propsText(const Json& props, const KindSpec* spec)
{
    std::string out = "{ ";
    bool first = true;
    if (spec)
        for (const auto& p : spec->props)
            if (const Json* v = props.find(p.name))
                member(out, first, p.name, writeJsonCompact(*v));
    for (const auto& m : props.asObject())
        if (!spec || !spec->prop(m.key)) member(out, first, m.key, writeJsonCompact(m.value));
    out += " }";
    return out;
}

void writeComponent(std::string& out, const Component& c, const KindCatalog& catalog)
{
    const std::string indent = "      ";
    out += "    { ";
    bool first = true;
    member(out, first, "id", quoteJson(c.id.value));
    member(out, first, "kind", quoteJson(c.kind));
    if (!c.parent.empty()) member(out, first, "parent", quoteJson(c.parent.value));
    if (c.name) member(out, first, "name", quoteJson(*c.name));
    if (c.props.isObject() && !c.props.asObject().empty()) {
        out += ",\n" + indent + "\"props\": " + propsText(c.props, catalog.find(c.kind));
    }
    if (c.geometry) {
        const Geometry& g = *c.geometry;
        out += ",\n" + indent + "\"geometry\": { \"x\": " + formatJsonNumber(g.x) +
               ", \"y\": " + formatJsonNumber(g.y) + ", \"w\": " + formatJsonNumber(g.w) +
               ", \"h\": " + formatJsonNumber(g.h) + " }";
    }
    for (const auto& m : c.extra.asObject())
        out += ",\n" + indent + quoteJson(m.key) + ": " + writeJsonCompact(m.value);
    out += " }";
}

void writeConnection(std::string& out, const Connection& c)
{
    out += "    { ";
    bool first = true;
    member(out, first, "id", quoteJson(c.id.value));
    member(out, first, "from", quoteJson(c.from.value));
    member(out, first, "to", quoteJson(c.to.value));
    if (c.mode) member(out, first, "mode", quoteJson(*c.mode));
    if (c.label) member(out, first, "label", quoteJson(*c.label));
    if (c.props.isObject() && !c.props.asObject().empty())
        member(out, first, "props", writeJsonCompact(c.props));
    for (const auto& m : c.extra.asObject())
        member(out, first, m.key, writeJsonCompact(m.value));
    out += " }";
}

std::string settingsText(const Settings& s)
{
    std::string out = "{ ";
    bool first = true;
    if (s.hoursPerMonth) member(out, first, "hoursPerMonth", formatJsonNumber(*s.hoursPerMonth));
    if (s.currency) member(out, first, "currency", quoteJson(*s.currency));
    if (s.termMonths) member(out, first, "termMonths", formatJsonNumber(*s.termMonths));
    if (s.discountPercent)
        member(out, first, "discountPercent", formatJsonNumber(*s.discountPercent));
    if (s.freeTier) member(out, first, "freeTier", *s.freeTier ? "true" : "false");
    for (const auto& m : s.extra.asObject())
        member(out, first, m.key, writeJsonCompact(m.value));
    out += " }";
    return out;
}

} // namespace

int formatVersionFor(const Design& design, const KindCatalog& catalog)
{
    // The lowest version that holds what the design uses (the catalog's `since` on kinds
    // and props), so a file that uses nothing newer is written byte for byte as before.
    int version = 1;
    for (const Component& c : design.components()) {
        const KindSpec* spec = catalog.find(c.kind);
        if (!spec) continue;
        version = std::max(version, spec->since);
        if (c.props.isObject())
            for (const auto& m : c.props.asObject())
                if (const PropertySpec* p = spec->prop(m.key))
                    version = std::max(version, p->since);
    }
    // Connection props and the top-level `cloudformation` object came with version 2.
    for (const Connection& c : design.connections())
        if (c.props.isObject() && !c.props.asObject().empty()) version = std::max(version, 2);
    if (design.extra.find("cloudformation")) version = std::max(version, 2);
    return version;
}

std::string writeDesign(const Design& design, const KindCatalog& catalog)
{
    std::string out;
    out.reserve(256 + design.components().size() * 200 + design.connections().size() * 80);
    out += "{\n  \"format\": \"azimuth\",\n  \"version\": " +
           std::to_string(formatVersionFor(design, catalog)) + ",\n";
    if (design.title) out += "  \"title\": " + quoteJson(*design.title) + ",\n";
    const Settings& s = design.settings;
    if (s.hoursPerMonth || s.currency || s.termMonths || s.discountPercent || s.freeTier ||
        !s.extra.asObject().empty())
        out += "  \"settings\": " + settingsText(s) + ",\n";

    const auto& comps = design.components();
    if (comps.empty()) {
        out += "  \"components\": [],\n";
    } else {
        out += "  \"components\": [\n";
        for (size_t i = 0; i < comps.size(); ++i) {
            writeComponent(out, comps[i], catalog);
            out += i + 1 < comps.size() ? ",\n" : "\n";
        }
        out += "  ],\n";
    }
    const auto& conns = design.connections();
    const bool hasExtra = !design.extra.asObject().empty();
    if (conns.empty()) {
        out += "  \"connections\": []";
    } else {
        out += "  \"connections\": [\n";
        for (size_t i = 0; i < conns.size(); ++i) {
            writeConnection(out, conns[i]);
            out += i + 1 < conns.size() ? ",\n" : "\n";
        }
        out += "  ]";
    }
    for (const auto& m : design.extra.asObject())
        out += ",\n  " + quoteJson(m.key) + ": " + writeJsonPretty(m.value, 2);
    (void)hasExtra;
    out += "\n}\n";
    return out;
}

} // namespace azimuth::model
