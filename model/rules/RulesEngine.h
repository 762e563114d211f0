#pragma once
// The rules engine (rules.md): a pure function of a design and the price catalog.

#include "model/catalog/KindCatalog.h"
#include "model/core/Design.h"
#include "model/rules/Finding.h"

#include <vector>

namespace azimuth::model {

class PriceCatalog;

/// Every finding of every rule, in the stable order of rules.md.
std::vector<Finding> checkDesign(const Design& design, const PriceCatalog& prices,
                                 const KindCatalog& catalog = KindCatalog::builtin());

} // namespace azimuth::model
