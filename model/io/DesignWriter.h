#pragma once
// Writes .azimuth files in canonical form: typed numbers, a stable key order, one
// component per line group, unknown keys where they were. Two saves of the same design
// are byte-identical, and a one-property edit is a one-line diff.

#include "model/catalog/KindCatalog.h"
#include "model/core/Design.h"

#include <string>

namespace azimuth::model {

std::string writeDesign(const Design& design, const KindCatalog& catalog = KindCatalog::builtin());

/// The format version a design is written as: 2 when it uses a kind or key that version
/// added (networking.md, import.md), else 1.
int formatVersionFor(const Design& design, const KindCatalog& catalog = KindCatalog::builtin());

} // namespace azimuth::model
