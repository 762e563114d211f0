#pragma once

#include "model/core/Ids.h"
#include "model/rules/Severity.h"

#include <string>
#include <vector>

namespace azimuth::model {

/// One thing the rules engine says about a design.
struct Finding
{
    std::string rule; ///< rule id, e.g. "availability.asg-single-az"
    Severity severity = Severity::Info;
    std::vector<ComponentId> components; ///< the components it is about, the checked one first
    std::string message;                 ///< one sentence that names the components
    std::string hint;                    ///< what to change

    friend bool operator==(const Finding&, const Finding&) = default;
};

/// The stable order of rules.md: severity (errors first), then rule id, then component
/// ids; message last so that the order never depends on how findings were produced.
bool findingBefore(const Finding& a, const Finding& b);

} // namespace azimuth::model
