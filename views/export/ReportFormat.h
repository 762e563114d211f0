#pragma once
// Small text helpers shared by the report writers.

#include <string>
#include <string_view>

namespace azimuth::views {

/// US dollars for people as the designer shows them: "$1,234.56", "-$3.10".
std::string moneyText(double value);
/// Text safe inside XML/HTML element content and quoted attributes: & < > " ' escaped.
std::string escapeMarkup(std::string_view text);

} // namespace azimuth::views
