#pragma once
// UTF-8 counting shared by the rules (name length), the CLI's text table (column
// widths) and the CloudFormation exporter (tag limits): all count code points, not bytes.

#include <cstddef>
#include <string_view>

namespace azimuth::model {

/// Whether `ch` begins a code point (is not a continuation byte).
inline bool startsCodePoint(char ch)
{
    return (static_cast<unsigned char>(ch) & 0xC0) != 0x80;
}

/// How many code points UTF-8 text holds.
inline size_t codePointCount(std::string_view text)
{
    size_t n = 0;
    for (char ch : text)
        if (startsCodePoint(ch)) ++n;
    return n;
}

} // namespace azimuth::model
