#pragma once
// The outage drill (drill.md): what is lost, degraded and still serving when zones or
// regions fail. A pure function of the design.
//
// Where drill.md leaves a choice, the drill decides:
// - anything inside a failed zone or region is lost, whatever its kind;
// - a spanning group spreads `desired`/`tasks` evenly over its `zones`, the first zones
//   listed taking the remainder; it recovers to `desired` (at most `max`) or `tasks`;
// - a spanning group or database that names no zone is lost only when a zone of its
//   own region fails: nothing says where it runs, so it may have run there;
// - a Multi-AZ database naming fewer than two zones fails over to any surviving AZ of
//   its region (AWS chose the standby's zone).

#include "DrillResult.h"
#include "model/catalog/KindCatalog.h"
#include "model/core/Design.h"

#include <vector>

namespace azimuth::model {

/// Fails one Availability Zone, Wavelength Zone or Region. Throws DrillError for an
/// id that is not in the design or is not one of those kinds.
DrillResult runDrill(const Design& design, const ComponentId& failed,
                     const KindCatalog& catalog = KindCatalog::builtin());

/// Fails several zones and regions at once (a teacher fails a zone, then another).
/// Throws DrillError for the first id that cannot fail, and for an empty list.
DrillResult runDrill(const Design& design, const std::vector<ComponentId>& failed,
                     const KindCatalog& catalog = KindCatalog::builtin());

/// Whether a component can be failed in a drill: its kind is a failure domain (a Region,
/// an Availability Zone or a Wavelength Zone).
bool isDrillTarget(const KindCatalog& catalog, const Component& component);

} // namespace azimuth::model
