#pragma once
// The one place that lists the rules.

#include "model/rules/Rule.h"

#include <string_view>
#include <vector>

namespace azimuth::model {

/// Every rule of rules.md, in rule-id order.
const std::vector<Rule>& allRules();
/// Id, default severity, title and "why" of every rule, in rule-id order (learn panel, SARIF).
const std::vector<RuleInfo>& ruleInfos();
/// The rule with this id, or nullptr.
const RuleInfo* findRuleInfo(std::string_view id);

} // namespace azimuth::model
