// A Redshift cluster: compute nodes of one type in one zone (two: Multi-AZ, RA3 only).

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
    return p.s("nodeType") + " × " + figure(p.n("nodes")) + " · " + zoneCount(catalog, c);
}

void cost(costing::ComponentCoster& k, costing::RegionTable& region)
{
    const std::string_view type = k.text("nodeType");
    k.nodeHours(region.price(k.pricePath({"redshift", type})), k.number("nodes"), "node", "nodes",
                type, "", "node-hours");
    if (const double gb = k.number("managedStorageGb"); gb > 0)
        k.storage("Managed storage", gb, region.price("redshift.managedStorageGbMonth"));
}

void cloudFormation(CloudFormationBuilder& b, const Component& c)
{
    const long long nodes = whole(b.catalog().number(c, "nodes"), 2, 1, 128);
    const std::string group = b.part(c, "SubnetGroup");
    b.addParameter(b.fixedParam(kDbUserParam),
                   obj({{"Type", "String"},
                        {"Description", "The master user name of the databases (its password is "
                                        "kept in AWS Secrets Manager)"},
                        {"Default", "dbadmin"},
                        {"AllowedPattern", "^[a-zA-Z][a-zA-Z0-9_]{0,15}$"}}));
    b.addResource(group, "AWS::Redshift::ClusterSubnetGroup",
                  obj({{"Description", Json("Subnets of the Redshift cluster " + c.id.value)},
                       {"SubnetIds", b.subnets(c)},
                       {"Tags", b.tags(c)}}));
    // Redshift's own managed password is newer than the resource specification templates
    // are checked with: the deployer gives the password, never echoed.
    const std::string password = b.part(c, "MasterPassword");
    b.addParameter(
        password,
        obj({{"Type", "String"},
             {"NoEcho", true},
             {"MinLength", 8},
             {"MaxLength", 64},
             {"Description", Json("The master user password of the Redshift cluster " + c.id.value +
                                  " (8 to 64 characters, with an upper-case letter, "
                                  "a lower-case letter and a digit)")}}));
    Json props = obj({{"ClusterType", nodes > 1 ? "multi-node" : "single-node"},
                      {"NodeType", Json(b.catalog().string(c, "nodeType").value_or("dc2.large"))},
                      {"DBName", "dev"},
                      {"MasterUsername", cfnRef(b.fixedParam(kDbUserParam))},
                      {"MasterUserPassword", cfnRef(password)},
                      {"ClusterSubnetGroupName", cfnRef(group)},
                      {"PubliclyAccessible", false},
                      {"Encrypted", true},
                      {"Tags", b.tags(c)}});
    if (nodes > 1) props.set("NumberOfNodes", Json(nodes));
    b.addResource(b.base(c), "AWS::Redshift::Cluster", std::move(props),
                  {{"DeletionPolicy", "Snapshot"}, {"UpdateReplacePolicy", "Snapshot"}});
}

// The CloudFormation import (docs/import.md).
constexpr std::string_view kImportTypes[] = {"AWS::Redshift::Cluster"};
constexpr std::string_view kImportFolds[] = {"AWS::Redshift::ClusterSubnetGroup",
                                             "AWS::Redshift::ClusterParameterGroup"};

void importRead(ImportScope& scope, const TemplateResource& r, Component& c)
{
    scope.setProp(c, r, "nodeType", ImportScope::at(r, "NodeType"));
    Json one(1);
    const Json* nodes = ImportScope::at(r, "NumberOfNodes");
    scope.setProp(c, r, "nodes", nodes ? nodes : &one); // a single-node cluster names none
    const Json* group = ImportScope::at(r, "ClusterSubnetGroupName");
    const TemplateResource* subnetGroup = group ? scope.referenced(*group) : nullptr;
    Json zones = Json::array();
    if (const Json* zone = ImportScope::at(r, "AvailabilityZone"); zone && zone->isString())
        zones.asArray().push_back(*zone);
    scope.placeInSubnets(c, r, subnetGroup ? ImportScope::at(*subnetGroup, "SubnetIds") : nullptr,
                         zones.asArray().empty() ? nullptr : &zones);
}

} // namespace

extern const KindUnit RedshiftCluster;
const KindUnit RedshiftCluster{"redshift-cluster",
                               summary,
                               cost,
                               {.write = cloudFormation},
                               {.types = kImportTypes, .folds = kImportFolds, .read = importRead}};

} // namespace azimuth::model::kinds
