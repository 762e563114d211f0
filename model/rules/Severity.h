#pragma once

#include <string_view>

namespace azimuth::model {

/// How bad a finding is (rules.md): errors first when findings are listed.
enum class Severity
{
    Error,   ///< the design cannot exist in AWS as drawn
    Warning, ///< a real availability or fault-tolerance risk
    Info     ///< advice, mostly cost
};

/// "error", "warning" or "info".
constexpr std::string_view severityName(Severity s)
{
    switch (s) {
    case Severity::Error:
        return "error";
    case Severity::Warning:
        return "warning";
    case Severity::Info:
        return "info";
    }
    return "info";
}

} // namespace azimuth::model
