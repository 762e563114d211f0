// An EFS file system: Standard (kept in several zones) or One Zone, billed per GB-month.

#include "model/catalog/Standby.h"
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

bool oneZone(const KindCatalog& catalog, const Component& c)
{
    return !hasStandby(catalog, c);
}

std::string summary(const KindCatalog& catalog, const Component& c)
{
    const SummaryProps p{catalog, c};
    return figure(p.n("storageGb")) + " GB · " + (oneZone(catalog, c) ? "One Zone" : "Standard");
}

void cost(costing::ComponentCoster& k, costing::RegionTable& region)
{
    const bool standard = k.text("storageClass") == "standard";
    const double gb = k.number("storageGb");
    std::string& item = k.startItem();
    item += "Storage, ";
    appendNum(item, gb);
    item += standard ? " GB, Standard" : " GB, One Zone";
    k.line(item, gb, "GB-months",
           region.price(standard ? "efs.standardGbMonth" : "efs.oneZoneGbMonth"));
}

void cloudFormation(CloudFormationBuilder& b, const Component& c)
{
    const std::string fs = b.base(c);
    const bool single = oneZone(b.catalog(), c);
    Json props = obj({{"Encrypted", true},
                      {"PerformanceMode", "generalPurpose"},
                      {"ThroughputMode", "elastic"},
                      {"FileSystemTags", b.tags(c)}});
    if (single) {
        // One Zone: the zone's name is the deployer's, and its one mount target sits there.
        const std::string zone = b.part(c, "Zone");
        b.addParameter(zone, param("AWS::EC2::AvailabilityZone::Name",
                                   "The Availability Zone of the One Zone file system " +
                                       c.id.value + " (its subnet's zone)"));
        props.set("AvailabilityZoneName", cfnRef(zone));
    }
    b.addResource(fs, "AWS::EFS::FileSystem", std::move(props),
                  {{"DeletionPolicy", "Retain"}, {"UpdateReplacePolicy", "Retain"}});
    std::vector<Json> targets;
    const Component* vpc = b.network().vpcOf(c);
    if (!single && vpc && b.catalog().idList(c, "zones").empty()) {
        // Standard naming no zone: a mount target in every zone of its VPC, one subnet each.
        std::vector<ComponentId> zones;
        for (const Component* s : b.network().subnets(*vpc)) {
            if (s->parent.empty() ||
                std::find(zones.begin(), zones.end(), s->parent) != zones.end())
                continue;
            zones.push_back(s->parent);
            if (const Component* in = b.network().subnetIn(*vpc, s->parent))
                targets.push_back(cfnRef(b.base(*in)));
        }
    }
    if (targets.empty()) {
        Json subnets = b.subnets(c);
        if (subnets.isArray())
            targets = subnets.asArray();
        else
            targets.push_back(obj({{"Fn::Select", arr({0, subnets})}}));
    }
    if (single && targets.size() > 1) targets.resize(1);
    // Mount targets need a security group: NFS from the VPC's own range when the template
    // makes the VPC; for a VPC given as a parameter its range is not known here.
    const std::string group = b.part(c, "SecurityGroup");
    const Json vpcId = b.vpc(c);
    Json sg = obj({{"GroupDescription", Json("NFS to the file system " + c.id.value)},
                   {"VpcId", vpcId},
                   {"Tags", b.tags(c)}});
    if (const Json* r = vpcId.find("Ref"); r && b.resources().find(r->asString()))
        sg.set("SecurityGroupIngress",
               arr({obj({{"IpProtocol", "tcp"},
                         {"FromPort", 2049},
                         {"ToPort", 2049},
                         {"CidrIp", getAtt(r->asString(), "CidrBlock")}})}));
    b.addResource(group, "AWS::EC2::SecurityGroup", std::move(sg));
    for (size_t i = 0; i < targets.size(); ++i)
        b.addResource(b.part(c, "MountTarget" + std::to_string(i + 1)), "AWS::EFS::MountTarget",
                      obj({{"FileSystemId", cfnRef(fs)},
                           {"SubnetId", targets[i]},
                           {"SecurityGroups", arr({cfnRef(group)})}}));
}

std::optional<CloudFormationAccess> access(CloudFormationBuilder& b, const Component& c)
{
    const std::string fs = b.base(c);
    return CloudFormationAccess{
        "FILESYSTEM_%s_ID", cfnRef(fs),
        arr({"elasticfilesystem:ClientMount", "elasticfilesystem:ClientWrite"}), getAtt(fs, "Arn")};
}

// The CloudFormation import (docs/import.md).
constexpr std::string_view kImportTypes[] = {"AWS::EFS::FileSystem"};
constexpr std::string_view kImportFolds[] = {"AWS::EFS::MountTarget", "AWS::EFS::AccessPoint"};

void importRead(ImportScope& scope, const TemplateResource& r, Component& c)
{
    // It sits in the VPC its mount targets are in.
    for (const TemplateResource* target : scope.referrers(r.id, "AWS::EFS::MountTarget"))
        scope.placeInVpcOfSubnet(c, *target, ImportScope::at(*target, "SubnetId"));
    const Json* zone = ImportScope::at(r, "AvailabilityZoneName");
    if (!zone) return;
    c.props.set("storageClass", Json("one-zone"));
    std::string name;
    if (zone->isString() && !zone->asString().empty())
        name = zone->asString();
    else if (scope.metadata().zonesFor(scope.design(), c))
        return; // the export recorded its zone
    else if (auto first = scope.firstZones(1); !first.empty()) {
        name = first[0];
        scope.note(r, "One Zone file system's zone not known at import: placed in " + name);
    }
    if (!name.empty()) {
        Json zones = Json::array();
        zones.asArray().push_back(Json(scope.zone(name).value));
        c.props.set("zones", std::move(zones));
    }
}

} // namespace

extern const KindUnit EfsFileSystem;
const KindUnit EfsFileSystem{"efs-file-system",
                             summary,
                             cost,
                             {.write = cloudFormation, .access = access},
                             {.types = kImportTypes, .folds = kImportFolds, .read = importRead}};

} // namespace azimuth::model::kinds
