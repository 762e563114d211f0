#pragma once

#include "model/catalog/KindCatalog.h"
#include "model/rules/Finding.h"
#include "model/rules/RuleInfo.h"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace azimuth::model {

class RuleContext;

/// Checks one component (the subject) and appends what it finds. Every finding names
/// the subject first, so the incremental checker knows whose findings to replace.
using RuleCheck = void (*)(const RuleContext& ctx, uint32_t subject, std::vector<Finding>& out);

/// One rule of rules.md: what it is, which kinds it looks at, and the check.
struct Rule
{
    RuleInfo info;
    /// The kinds it looks at, by what they are; null for a rule about particular kinds,
    /// which their catalog entries list (`"rules"`).
    bool (*appliesTo)(const KindSpec& spec);
    RuleCheck check;

    bool isFor(const KindSpec& spec) const
    {
        if (appliesTo) return appliesTo(spec);
        return std::find(spec.rules.begin(), spec.rules.end(), info.id) != spec.rules.end();
    }
};

} // namespace azimuth::model
