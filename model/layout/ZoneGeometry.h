#pragma once
// Zones and geometry as one thing (docs/canvas-zones.md): where a spanning group or a
// failover database is drawn says which Availability Zones it uses, and the zones it
// names say where it is drawn. Qt-free; boxes are the design's own (relative to parents).

#include "model/catalog/KindCatalog.h"
#include "model/core/Design.h"
#include "model/core/Geometry.h"

#include <optional>
#include <string>
#include <vector>

namespace azimuth::model {

/// The Availability Zones directly in a region that have a box, left to right.
std::vector<const Component*> zoneColumns(const Design& design, const KindCatalog& catalog,
                                          const ComponentId& region);

/// Whether a component's zones follow its box: a spanning group or a failover node (a
/// database) directly in a Region.
bool zonesFollowGeometry(const Design& design, const KindCatalog& catalog, const Component& c);

/// The box a component gets for `zones` (ids of its region's columns): a spanning group
/// runs from the first column's left to the last's right; a failover node is centred in
/// its primary's (the first) column. Its top stays, kept below the columns' titles.
/// Nothing when no named zone is a column.
std::optional<Geometry> boxForZones(const Design& design, const KindCatalog& catalog,
                                    const Component& c, const std::vector<std::string>& zones);

/// The zones of a failover node whose primary is `primary`: the primary alone, or with a
/// standby when its failover prop is on (the standby it had, else the next column).
std::vector<std::string> failoverZones(const Design& design, const KindCatalog& catalog,
                                       const Component& c, const std::string& primary,
                                       bool failover);

} // namespace azimuth::model
