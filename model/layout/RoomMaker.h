#pragma once
// What one edit's boxes do to the others (docs/canvas-zones.md): nothing sticks out of its
// container. A container grows to hold what it holds, a sibling of the same sort (frames,
// bands, nodes) that it now overlaps steps aside to the right or below, a Region's
// Availability Zone columns share one height tall enough for what is drawn across them,
// and spanning groups keep running across their columns. Qt-free.

#include "AutoLayout.h"
#include "model/catalog/KindCatalog.h"
#include "model/core/Design.h"
#include "model/core/Geometry.h"

#include <utility>
#include <vector>

namespace azimuth::model {

/// The boxes (relative to parents, as in the design) that change after `edited` took the
/// boxes they have now; empty when everything fits. With `drawn` (the layout as the canvas
/// draws it), a node or band counts as at least as large as drawn: names are never cut,
/// so one may be drawn larger than its geometry says.
std::vector<std::pair<ComponentId, Geometry>> makeRoom(const Design& design,
                                                       const KindCatalog& catalog,
                                                       const std::vector<ComponentId>& edited,
                                                       const Layout* drawn = nullptr);

} // namespace azimuth::model
