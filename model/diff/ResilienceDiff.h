#pragma once
// The resilience section of a diff (diff.md): for each zone and region of NEW, whether
// each group of users is still served when it fails, where that differs from OLD.

#include "DesignDiff.h"

#include <vector>

namespace azimuth::model {

/// Drills every AZ, Wavelength Zone and Region of NEW in both designs. A zone or users
/// group that OLD lacks has no old answer; lines where old and new agree are left out.
std::vector<ResilienceChange> diffResilience(const Design& before, const Design& after,
                                             const KindCatalog& catalog);

} // namespace azimuth::model
