// An S3 bucket: Standard storage and requests.

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
    return figure(p.n("storageGb")) + " GB";
}

void cost(costing::ComponentCoster& k, costing::RegionTable& region)
{
    k.line("S3 Standard storage", k.number("storageGb"), "GB-months", region.fact(kS3Storage));
    double put = k.number("putRequestsPerMonth"), get = k.number("getRequestsPerMonth");
    if (put > 0)
        k.line("PUT, COPY, POST, LIST requests", put / 1000, "thousand requests",
               region.fact(kS3Put));
    if (get > 0) k.line("GET requests", get / 1000, "thousand requests", region.fact(kS3Get));
}

void cloudFormation(CloudFormationBuilder& b, const Component& c)
{
    b.addResource(b.base(c), "AWS::S3::Bucket",
                  obj({{"PublicAccessBlockConfiguration", obj({{"BlockPublicAcls", true},
                                                               {"BlockPublicPolicy", true},
                                                               {"IgnorePublicAcls", true},
                                                               {"RestrictPublicBuckets", true}})},
                       {"Tags", b.tags(c)}}),
                  {{"DeletionPolicy", "Retain"}, {"UpdateReplacePolicy", "Retain"}});
}

std::optional<CloudFormationAccess> access(CloudFormationBuilder& b, const Component& c)
{
    const std::string target = b.base(c);
    return CloudFormationAccess{"BUCKET_%s_NAME", cfnRef(target),
                                arr({"s3:GetObject", "s3:PutObject"}),
                                obj({{"Fn::Join", arr({"", arr({getAtt(target, "Arn"), "/*"})})}})};
}

// The CloudFormation import (docs/import.md).
constexpr std::string_view kImportTypes[] = {"AWS::S3::Bucket"};
constexpr std::string_view kImportFolds[] = {"AWS::S3::BucketPolicy"};

/// A bucket's notifications connect it to the functions, queues and topics they name.
void importConnect(ImportScope& scope, const TemplateResource& r)
{
    const Component* bucket = scope.componentOf(r.id);
    if (!bucket) return;
    static constexpr std::pair<std::string_view, std::string_view> kinds[] = {
        {"NotificationConfiguration.LambdaConfigurations", "Function"},
        {"NotificationConfiguration.QueueConfigurations", "Queue"},
        {"NotificationConfiguration.TopicConfigurations", "Topic"}};
    for (const auto& [path, key] : kinds)
        if (const Json* list = ImportScope::at(r, path); list && list->isArray())
            for (const Json& each : list->asArray())
                if (const Json* target = each.find(key))
                    if (const Component* to = scope.componentReferredBy(*target))
                        scope.connect(bucket->id, to->id);
}

} // namespace

extern const KindUnit S3Bucket;
const KindUnit S3Bucket{"s3-bucket",
                        summary,
                        cost,
                        {.write = cloudFormation, .access = access},
                        {.types = kImportTypes, .folds = kImportFolds, .connect = importConnect}};

} // namespace azimuth::model::kinds
