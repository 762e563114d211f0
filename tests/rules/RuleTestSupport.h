#pragma once
// Designs for rule tests: a Region "use1" (us-east-1) with AZs az-a, az-b, az-c, plus
// whatever the test adds, checked with the built-in prices.

#include "model/cost/PriceCatalog.h"
#include "model/rules/RulesEngine.h"
#include "support/TestDesigns.h"

#include <algorithm>
#include <string>
#include <vector>

namespace azimuth::test {

/// Components of a Region with three AZs, to put before a test's own components.
inline const std::string kRegion =
    R"({"id":"use1","kind":"region","name":"US East","props":{"code":"us-east-1"}},)"
    R"({"id":"az-a","kind":"availability-zone","parent":"use1","name":"us-east-1a"},)"
    R"({"id":"az-b","kind":"availability-zone","parent":"use1","name":"us-east-1b"},)"
    R"({"id":"az-c","kind":"availability-zone","parent":"use1","name":"us-east-1c"})";

/// Builds a design from extra components (JSON objects, comma-separated, may be empty)
/// and connections, inside the standard Region.
inline model::Design regionDesign(const std::string& components,
                                  const std::string& connections = "",
                                  const std::string& settings = "")
{
    std::string json = R"("components":[)" + kRegion +
                       (components.empty() ? "" : "," + components) + R"(],"connections":[)" +
                       connections + "]";
    return designFromJson(json, settings);
}

inline std::vector<model::Finding> check(const model::Design& d)
{
    return model::checkDesign(d, model::PriceCatalog::builtin());
}

/// The findings of one rule.
inline std::vector<model::Finding> findingsOf(const std::vector<model::Finding>& all,
                                              const std::string& rule)
{
    std::vector<model::Finding> out;
    std::copy_if(all.begin(), all.end(), std::back_inserter(out),
                 [&](const model::Finding& f) { return f.rule == rule; });
    return out;
}

inline std::vector<model::Finding> ruleFindings(const model::Design& d, const std::string& rule)
{
    return findingsOf(check(d), rule);
}

/// Whether a finding lists a component.
inline bool names(const model::Finding& f, const std::string& id)
{
    return std::find(f.components.begin(), f.components.end(), model::ComponentId(id)) !=
           f.components.end();
}

} // namespace azimuth::test
