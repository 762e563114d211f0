// A DynamoDB table: on-demand request units and storage.

#include "model/cost/ComponentCoster.h"
#include "model/cost/LineWords.h"
#include "model/export/CloudFormationBuilder.h"
#include "model/import/ImportScope.h"
#include "model/kinds/KindUnit.h"
#include "model/kinds/SummaryWords.h"

#include <algorithm>

namespace azimuth::model::kinds {

namespace {

using namespace costing;
using namespace cfn;

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

void cloudFormation(CloudFormationBuilder& b, const Component& c)
{
    b.addResource(b.base(c), "AWS::DynamoDB::Table",
                  obj({{"BillingMode", "PAY_PER_REQUEST"},
                       {"AttributeDefinitions",
                        arr({obj({{"AttributeName", "pk"}, {"AttributeType", "S"}})})},
                       {"KeySchema", arr({obj({{"AttributeName", "pk"}, {"KeyType", "HASH"}})})},
                       {"Tags", b.tags(c)}}),
                  {{"DeletionPolicy", "Retain"}, {"UpdateReplacePolicy", "Retain"}});
}

std::optional<CloudFormationAccess> access(CloudFormationBuilder& b, const Component& c)
{
    const std::string target = b.base(c);
    return CloudFormationAccess{"TABLE_%s_NAME", cfnRef(target),
                                arr({"dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem",
                                     "dynamodb:DeleteItem", "dynamodb:Query"}),
                                getAtt(target, "Arn")};
}

// The CloudFormation import (docs/import.md).
constexpr std::string_view kImportTypes[] = {"AWS::DynamoDB::Table", "AWS::DynamoDB::GlobalTable"};

} // namespace

extern const KindUnit DynamodbTable;
const KindUnit DynamodbTable{"dynamodb-table",
                             summary,
                             cost,
                             {.write = cloudFormation, .access = access},
                             {.types = kImportTypes}};

} // namespace azimuth::model::kinds
