#pragma once
// The format an export is written in, told by the output file's extension.

#include <string>

namespace azimuth::app {

/// The lower-case extension of `path` without the dot ("png"); empty when it has none.
std::string extensionOf(const std::string& path);

/// Whether a diagram is written in `format` ("png", "svg", "pdf", "drawio").
bool isDiagramFormat(const std::string& format);
/// Whether a report is written in `format` ("html" or "htm", "pdf", "csv", "json", "xlsx").
bool isReportFormat(const std::string& format);

} // namespace azimuth::app
