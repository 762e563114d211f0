#pragma once

#include "model/catalog/KindCatalog.h"
#include "model/rules/Finding.h"
#include "model/rules/RuleInfo.h"

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
    bool (*appliesTo)(const KindSpec& spec);
    RuleCheck check;
};

} // namespace azimuth::model
