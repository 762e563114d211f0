#pragma once

#include "model/rules/Severity.h"

#include <string_view>

namespace azimuth::model {

/// What the learn panel and SARIF say about a rule.
struct RuleInfo
{
    std::string_view id;
    Severity severity = Severity::Warning; ///< the default; a finding may carry another
    std::string_view title;                ///< a short name of the risk
    std::string_view why;                  ///< why it matters, from the course notes
};

} // namespace azimuth::model
