#pragma once
// The resilience section of a diff (diff.md): for each zone and region of NEW, whether
// each group of users is still served when it fails, where that differs from OLD.

#include "DesignDiff.h"

#include <vector>

namespace azimuth::model {

/// Drills, in both designs, every AZ, Wavelength Zone and Region of NEW that something a
/// group of users depends on sits in (a zone whose failure takes nothing of theirs down
/// leaves them as they were). A zone or users group that OLD lacks has no old answer;
/// lines where old and new agree are left out.
std::vector<ResilienceChange> diffResilience(const Design& before, const Design& after,
                                             const KindCatalog& catalog);

} // namespace azimuth::model
