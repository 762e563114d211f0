#pragma once
// The drill told two ways: the JSON of drill.md, and a few lines a teacher reads aloud.

#include "DrillResult.h"
#include "model/catalog/KindCatalog.h"
#include "model/core/Design.h"

#include <string>

namespace azimuth::model {

/// drill.md's JSON: `failed` (the id, or an array when several failed), every component
/// once in file order with capacity fields where they apply, connections, entry points.
std::string drillJson(const DrillResult& result);

/// A short account in plain sentences: what fails, what is lost, degraded, failed over
/// and broken, and whether each entry point is still served.
std::string drillNarrative(const Design& design, const DrillResult& result,
                           const KindCatalog& catalog = KindCatalog::builtin());

} // namespace azimuth::model
