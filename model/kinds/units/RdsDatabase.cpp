// An RDS database: an instance class, Single-AZ or Multi-AZ, and its storage.

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
    return p.s("instanceClass") + " · " +
           (catalog.boolean(c, "multiAz").value_or(false) ? "Multi-AZ" : "Single-AZ");
}

void cost(costing::ComponentCoster& k, costing::RegionTable& region)
{
    const std::string_view engine = k.text("engine");
    const std::string_view cls = k.text("instanceClass");
    const bool multiAz = k.flag("multiAz");
    const std::string_view az = multiAz ? "Multi-AZ" : "Single-AZ";
    std::string& item = k.startItem();
    item += cls;
    item += ' ';
    item += engine == "postgres" ? "PostgreSQL" : engine == "mysql" ? "MySQL" : engine;
    item += ", ";
    item += az;
    k.line(item, k.context().hours, "instance-hours",
           k.context().prices.rdsInstance(region.code, engine, cls, multiAz));
    double gb = k.number("storageGb");
    k.startItem();
    item += "Storage, ";
    appendNum(item, gb);
    item += " GB, ";
    item += az;
    k.line(item, gb, "GB-months", region.fact(multiAz ? kRdsStorageMultiAz : kRdsStorageSingleAz));
}

void cloudFormation(CloudFormationBuilder& b, const Component& c)
{
    std::string engine = b.catalog().string(c, "engine").value_or("mysql");
    if (engine != "postgres") engine = "mysql";
    std::string group = b.part(c, "SubnetGroup");
    b.addParameter(b.fixedParam(kDbUserParam),
                   obj({{"Type", "String"},
                        {"Description", "The master user name of the databases (its password is "
                                        "kept in AWS Secrets Manager)"},
                        {"Default", "dbadmin"},
                        {"AllowedPattern", "^[a-zA-Z][a-zA-Z0-9_]{0,15}$"}}));
    b.addResource(group, "AWS::RDS::DBSubnetGroup",
                  obj({{"DBSubnetGroupDescription", Json("Subnets of the database " + c.id.value)},
                       {"SubnetIds", b.subnets(c)},
                       {"Tags", b.tags(c)}}));
    b.addResource(
        b.base(c), "AWS::RDS::DBInstance",
        obj({{"DBInstanceClass",
              Json(b.catalog().string(c, "instanceClass").value_or("db.t3.micro"))},
             {"Engine", Json(engine)},
             {"AllocatedStorage",
              Json(std::to_string(whole(b.catalog().number(c, "storageGb"), 20, 20, 65536)))},
             {"StorageType", "gp3"},
             {"MultiAZ", b.catalog().boolean(c, "multiAz").value_or(false)},
             {"MasterUsername", cfnRef(b.fixedParam(kDbUserParam))},
             {"ManageMasterUserPassword", true},
             {"DBSubnetGroupName", cfnRef(group)},
             {"PubliclyAccessible", false},
             {"Tags", b.tags(c)}}),
        {{"DeletionPolicy", "Snapshot"}, {"UpdateReplacePolicy", "Snapshot"}});
}

// The CloudFormation import (docs/import.md).
constexpr std::string_view kImportTypes[] = {"AWS::RDS::DBInstance"};
constexpr std::string_view kImportFolds[] = {"AWS::RDS::DBSubnetGroup",
                                             "AWS::RDS::DBParameterGroup", "AWS::RDS::OptionGroup"};

/// A DB instance of a cluster is its cluster's (Aurora), not a database of its own.
bool importAccepts(const TemplateResource& r)
{
    return !ImportScope::at(r, "DBClusterIdentifier");
}

void importRead(ImportScope& scope, const TemplateResource& r, Component& c)
{
    if (const Json* engine = ImportScope::at(r, "Engine"); engine && engine->isString()) {
        // Azimuth prices MySQL and PostgreSQL; MariaDB is priced as MySQL, its sibling.
        std::string e = engine->asString();
        if (e == "mariadb") e = "mysql";
        if (e == "postgresql") e = "postgres";
        Json value(e);
        scope.setProp(c, r, "engine", &value);
    }
    scope.setProp(c, r, "instanceClass", ImportScope::at(r, "DBInstanceClass"));
    scope.setProp(c, r, "multiAz", ImportScope::at(r, "MultiAZ"));
    scope.setProp(c, r, "storageGb", ImportScope::at(r, "AllocatedStorage"));
    const Json* group = ImportScope::at(r, "DBSubnetGroupName");
    const TemplateResource* subnetGroup = group ? scope.referenced(*group) : nullptr;
    const Json* zone = ImportScope::at(r, "AvailabilityZone");
    Json zones = Json::array();
    if (zone && zone->isString()) zones.asArray().push_back(*zone);
    scope.placeInSubnets(c, r, subnetGroup ? ImportScope::at(*subnetGroup, "SubnetIds") : nullptr,
                         zones.asArray().empty() ? nullptr : &zones);
}

} // namespace

extern const KindUnit RdsDatabase;
const KindUnit RdsDatabase{
    "rds-database",
    summary,
    cost,
    {.write = cloudFormation},
    {.types = kImportTypes, .folds = kImportFolds, .accepts = importAccepts, .read = importRead}};

} // namespace azimuth::model::kinds
