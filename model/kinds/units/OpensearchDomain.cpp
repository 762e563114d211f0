// An OpenSearch domain: data nodes of one instance type with EBS storage, over zones.

#include "model/catalog/DesignQueries.h"
#include "model/cost/ComponentCoster.h"
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
    return p.s("instanceType") + " × " + figure(p.n("instances")) + " · " + zoneCount(catalog, c);
}

void cost(costing::ComponentCoster& k, costing::RegionTable& region)
{
    const std::string_view type = k.text("instanceType");
    const double nodes = k.number("instances");
    k.nodeHours(region.price(k.pricePath({"opensearch", type})), nodes, "data node", "data nodes",
                type, "", "instance-hours");
    k.storage("EBS storage (gp2)", nodes * k.number("storageGbPerNode"),
              region.price("opensearch.gp2GbMonth"));
}

void cloudFormation(CloudFormationBuilder& b, const Component& c)
{
    const long long nodes = whole(b.catalog().number(c, "instances"), 2, 1, 80);
    const size_t zoneCount = zonesOf(b.design(), b.catalog(), c).size();
    // Zone awareness spreads the nodes over two or three zones, one subnet in each.
    const long long azs = std::min<size_t>(zoneCount, 3) >= 2 && nodes >= 2
                              ? static_cast<long long>(std::min<size_t>(zoneCount, 3))
                              : 1;
    Json cluster = obj(
        {{"InstanceType", Json(b.catalog().string(c, "instanceType").value_or("t3.small.search"))},
         {"InstanceCount", Json(nodes)},
         {"ZoneAwarenessEnabled", azs >= 2}});
    if (azs >= 2) cluster.set("ZoneAwarenessConfig", obj({{"AvailabilityZoneCount", Json(azs)}}));
    Json subnets = b.subnets(c);
    Json vpcSubnets = Json::array();
    if (subnets.isArray()) {
        for (const Json& s : subnets.asArray())
            if (static_cast<long long>(vpcSubnets.asArray().size()) < azs)
                vpcSubnets.asArray().push_back(s);
    } else {
        for (long long i = 0; i < azs; ++i)
            vpcSubnets.asArray().push_back(obj({{"Fn::Select", arr({Json(i), subnets})}}));
    }
    b.addResource(b.base(c), "AWS::OpenSearchService::Domain",
                  obj({{"EngineVersion", "OpenSearch_2.11"},
                       {"ClusterConfig", std::move(cluster)},
                       {"EBSOptions",
                        obj({{"EBSEnabled", true},
                             {"VolumeType", "gp2"},
                             {"VolumeSize", Json(whole(b.catalog().number(c, "storageGbPerNode"),
                                                       10, 10, 16384))}})},
                       {"VPCOptions", obj({{"SubnetIds", std::move(vpcSubnets)}})},
                       {"EncryptionAtRestOptions", obj({{"Enabled", true}})},
                       {"NodeToNodeEncryptionOptions", obj({{"Enabled", true}})},
                       {"DomainEndpointOptions", obj({{"EnforceHTTPS", true}})},
                       {"Tags", b.tags(c)}}),
                  {{"DeletionPolicy", "Retain"}, {"UpdateReplacePolicy", "Retain"}});
}

std::optional<CloudFormationAccess> access(CloudFormationBuilder& b, const Component& c)
{
    const std::string domain = b.base(c);
    return CloudFormationAccess{"SEARCH_%s_ENDPOINT", getAtt(domain, "DomainEndpoint"),
                                arr({"es:ESHttpGet", "es:ESHttpPost", "es:ESHttpPut"}),
                                obj({{"Fn::Sub", Json("${" + domain + ".Arn}/*")}})};
}

// The CloudFormation import (docs/import.md).
constexpr std::string_view kImportTypes[] = {"AWS::OpenSearchService::Domain",
                                             "AWS::Elasticsearch::Domain"};

void importRead(ImportScope& scope, const TemplateResource& r, Component& c)
{
    const char* config =
        r.type == "AWS::Elasticsearch::Domain" ? "ElasticsearchClusterConfig" : "ClusterConfig";
    const std::string prefix = std::string(config) + ".";
    if (const Json* type = ImportScope::at(r, prefix + "InstanceType"); type && type->isString()) {
        std::string t = type->asString();
        if (t.ends_with(".elasticsearch")) t = t.substr(0, t.size() - 14) + ".search";
        Json value(t);
        scope.setProp(c, r, "instanceType", &value);
    }
    scope.setProp(c, r, "instances", ImportScope::at(r, prefix + "InstanceCount"));
    scope.setProp(c, r, "storageGbPerNode", ImportScope::at(r, "EBSOptions.VolumeSize"));
    scope.placeInSubnets(c, r, ImportScope::at(r, "VPCOptions.SubnetIds"));
}

} // namespace

extern const KindUnit OpensearchDomain;
const KindUnit OpensearchDomain{"opensearch-domain",
                                summary,
                                cost,
                                {.write = cloudFormation, .access = access},
                                {.types = kImportTypes, .read = importRead}};

} // namespace azimuth::model::kinds
