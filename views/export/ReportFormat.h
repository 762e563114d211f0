#pragma once
// Small text helpers shared by the report writers.

#include <string>
#include <string_view>

namespace azimuth::views {

/// Text safe inside XML/HTML element content and quoted attributes: & < > " ' escaped.
std::string escapeMarkup(std::string_view text);

} // namespace azimuth::views
