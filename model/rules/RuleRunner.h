#pragma once
// Runs the rules at a set of components and sorts what they find; shared by
// checkDesign and the IncrementalChecker.

#include "model/rules/Finding.h"
#include "model/rules/RuleContext.h"

#include <cstdint>
#include <span>
#include <vector>

namespace azimuth::model {

/// Findings in the order of findingBefore, each with the component it was checked at.
struct FindingSet
{
    std::vector<Finding> findings;
    std::vector<uint32_t> subjects;
};

/// Runs every rule that applies at each subject; the result is sorted.
FindingSet runRules(const RuleContext& ctx, std::span<const uint32_t> subjects);

} // namespace azimuth::model
