// A Wavelength Zone: AWS compute inside a carrier's 5G network.

#include "model/kinds/KindUnit.h"
#include "model/kinds/SummaryWords.h"

namespace azimuth::model::kinds {

namespace {

std::string summary(const KindCatalog& catalog, const Component& c)
{
    const SummaryProps p{catalog, c};
    return p.s("carrier");
}

} // namespace

extern const KindUnit WavelengthZone;
const KindUnit WavelengthZone{"wavelength-zone", summary, nullptr};

} // namespace azimuth::model::kinds
