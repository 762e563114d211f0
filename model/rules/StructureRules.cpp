// structure.*: the design as drawn could not be built in AWS.
#include "RuleSet.h"
#include "model/catalog/ContainmentPolicy.h"
#include "model/core/Utf8.h"
#include "model/rules/RuleContext.h"
#include "model/rules/RuleWording.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace azimuth::model::rules {

namespace {

constexpr std::string_view kPlacement = "structure.placement";
constexpr std::string_view kZoneOutside = "structure.zone-outside-region";
constexpr std::string_view kInvalid = "structure.invalid-value";
constexpr size_t kMaxNameChars = 200;

std::string typeName(const Json& v)
{
    switch (v.type()) {
    case Json::Type::Null:
        return "null";
    case Json::Type::Bool:
        return v.asBool() ? "true" : "false";
    case Json::Type::Number:
        return formatNumber(v.asNumber());
    case Json::Type::String:
        return quoteJson(v.asString());
    case Json::Type::Array:
        return "a list";
    case Json::Type::Object:
        return "an object";
    }
    return "a value";
}

std::string rangeText(const PropertySpec& p)
{
    if (p.min && p.max) return "from " + formatNumber(*p.min) + " to " + formatNumber(*p.max);
    if (p.min) return "at least " + formatNumber(*p.min);
    if (p.max) return "at most " + formatNumber(*p.max);
    return "";
}

/// What is wrong with one property value, or nullopt when it is fine.
std::optional<std::string> valueProblem(const PropertySpec& p, const Json& v)
{
    // Built only for a problem: every property of every component passes through here.
    const auto is = [&] { return "\"" + p.name + "\" is " + typeName(v); };
    switch (p.type) {
    case PropType::String:
        if (!v.isString()) return is() + ", not text";
        break;
    case PropType::Enum: {
        if (!v.isString()) return is() + ", not one of its values";
        for (const auto& allowed : p.values)
            if (allowed == v.asString()) return std::nullopt;
        std::string list;
        for (size_t k = 0; k < p.values.size(); ++k)
            list += (k ? ", " : "") + p.values[k];
        return is() + ", which is not one of " + list;
    }
    case PropType::Int:
    case PropType::Number: {
        if (!v.isNumber()) return is() + ", not a number";
        const double x = v.asNumber();
        if (p.type == PropType::Int && x != std::floor(x)) return is() + ", not a whole number";
        if ((p.min && x < *p.min) || (p.max && x > *p.max))
            return is() + "; it must be " + rangeText(p);
        break;
    }
    case PropType::Bool:
        if (!v.isBool()) return is() + ", not true or false";
        break;
    case PropType::Zones:
    case PropType::Subnets: {
        const char* what = p.type == PropType::Zones ? "zone" : "subnet";
        if (!v.isArray()) return is() + ", not a list of " + what + " ids";
        for (const Json& z : v.asArray())
            if (!z.isString())
                return "\"" + p.name + "\" holds " + typeName(z) + ", not a " + what + " id";
        break;
    }
    }
    return std::nullopt;
}

} // namespace

void placement(const RuleContext& ctx, uint32_t i, std::vector<Finding>& out)
{
    const Component& c = ctx.component(i);
    const KindSpec& spec = ctx.spec(i);
    if (spec.kind.empty()) {
        out.push_back(makeFinding(ctx, kPlacement, Severity::Error, i, {},
                                  quoted(c) + " has the kind \"" + c.kind +
                                      "\", which Azimuth does not know.",
                                  "Delete it or give it one of the kinds of the palette."));
        return;
    }
    if (c.parent.empty()) {
        if (!spec.topLevel)
            out.push_back(makeFinding(ctx, kPlacement, Severity::Error, i, {},
                                      named(ctx, i) + " is not inside any container.",
                                      spec.placement));
        return;
    }
    const int p = ctx.parent(i);
    if (p < 0) {
        out.push_back(makeFinding(ctx, kPlacement, Severity::Error, i, {},
                                  named(ctx, i) + " names a container \"" + c.parent.value +
                                      "\" that does not exist.",
                                  spec.placement));
        return;
    }
    const auto parent = static_cast<uint32_t>(p);
    ContainmentPolicy policy(ctx.catalog());
    if (auto refusal = policy.refusal(c.kind, ctx.kind(parent))) {
        const uint32_t others[] = {parent};
        out.push_back(makeFinding(ctx, kPlacement, Severity::Error, i, others,
                                  named(ctx, i) + " sits in " + named(ctx, parent) +
                                      ", which may not hold it.",
                                  *refusal));
        return;
    }
    // Where its parent must sit (a subnet's AZ in a VPC); a NAT gateway's private subnet is
    // network.nat-in-private-subnet's.
    if (!spec.grandparents.empty()) {
        const int grand = ctx.parent(parent);
        if (grand < 0 ||
            std::find(spec.grandparents.begin(), spec.grandparents.end(),
                      ctx.kind(static_cast<uint32_t>(grand))) == spec.grandparents.end()) {
            const uint32_t others[] = {parent};
            out.push_back(makeFinding(ctx, kPlacement, Severity::Error, i, others,
                                      named(ctx, i) + " sits in " + named(ctx, parent) +
                                          ", which is not where it may be.",
                                      spec.placement));
            return;
        }
    }
    // "Regional" means a Region, or a Beanstalk environment that is itself in a Region.
    if (ctx.kind(parent) == "elastic-beanstalk-environment") {
        const int grand = ctx.parent(parent);
        if (grand < 0 || !ctx.isRegion(static_cast<uint32_t>(grand))) {
            const uint32_t others[] = {parent};
            out.push_back(
                makeFinding(ctx, kPlacement, Severity::Error, i, others,
                            named(ctx, i) + " sits in " + named(ctx, parent) +
                                ", which is not inside a Region, so it has no Region to run in.",
                            "Move the Elastic Beanstalk environment into a Region."));
        }
    }
}

void zoneOutsideRegion(const RuleContext& ctx, uint32_t i, std::vector<Finding>& out)
{
    const Component& c = ctx.component(i);
    const Json& zones = ctx.catalog().prop(c, "zones");
    if (!zones.isArray()) return;
    const int region = ctx.region(i);
    std::vector<std::string> seen;
    for (const Json& z : zones.asArray()) {
        if (!z.isString()) continue; // a wrong type is structure.invalid-value's
        const std::string& id = z.asString();
        if (std::find(seen.begin(), seen.end(), id) != seen.end()) continue;
        seen.push_back(id);
        const int zi = ctx.indexOf(ComponentId(id));
        const std::string hint = "List only Availability Zones of " +
                                 (region >= 0 ? named(ctx, static_cast<uint32_t>(region))
                                              : std::string("its own Region")) +
                                 " in its zones.";
        if (zi < 0) {
            out.push_back(makeFinding(ctx, kZoneOutside, Severity::Error, i, {},
                                      named(ctx, i) + " lists \"" + id +
                                          "\" as a zone, but no component has that id.",
                                      hint));
            continue;
        }
        const auto zone = static_cast<uint32_t>(zi);
        const uint32_t others[] = {zone};
        if (!ctx.spec(zone).listedInZones) {
            out.push_back(makeFinding(ctx, kZoneOutside, Severity::Error, i, others,
                                      named(ctx, i) + " lists " + named(ctx, zone) +
                                          " as a zone, but it is not an Availability Zone.",
                                      hint));
        } else if (region >= 0 && ctx.region(zone) != region) {
            const int zr = ctx.region(zone);
            out.push_back(makeFinding(
                ctx, kZoneOutside, Severity::Error, i, others,
                named(ctx, i) + " lists Availability Zone " + quoted(ctx.component(zone)) +
                    (zr >= 0 ? ", which is in " + named(ctx, static_cast<uint32_t>(zr))
                             : std::string(", which is in no Region")) +
                    ", not in its own " + named(ctx, static_cast<uint32_t>(region)) + ".",
                hint));
        }
    }
}

void invalidValue(const RuleContext& ctx, uint32_t i, std::vector<Finding>& out)
{
    const Component& c = ctx.component(i);
    const KindSpec& spec = ctx.spec(i);
    auto report = [&](const std::string& what, std::string hint) {
        out.push_back(makeFinding(ctx, kInvalid, Severity::Error, i, {},
                                  named(ctx, i) + ": " + what + ".", std::move(hint)));
    };
    if (c.name && codePointCount(*c.name) > kMaxNameChars)
        report("its name is " + std::to_string(codePointCount(*c.name)) +
                   " characters long, more than " + std::to_string(kMaxNameChars),
               "Shorten the name to at most 200 characters.");

    if (c.props.isObject()) {
        for (const JsonMember& m : c.props.asObject()) {
            const PropertySpec* p = spec.prop(m.key);
            if (!p) continue; // unknown keys are kept for newer versions, not judged
            if (auto problem = valueProblem(*p, m.value)) {
                std::string hint = "Set " + (p->label.empty() ? p->name : p->label) + " to ";
                if (p->type == PropType::Enum)
                    hint += "one of its values in the inspector.";
                else if (p->type == PropType::Int || p->type == PropType::Number)
                    hint += p->min || p->max ? "a number " + rangeText(*p) + "."
                                             : std::string("a number.");
                else if (p->type == PropType::Bool)
                    hint += "true or false.";
                else if (p->type == PropType::Zones)
                    hint += "a list of Availability Zone ids.";
                else if (p->type == PropType::Subnets)
                    hint += "a list of subnet ids, one per Availability Zone.";
                else
                    hint += "a text value.";
                report(*problem, std::move(hint));
            }
        }
    }

    // Capacity must be ordered min <= desired <= max (defaults count: they are what runs).
    if (spec.prop("min") && spec.prop("desired") && spec.prop("max")) {
        const auto& cat = ctx.catalog();
        auto lo = cat.number(c, "min"), want = cat.number(c, "desired"), hi = cat.number(c, "max");
        if (lo && want && *lo > *want)
            report("its minimum (" + formatNumber(*lo) + ") is more than its desired capacity (" +
                       formatNumber(*want) + ")",
                   "Lower min or raise desired so that min <= desired <= max.");
        if (want && hi && *want > *hi)
            report("its desired capacity (" + formatNumber(*want) + ") is more than its maximum (" +
                       formatNumber(*hi) + ")",
                   "Raise max or lower desired so that min <= desired <= max.");
    }

    for (uint32_t k : ctx.outgoing(i)) {
        const Connection& conn = ctx.connection(k);
        if (!conn.mode || *conn.mode == "sync" || *conn.mode == "async") continue;
        const uint32_t others[] = {ctx.connectionTo(k)};
        out.push_back(makeFinding(
            ctx, kInvalid, Severity::Error, i, others,
            "The connection \"" + conn.id.value + "\" from " + quoted(c) + " to " +
                quoted(ctx.component(ctx.connectionTo(k))) + " has the mode \"" + *conn.mode +
                "\", which is neither sync nor async.",
            "Set its mode to sync (request/response) or async (message), or remove it."));
    }
}

} // namespace azimuth::model::rules
