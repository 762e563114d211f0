#pragma once
// How findings name things, so every message reads the same way.

#include "model/rules/Finding.h"
#include "model/rules/RuleContext.h"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace azimuth::model {

/// A component's display name in quotes: "Web servers".
std::string quoted(const Component& c);
/// Its kind and name: Auto Scaling group "Web servers".
std::string named(const RuleContext& ctx, uint32_t i);
/// Up to `max` quoted names joined with commas and "and", then "and N more".
std::string nameList(const RuleContext& ctx, std::span<const uint32_t> items, size_t max = 3);
/// Dollars with thousands separators and cents: $1,234.56.
std::string formatDollars(double amount);
/// A number as the file would write it: 2, 0.5.
std::string formatNumber(double value);
/// A finding about `subject` (listed first) and the other components.
Finding makeFinding(const RuleContext& ctx, std::string_view rule, Severity severity,
                    uint32_t subject, std::span<const uint32_t> others, std::string message,
                    std::string hint);

} // namespace azimuth::model
