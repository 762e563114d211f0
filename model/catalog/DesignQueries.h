#pragma once
// Questions about a design that rules, cost, drill and views all ask, answered once.

#include "model/catalog/KindCatalog.h"
#include "model/core/Design.h"

#include <string>
#include <vector>

namespace azimuth::model {

/// The region a component sits in (itself, if it is one), or nullptr.
const Component* regionOf(const Design& design, const KindCatalog& catalog,
                          const Component& component);

/// The region code that picks the price table: the region's `code` prop (default
/// "us-east-1"); "" for a component outside any region.
std::string regionCode(const Design& design, const KindCatalog& catalog,
                       const Component& component);

/// The zones a component uses (networking.md, which replaces rules.md's): none for a
/// zoneless service; else its parent zone, directly or through its subnet (an EC2 fleet's
/// AZ or Wavelength Zone); else the AZs of its `subnets`; else its `zones` prop. Entries
/// are component ids, in the order given, each once.
std::vector<ComponentId> zonesOf(const Design& design, const KindCatalog& catalog,
                                 const Component& component);

/// The zone a component sits in through its containers (short of a region), or nullptr.
const Component* zoneAncestor(const Design& design, const KindCatalog& catalog,
                              const Component& component);

/// Whether a connection is `async`: as written, else async when either end is of an
/// async kind (a queue or a topic).
bool isAsync(const Design& design, const KindCatalog& catalog, const Connection& connection);

} // namespace azimuth::model
