// An ElastiCache cluster: Redis OSS or Valkey nodes (a primary and its replicas) over zones.

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
    return p.s("nodeType") + " × " + figure(p.n("nodes")) + " · " + zoneCount(catalog, c);
}

void cost(costing::ComponentCoster& k, costing::RegionTable& region)
{
    const std::string_view engine = k.text("engine");
    const std::string_view type = k.text("nodeType");
    k.nodeHours(region.price(k.pricePath({"elasticache", engine, type})), k.number("nodes"), "node",
                "nodes", type, engine == "valkey" ? "Valkey" : "Redis OSS", "node-hours");
}

void cloudFormation(CloudFormationBuilder& b, const Component& c)
{
    const long long nodes = whole(b.catalog().number(c, "nodes"), 2, 1, 6);
    const bool failover = nodes >= 2;
    const bool multiAz = failover && zonesOf(b.design(), b.catalog(), c).size() >= 2;
    const std::string group = b.part(c, "SubnetGroup");
    b.addResource(group, "AWS::ElastiCache::SubnetGroup",
                  obj({{"Description", Json("Subnets of the cache " + c.id.value)},
                       {"SubnetIds", b.subnets(c)},
                       {"Tags", b.tags(c)}}));
    b.addResource(
        b.base(c), "AWS::ElastiCache::ReplicationGroup",
        obj({{"ReplicationGroupDescription", Json("The cache " + c.id.value)},
             {"Engine", Json(b.catalog().string(c, "engine").value_or("redis"))},
             {"CacheNodeType", Json(b.catalog().string(c, "nodeType").value_or("cache.t3.micro"))},
             {"NumCacheClusters", Json(nodes)},
             {"AutomaticFailoverEnabled", failover},
             {"MultiAZEnabled", multiAz},
             {"CacheSubnetGroupName", cfnRef(group)},
             {"AtRestEncryptionEnabled", true},
             {"TransitEncryptionEnabled", true},
             {"Tags", b.tags(c)}}));
}

std::optional<CloudFormationAccess> access(CloudFormationBuilder& b, const Component& c)
{
    // Code reaches the primary endpoint over the network; IAM grants nothing more.
    return CloudFormationAccess{"CACHE_%s_ENDPOINT", getAtt(b.base(c), "PrimaryEndPoint.Address"),
                                arr({"elasticache:DescribeReplicationGroups"}), Json("*")};
}

// The CloudFormation import (docs/import.md).
constexpr std::string_view kImportTypes[] = {"AWS::ElastiCache::ReplicationGroup",
                                             "AWS::ElastiCache::CacheCluster"};
constexpr std::string_view kImportFolds[] = {"AWS::ElastiCache::SubnetGroup",
                                             "AWS::ElastiCache::ParameterGroup"};

void importRead(ImportScope& scope, const TemplateResource& r, Component& c)
{
    scope.setProp(c, r, "engine", ImportScope::at(r, "Engine"));
    scope.setProp(c, r, "nodeType", ImportScope::at(r, "CacheNodeType"));
    std::optional<double> nodes = ImportScope::number(ImportScope::at(r, "NumCacheClusters"));
    if (!nodes) nodes = ImportScope::number(ImportScope::at(r, "NumCacheNodes"));
    if (!nodes)
        if (auto groups = ImportScope::number(ImportScope::at(r, "NumNodeGroups")))
            nodes =
                *groups *
                (1 + ImportScope::number(ImportScope::at(r, "ReplicasPerNodeGroup")).value_or(0));
    if (nodes) {
        Json value(*nodes);
        scope.setProp(c, r, "nodes", &value);
    }
    const Json* group = ImportScope::at(r, "CacheSubnetGroupName");
    const TemplateResource* subnetGroup = group ? scope.referenced(*group) : nullptr;
    scope.placeInSubnets(c, r, subnetGroup ? ImportScope::at(*subnetGroup, "SubnetIds") : nullptr,
                         ImportScope::at(r, "PreferredCacheClusterAZs"));
}

} // namespace

extern const KindUnit ElasticacheCluster;
const KindUnit ElasticacheCluster{
    "elasticache-cluster",
    summary,
    cost,
    {.write = cloudFormation, .access = access},
    {.types = kImportTypes, .folds = kImportFolds, .read = importRead}};

} // namespace azimuth::model::kinds
