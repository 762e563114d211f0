#pragma once
// Designs for cost tests: components placed in one region with one Availability Zone
// ("az-a"), costed with the built-in catalog unless a test says otherwise.

#include "model/cost/CostEngine.h"
#include "support/TestDesigns.h"

#include <gtest/gtest.h>
#include <string>

namespace azimuth::test {

/// A design with region "r" (code `region`) and zone "az-a"; `components` is the rest of
/// the components array (comma-separated objects), `connections` the connections array body.
inline model::Design regionDesign(const std::string& components,
                                  const std::string& region = "us-east-1",
                                  const std::string& settings = "",
                                  const std::string& connections = "")
{
    std::string text = R"("components":[{"id":"r","kind":"region","props":{"code":")" + region +
                       R"("}},{"id":"az-a","kind":"availability-zone","parent":"r"})";
    if (!components.empty()) text += "," + components;
    text += "],\"connections\":[" + connections + "]";
    return designFromJson(text, settings);
}

/// The cost of one component in the design's bill (free tier and all).
inline model::ComponentCost
costOf(const model::Design& design, const std::string& id,
       const model::PriceCatalog& prices = model::PriceCatalog::builtin())
{
    for (const auto& c : model::computeCost(design, prices).components)
        if (c.id.value == id) return c;
    ADD_FAILURE() << "no component " << id;
    return {};
}

/// A fleet of `count` instances of `type` in az-a with the given pricing and payment.
inline std::string fleet(const std::string& type, int count, const std::string& pricing,
                         const std::string& payment = "no-upfront", const std::string& extra = "")
{
    return R"({"id":"f","kind":"ec2-fleet","parent":"az-a","props":{"instanceType":")" + type +
           R"(","count":)" + std::to_string(count) + R"(,"pricing":")" + pricing +
           R"(","payment":")" + payment + "\"" + (extra.empty() ? "" : "," + extra) + "}}";
}

/// A figure of the built-in catalog cites only sources the catalog lists (its `source` may
/// name several, comma-separated).
inline void expectKnownSources(const model::PriceFact& fact, const std::string& where)
{
    ASSERT_FALSE(fact.source.empty()) << where;
    std::string rest = fact.source;
    while (!rest.empty()) {
        const size_t comma = rest.find(',');
        std::string id = rest.substr(0, comma);
        rest = comma == std::string::npos ? "" : rest.substr(comma + 1);
        while (!id.empty() && id.front() == ' ')
            id.erase(0, 1);
        EXPECT_NE(model::PriceCatalog::builtin().source(id), nullptr)
            << where << " cites unknown source " << id;
    }
}

} // namespace azimuth::test
