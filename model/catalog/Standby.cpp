#include "Standby.h"

namespace azimuth::model {

bool hasStandby(const KindCatalog& catalog, const Component& c)
{
    const KindSpec* spec = catalog.find(c.kind);
    if (!spec || spec->failover.empty()) return false;
    const std::string& failover = spec->failover;
    const size_t eq = failover.find('=');
    if (eq == std::string::npos) return catalog.boolean(c, failover).value_or(false);
    return catalog.string(c, std::string_view(failover).substr(0, eq)).value_or("") ==
           std::string_view(failover).substr(eq + 1);
}

} // namespace azimuth::model
