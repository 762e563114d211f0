// region.unavailable: a type the Region's price table does not offer.
// region.unknown: a Region whose code the price catalog does not know.
#include "RuleSet.h"
#include "model/cost/PriceCatalog.h"
#include "model/rules/RuleContext.h"
#include "model/rules/RuleWording.h"

namespace azimuth::model::rules {

namespace {

constexpr std::string_view kUnavailable = "region.unavailable";
constexpr std::string_view kUnknown = "region.unknown";

bool isOneOf(const PropertySpec* p, const std::string& value)
{
    if (!p) return true; // nothing to check it against
    for (const auto& v : p->values)
        if (v == value) return true;
    return false;
}

} // namespace

void regionUnavailable(const RuleContext& ctx, uint32_t i, std::vector<Finding>& out)
{
    const int region = ctx.region(i);
    if (region < 0) return; // outside a Region: structure.placement says so
    const Component& c = ctx.component(i);
    const KindSpec& spec = ctx.spec(i);
    const auto& cat = ctx.catalog();
    const auto& prices = ctx.prices();
    const std::string code = ctx.regionCode(i);
    // Nothing is offered in a Region the catalog does not know: region.unknown says so,
    // once, about the Region, instead of blaming every type in it.
    if (!prices.region(code)) return;
    for (const PropertySpec& p : spec.props) {
        if (p.lookup.empty() || p.lookup == "region") continue;
        auto value = cat.string(c, p.name);
        if (!value) continue; // a wrong type is structure.invalid-value's
        bool offered = true;
        std::string what = *value;
        std::string choice = "a " + p.name;
        if (p.lookup == "instanceType") {
            choice = "an instance type";
            offered = prices.hasInstanceType(code, *value);
            what = "instance type " + *value;
        } else if (p.lookup == "instanceClass") {
            auto engine = cat.string(c, "engine");
            auto multiAz = cat.boolean(c, "multiAz");
            if (!engine || !multiAz || !isOneOf(spec.prop("engine"), *engine)) continue;
            offered = prices.hasRdsClass(code, *engine, *value, *multiAz);
            what = *engine + " class " + *value + (*multiAz ? " (Multi-AZ)" : "");
            choice = "a database class";
        } else if (p.lookup == "bundle") {
            offered = prices.hasLightsailBundle(code, *value);
            what = "Lightsail bundle " + *value;
            choice = "a Lightsail bundle";
        }
        if (offered) continue;
        out.push_back(makeFinding(ctx, kUnavailable, Severity::Error, i, {},
                                  named(ctx, i) + " uses " + what + ", which the price table of " +
                                      named(ctx, static_cast<uint32_t>(region)) + " (" + code +
                                      ") does not offer.",
                                  "Choose " + choice + " offered in " + code +
                                      " (the inspector lists them), or move it to a Region that "
                                      "offers it."));
    }
}

void regionUnknown(const RuleContext& ctx, uint32_t i, std::vector<Finding>& out)
{
    const Component& c = ctx.component(i);
    const std::string code = ctx.catalog().string(c, "code").value_or("");
    const auto& prices = ctx.prices();
    if (prices.region(code)) return;
    std::string known;
    for (const auto& k : prices.regionCodes())
        known += (known.empty() ? "" : ", ") + k;
    out.push_back(makeFinding(
        ctx, kUnknown, Severity::Error, i, {},
        named(ctx, i) + " has the code \"" + code +
            "\", which is not a Region the price catalog knows, so nothing in it can be "
            "priced.",
        "Pick a Region code the catalog knows (" + known + ") in the inspector."));
}

} // namespace azimuth::model::rules
