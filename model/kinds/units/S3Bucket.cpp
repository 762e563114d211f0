// An S3 bucket: Standard storage and requests.

#include "model/cost/ComponentCoster.h"
#include "model/cost/LineWords.h"
#include "model/export/CloudFormationBuilder.h"
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

} // namespace

extern const KindUnit S3Bucket;
const KindUnit S3Bucket{"s3-bucket", summary, cost, {.write = cloudFormation, .access = access}};

} // namespace azimuth::model::kinds
