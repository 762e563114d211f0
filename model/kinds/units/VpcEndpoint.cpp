// A VPC endpoint: S3 or DynamoDB through a free gateway endpoint, other services through
// an interface endpoint billed per zone and per GB.

#include "model/catalog/DesignQueries.h"
#include "model/catalog/NetworkMap.h"
#include "model/cost/ComponentCoster.h"
#include "model/export/CloudFormationBuilder.h"
#include "model/import/ImportScope.h"
#include "model/kinds/KindUnit.h"
#include "model/kinds/SummaryWords.h"

namespace azimuth::model::kinds {

namespace {

using namespace cfn;

std::string serviceName(const std::string& service)
{
    if (service == "s3") return "S3";
    if (service == "dynamodb") return "DynamoDB";
    if (service == "sqs") return "SQS";
    if (service == "sns") return "SNS";
    if (service == "kinesis-streams") return "Kinesis";
    if (service == "states") return "Step Functions";
    if (service == "events") return "EventBridge";
    if (service == "ecr.dkr") return "ECR";
    return capitalized(service);
}

std::string summary(const KindCatalog& catalog, const Component& c)
{
    const SummaryProps p{catalog, c};
    const std::string service = p.s("service");
    if (NetworkMap::isGatewayService(service)) return serviceName(service) + " · gateway";
    return serviceName(service) + " · interface · " + zoneCount(catalog, c);
}

/// A gateway endpoint is free; an interface endpoint is billed per zone-hour and for the GB
/// the design's traffic sends through it (counted by the data transfer pass).
void cost(costing::ComponentCoster& k, costing::RegionTable& region)
{
    if (NetworkMap::isGatewayService(k.text("service"))) return;
    const auto& ctx = k.context();
    const double zones =
        static_cast<double>(zonesOf(ctx.design, ctx.catalog, k.component()).size());
    k.line("Interface endpoint", zones * ctx.hours, "zone-hours",
           region.price("network.interfaceEndpoint.hourPerZone"));
    if (const double gb = k.processedGb(); gb > 0)
        k.line("Data processed", gb, "GB", region.price("network.interfaceEndpoint.perGb"));
}

/// A gateway endpoint joins the VPC's route tables; an interface endpoint puts a network
/// interface in a subnet of each of its zones.
void cloudFormation(CloudFormationBuilder& b, const Component& c)
{
    const Component* vpc = b.network().vpcOf(c);
    if (!vpc) return;
    const std::string service = b.catalog().string(c, "service").value_or("s3");
    const bool gateway = NetworkMap::isGatewayService(service);
    Json props =
        obj({{"VpcId", cfnRef(b.base(*vpc))},
             {"ServiceName", obj({{"Fn::Sub", Json("com.amazonaws.${AWS::Region}." + service)}})},
             {"VpcEndpointType", gateway ? "Gateway" : "Interface"}});
    if (gateway) {
        Json tables = Json::array();
        // Another stack's subnets keep their route tables to themselves.
        for (const Component* s : b.network().subnets(*vpc))
            if (!b.importedName(*s)) tables.asArray().push_back(cfnRef(b.part(*s, "RouteTable")));
        if (!tables.asArray().empty()) props.set("RouteTableIds", tables);
    } else {
        props.set("SubnetIds", b.subnets(c));
        props.set("PrivateDnsEnabled", true);
    }
    b.addResource(b.base(c), "AWS::EC2::VPCEndpoint", std::move(props));
}

// The CloudFormation import (docs/import.md).
constexpr std::string_view kImportTypes[] = {"AWS::EC2::VPCEndpoint"};

void importRead(ImportScope& scope, const TemplateResource& r, Component& c)
{
    scope.placeInVpc(c, r, ImportScope::at(r, "VpcId"));
    if (const Json* name = ImportScope::at(r, "ServiceName"); name && name->isString()) {
        // com.amazonaws.REGION.SERVICE
        const std::string& s = name->asString();
        Json service(s.substr(s.rfind('.') + 1));
        scope.setProp(c, r, "service", &service);
    } else {
        scope.note(r, "service name not known at import: the default is used");
    }
    if (const Json* subnets = ImportScope::at(r, "SubnetIds"); subnets && subnets->isArray()) {
        const ComponentId vpc = c.parent;
        scope.placeInSubnets(c, r, subnets);
        c.parent = vpc; // an endpoint stays in its VPC, whatever its subnets say
    }
}

} // namespace

extern const KindUnit VpcEndpoint;
const KindUnit VpcEndpoint{"vpc-endpoint",
                           summary,
                           cost,
                           {.write = cloudFormation},
                           {.types = kImportTypes, .read = importRead}};

} // namespace azimuth::model::kinds
