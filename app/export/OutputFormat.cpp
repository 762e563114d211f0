#include "OutputFormat.h"

#include <algorithm>
#include <cctype>

namespace azimuth::app {

std::string extensionOf(const std::string& path)
{
    const size_t slash = path.find_last_of("/\\");
    const size_t dot = path.find_last_of('.');
    if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return {};
    std::string ext = path.substr(dot + 1);
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    return ext;
}

bool isDiagramFormat(const std::string& format)
{
    return format == "png" || format == "svg" || format == "pdf" || format == "drawio";
}

bool isReportFormat(const std::string& format)
{
    return format == "html" || format == "htm" || format == "pdf" || format == "csv" ||
           format == "json" || format == "xlsx";
}

} // namespace azimuth::app
