// Users: where traffic comes from.

#include "model/kinds/KindUnit.h"
#include "model/kinds/SummaryWords.h"

namespace azimuth::model::kinds {

namespace {

std::string summary(const KindCatalog& catalog, const Component& c)
{
    const SummaryProps p{catalog, c};
    return p.s("source");
}

} // namespace

extern const KindUnit Users;
const KindUnit Users{"users", summary, nullptr};

} // namespace azimuth::model::kinds
