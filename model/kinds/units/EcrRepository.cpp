// An ECR repository: GB-months of images stored.

#include "model/cost/ComponentCoster.h"
#include "model/export/CloudFormationBuilder.h"
#include "model/import/ImportScope.h"
#include "model/kinds/KindUnit.h"
#include "model/kinds/SummaryWords.h"

namespace azimuth::model::kinds {

namespace {

using namespace costing;
using namespace cfn;

std::string summary(const KindCatalog& catalog, const Component& c)
{
    const SummaryProps p{catalog, c};
    return figure(p.n("storageGb")) + " GB of images";
}

void cost(costing::ComponentCoster& k, costing::RegionTable& region)
{
    k.line("Image storage", k.number("storageGb"), "GB-months", region.price("ecr.storageGbMonth"));
}

/// Images are scanned when pushed, and untagged ones expire after a week so that storage
/// does not grow with every build.
void cloudFormation(CloudFormationBuilder& b, const Component& c)
{
    const std::string policy =
        R"({"rules":[{"rulePriority":1,"description":"Expire untagged images after 7 days",)"
        R"("selection":{"tagStatus":"untagged","countType":"sinceImagePushed",)"
        R"("countUnit":"days","countNumber":7},"action":{"type":"expire"}}]})";
    b.addResource(b.base(c), "AWS::ECR::Repository",
                  obj({{"ImageScanningConfiguration", obj({{"ScanOnPush", true}})},
                       {"LifecyclePolicy", obj({{"LifecyclePolicyText", Json(policy)}})},
                       {"Tags", b.tags(c)}}),
                  {{"DeletionPolicy", "Retain"}, {"UpdateReplacePolicy", "Retain"}});
}

/// What pulls from the repository: the repository's URI and the actions a pull takes.
std::optional<CloudFormationAccess> access(CloudFormationBuilder& b, const Component& c)
{
    const std::string target = b.base(c);
    return CloudFormationAccess{
        "REPOSITORY_%s_URI", getAtt(target, "RepositoryUri"),
        arr({"ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer", "ecr:BatchCheckLayerAvailability"}),
        getAtt(target, "Arn")};
}

// The CloudFormation import (docs/import.md).
constexpr std::string_view kImportTypes[] = {"AWS::ECR::Repository"};

} // namespace

extern const KindUnit EcrRepository;
const KindUnit EcrRepository{"ecr-repository",
                             summary,
                             cost,
                             {.write = cloudFormation, .access = access},
                             {.types = kImportTypes}};

} // namespace azimuth::model::kinds
