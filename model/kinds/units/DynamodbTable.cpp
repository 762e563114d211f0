// A DynamoDB table: on-demand request units and storage.

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
    return compact(p.n("readRequestsPerMonth")) + " reads · " +
           compact(p.n("writeRequestsPerMonth")) + " writes";
}

void cost(costing::ComponentCoster& k, costing::RegionTable& region)
{
    k.line("Write request units", k.number("writeRequestsPerMonth") / 1e6, "million WRUs",
           region.fact(kDynamodbWrite));
    k.line("Read request units", k.number("readRequestsPerMonth") / 1e6, "million RRUs",
           region.fact(kDynamodbRead));
    double gb = k.number("storageGb");
    double freeGb = k.takeFree(&FreeTierLeft::dynamodbStorageGb, gb);
    std::string& item = k.startItem();
    item += "Storage";
    appendFree(item, freeGb, "GB");
    k.line(item, gb - freeGb, "GB-months", region.fact(kDynamodbStorage));
}

} // namespace

extern const KindUnit DynamodbTable;
const KindUnit DynamodbTable{"dynamodb-table", summary, cost};

} // namespace azimuth::model::kinds
