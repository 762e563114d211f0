#pragma once
// The findings section of a diff (diff.md): findings introduced and resolved, matched by
// rule id and components (a reworded message is not a new finding).

#include "model/rules/Finding.h"

#include <vector>

namespace azimuth::model {

struct FindingsChange
{
    std::vector<Finding> introduced; ///< rules.md order
    std::vector<Finding> resolved;
};

FindingsChange diffFindings(const std::vector<Finding>& before, const std::vector<Finding>& after);

} // namespace azimuth::model
