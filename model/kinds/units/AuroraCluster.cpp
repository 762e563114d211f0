// An Aurora cluster: a writer and its readers over zones, on storage AWS keeps in three.

#include "model/catalog/DesignQueries.h"
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
    const double n = p.n("instances");
    std::string s = p.s("instanceClass") + " · 1 writer";
    if (n > 1) s += " + " + figure(n - 1) + (n - 1 == 1 ? " reader" : " readers");
    return s + " · " + zoneCount(catalog, c);
}

void cost(costing::ComponentCoster& k, costing::RegionTable& region)
{
    const std::string_view engine = k.text("engine");
    const std::string_view cls = k.text("instanceClass");
    k.nodeHours(region.price(k.pricePath({"aurora", engine, cls})), k.number("instances"),
                "instance", "instances", cls,
                engine == "aurora-postgresql" ? "Aurora PostgreSQL" : "Aurora MySQL",
                "instance-hours");
    k.storage("Storage", k.number("storageGb"), region.price("aurora.storageGbMonth"));
    const double io = k.number("ioRequestsPerMonth") / 1e6;
    k.line("I/O requests", io, "million requests", region.price("aurora.ioPerMillion"));
}

void cloudFormation(CloudFormationBuilder& b, const Component& c)
{
    const std::string engine = b.catalog().string(c, "engine").value_or("aurora-mysql");
    const std::string cls = b.catalog().string(c, "instanceClass").value_or("db.t3.medium");
    const long long instances = whole(b.catalog().number(c, "instances"), 2, 1, 16);
    const std::string group = b.part(c, "SubnetGroup");
    const std::string cluster = b.base(c);
    b.addParameter(b.fixedParam(kDbUserParam),
                   obj({{"Type", "String"},
                        {"Description", "The master user name of the databases (its password is "
                                        "kept in AWS Secrets Manager)"},
                        {"Default", "dbadmin"},
                        {"AllowedPattern", "^[a-zA-Z][a-zA-Z0-9_]{0,15}$"}}));
    b.addResource(
        group, "AWS::RDS::DBSubnetGroup",
        obj({{"DBSubnetGroupDescription", Json("Subnets of the Aurora cluster " + c.id.value)},
             {"SubnetIds", b.subnets(c)},
             {"Tags", b.tags(c)}}));
    b.addResource(cluster, "AWS::RDS::DBCluster",
                  obj({{"Engine", Json(engine)},
                       {"MasterUsername", cfnRef(b.fixedParam(kDbUserParam))},
                       {"ManageMasterUserPassword", true},
                       {"DBSubnetGroupName", cfnRef(group)},
                       {"StorageEncrypted", true},
                       {"Tags", b.tags(c)}}),
                  {{"DeletionPolicy", "Snapshot"}, {"UpdateReplacePolicy", "Snapshot"}});
    // The first instance created becomes the writer; the others are readers Aurora spreads
    // over the subnet group's zones.
    for (long long i = 0; i < instances; ++i) {
        const std::string role = i == 0 ? "Writer" : "Reader" + std::to_string(i);
        b.addResource(b.part(c, role), "AWS::RDS::DBInstance",
                      obj({{"DBClusterIdentifier", cfnRef(cluster)},
                           {"DBInstanceClass", Json(cls)},
                           {"Engine", Json(engine)},
                           {"PubliclyAccessible", false},
                           {"Tags", b.tags(c)}}));
    }
}

// The CloudFormation import (docs/import.md).
constexpr std::string_view kImportTypes[] = {"AWS::RDS::DBCluster"};
constexpr std::string_view kImportFolds[] = {"AWS::RDS::DBInstance",
                                             "AWS::RDS::DBClusterParameterGroup"};

/// An Aurora cluster; other DB clusters (Multi-AZ MySQL or PostgreSQL) are no kind yet. An
/// engine not known at import (a parameter with no value) is taken as Aurora's, which most
/// DB clusters are, and the report says the engine is the default.
bool importAccepts(const TemplateResource& r)
{
    const Json* engine = ImportScope::at(r, "Engine");
    return !engine || !engine->isString() || engine->asString().starts_with("aurora");
}

void importRead(ImportScope& scope, const TemplateResource& r, Component& c)
{
    if (const Json* engine = ImportScope::at(r, "Engine"); engine && engine->isString()) {
        Json value(engine->asString() == "aurora" ? "aurora-mysql" : engine->asString());
        scope.setProp(c, r, "engine", &value);
    }
    // Its instances name it: the first is the writer, the others readers.
    const auto instances = scope.referrers(r.id, "AWS::RDS::DBInstance");
    if (!instances.empty()) {
        Json count(static_cast<double>(instances.size()));
        scope.setProp(c, r, "instances", &count);
        scope.setProp(c, r, "instanceClass", ImportScope::at(*instances[0], "DBInstanceClass"));
    } else {
        scope.note(r, "no DB instance in the template: the cluster's instances are the default");
    }
    const Json* group = ImportScope::at(r, "DBSubnetGroupName");
    const TemplateResource* subnetGroup = group ? scope.referenced(*group) : nullptr;
    scope.placeInSubnets(c, r, subnetGroup ? ImportScope::at(*subnetGroup, "SubnetIds") : nullptr,
                         ImportScope::at(r, "AvailabilityZones"));
}

} // namespace

extern const KindUnit AuroraCluster;
const KindUnit AuroraCluster{
    "aurora-cluster",
    summary,
    cost,
    {.write = cloudFormation},
    {.types = kImportTypes, .folds = kImportFolds, .accepts = importAccepts, .read = importRead}};

} // namespace azimuth::model::kinds
