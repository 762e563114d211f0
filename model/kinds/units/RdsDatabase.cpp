// An RDS database: an instance class, Single-AZ or Multi-AZ, and its storage.

#include "model/cost/ComponentCoster.h"
#include "model/cost/LineWords.h"
#include "model/kinds/KindUnit.h"
#include "model/kinds/SummaryWords.h"

#include <algorithm>

namespace azimuth::model::kinds {

namespace {

using namespace costing;

std::string summary(const KindCatalog& catalog, const Component& c)
{
    const SummaryProps p{catalog, c};
    return p.s("instanceClass") + " · " +
           (catalog.boolean(c, "multiAz").value_or(false) ? "Multi-AZ" : "Single-AZ");
}

void cost(costing::ComponentCoster& k, costing::RegionTable& region)
{
    const std::string_view engine = k.text("engine");
    const std::string_view cls = k.text("instanceClass");
    const bool multiAz = k.flag("multiAz");
    const std::string_view az = multiAz ? "Multi-AZ" : "Single-AZ";
    std::string& item = k.startItem();
    item += cls;
    item += ' ';
    item += engine == "postgres" ? "PostgreSQL" : engine == "mysql" ? "MySQL" : engine;
    item += ", ";
    item += az;
    k.line(item, k.context().hours, "instance-hours",
           k.context().prices.rdsInstance(region.code, engine, cls, multiAz));
    double gb = k.number("storageGb");
    k.startItem();
    item += "Storage, ";
    appendNum(item, gb);
    item += " GB, ";
    item += az;
    k.line(item, gb, "GB-months", region.fact(multiAz ? kRdsStorageMultiAz : kRdsStorageSingleAz));
}

} // namespace

extern const KindUnit RdsDatabase;
const KindUnit RdsDatabase{"rds-database", summary, cost};

} // namespace azimuth::model::kinds
