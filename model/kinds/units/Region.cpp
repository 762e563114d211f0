// A Region: its code picks the price table of everything in it.

#include "model/kinds/KindUnit.h"
#include "model/kinds/SummaryWords.h"

namespace azimuth::model::kinds {

namespace {

std::string summary(const KindCatalog& catalog, const Component& c)
{
    const SummaryProps p{catalog, c};
    return p.s("code");
}

} // namespace

extern const KindUnit Region;
const KindUnit Region{"region", summary, nullptr};

} // namespace azimuth::model::kinds
