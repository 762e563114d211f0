#pragma once
// The format an export is written in, told by the output file's extension.

#include <string>

namespace azimuth::app {

/// The lower-case extension of `path` without the dot ("png"); empty when it has none.
std::string extensionOf(const std::string& path);

} // namespace azimuth::app
