// A Cognito user pool: monthly active users past the free tier, by feature plan.

#include "model/cost/ComponentCoster.h"
#include "model/cost/LineWords.h"
#include "model/export/CloudFormationBuilder.h"
#include "model/import/ImportScope.h"
#include "model/kinds/KindUnit.h"
#include "model/kinds/SummaryWords.h"

#include <algorithm>
#include <cctype>

namespace azimuth::model::kinds {

namespace {

using namespace costing;
using namespace cfn;

std::string summary(const KindCatalog& catalog, const Component& c)
{
    const SummaryProps p{catalog, c};
    return capitalized(p.s("featurePlan")) + " · " + compact(p.n("monthlyActiveUsers")) + " MAU";
}

void cost(costing::ComponentCoster& k, costing::RegionTable& region)
{
    const std::string plan(k.text("featurePlan"));
    const double users = k.number("monthlyActiveUsers");
    // Lite and Essentials share the account's free monthly active users; Plus has none.
    const double free = plan == "plus" ? 0 : k.takeFree(&FreeTierLeft::cognitoMaus, users);
    std::string& item = k.startItem();
    item += capitalized(plan) + " monthly active users";
    appendFree(item, free);
    // Lite's first paid tier (10,001 to 100,000 users); the lower tiers above it are not applied.
    k.line(item, users - free, "MAUs", region.price("cognito." + plan + "Mau"));
}

void cloudFormation(CloudFormationBuilder& b, const Component& c)
{
    const std::string plan = b.catalog().string(c, "featurePlan").value_or("essentials");
    const char* tier = plan == "lite" ? "LITE" : plan == "plus" ? "PLUS" : "ESSENTIALS";
    Json tags = Json::object();
    tags.set("azimuth:component", Json(c.id.value));
    // The feature plan goes in the resource's metadata, not as UserPoolTier: the resource
    // specification the template is checked against predates that property, and a new
    // pool is Essentials unless told otherwise.
    b.addResource(b.base(c), "AWS::Cognito::UserPool",
                  obj({{"UserPoolName", Json(userText(c.displayName()))},
                       {"UsernameAttributes", arr({"email"})},
                       {"AutoVerifiedAttributes", arr({"email"})},
                       {"UserPoolTags", std::move(tags)}}),
                  {{"Metadata", obj({{"Azimuth", obj({{"UserPoolTier", tier}})}})}});
    b.addResource(
        b.part(c, "Client"), "AWS::Cognito::UserPoolClient",
        obj({{"UserPoolId", cfnRef(b.base(c))},
             {"GenerateSecret", false},
             {"ExplicitAuthFlows", arr({"ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"})}}));
}

// The CloudFormation import (docs/import.md).
constexpr std::string_view kImportTypes[] = {"AWS::Cognito::UserPool"};
constexpr std::string_view kImportFolds[] = {
    "AWS::Cognito::UserPoolClient", "AWS::Cognito::UserPoolDomain", "AWS::Cognito::UserPoolGroup",
    "AWS::Cognito::IdentityPool", "AWS::Cognito::IdentityPoolRoleAttachment"};

void importRead(ImportScope& scope, const TemplateResource& r, Component& c)
{
    // The tier is a property, or where Azimuth's export keeps it: the resource's metadata.
    const Json* tier = ImportScope::at(r, "UserPoolTier");
    if (!tier && r.metadata.find("Azimuth"))
        tier = r.metadata.find("Azimuth")->find("UserPoolTier");
    if (tier && tier->isString()) {
        std::string plan = tier->asString();
        std::transform(plan.begin(), plan.end(), plan.begin(),
                       [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
        Json value(plan);
        scope.setProp(c, r, "featurePlan", &value);
    }
}

} // namespace

extern const KindUnit CognitoUserPool;
const KindUnit CognitoUserPool{"cognito-user-pool",
                               summary,
                               cost,
                               {.write = cloudFormation},
                               {.types = kImportTypes, .folds = kImportFolds, .read = importRead}};

} // namespace azimuth::model::kinds
