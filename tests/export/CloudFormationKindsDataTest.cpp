// The data kinds in CloudFormation (docs/cloudformation.md): an ElastiCache replication
// group, an Aurora cluster with its instances, EFS file systems with their mount targets,
// an OpenSearch domain and a Redshift cluster, each in the subnets it is drawn over.

#include "model/export/CloudFormationTemplate.h"
#include "model/io/DesignReader.h"

#include <gtest/gtest.h>

using namespace azimuth::model;

namespace {

Json templateOf()
{
    const Design d = readDesignFile(std::string(AZIMUTH_TEST_DATA) + "/export/kinds-data.azimuth");
    return buildCloudFormationTemplate(d, KindCatalog::builtin());
}

const Json& resource(const Json& t, const std::string& id)
{
    const Json* r = t.find("Resources")->find(id);
    if (!r) throw std::runtime_error("no resource " + id);
    return *r;
}

const Json& props(const Json& t, const std::string& id)
{
    return *resource(t, id).find("Properties");
}

Json ref(const std::string& id)
{
    Json o = Json::object();
    o.set("Ref", Json(id));
    return o;
}

Json refs(std::initializer_list<const char*> ids)
{
    Json a = Json::array();
    for (const char* id : ids)
        a.asArray().push_back(ref(id));
    return a;
}

std::string typeOf(const Json& t, const std::string& id)
{
    return resource(t, id).find("Type")->asString();
}

} // namespace

TEST(CloudFormationKindsData, AnElasticacheClusterIsAReplicationGroupInItsSubnets)
{
    const Json t = templateOf();
    EXPECT_EQ(typeOf(t, "CacheSubnetGroup"), "AWS::ElastiCache::SubnetGroup");
    EXPECT_EQ(*props(t, "CacheSubnetGroup").find("SubnetIds"), refs({"PrivA", "PrivB"}));
    EXPECT_EQ(typeOf(t, "Cache"), "AWS::ElastiCache::ReplicationGroup");
    const Json& p = props(t, "Cache");
    EXPECT_EQ(p.find("CacheNodeType")->asString(), "cache.t3.small");
    EXPECT_EQ(p.find("NumCacheClusters")->asNumber(), 2);
    EXPECT_TRUE(p.find("AutomaticFailoverEnabled")->asBool());
    EXPECT_TRUE(p.find("MultiAZEnabled")->asBool());
    EXPECT_EQ(*p.find("CacheSubnetGroupName"), ref("CacheSubnetGroup"));
}

TEST(CloudFormationKindsData, AnAuroraClusterHasAWriterAndItsReaders)
{
    const Json t = templateOf();
    EXPECT_EQ(typeOf(t, "Db"), "AWS::RDS::DBCluster");
    EXPECT_EQ(props(t, "Db").find("Engine")->asString(), "aurora-postgresql");
    EXPECT_EQ(*props(t, "Db").find("DBSubnetGroupName"), ref("DbSubnetGroup"));
    for (const char* id : {"DbWriter", "DbReader1", "DbReader2"}) {
        EXPECT_EQ(typeOf(t, id), "AWS::RDS::DBInstance") << id;
        EXPECT_EQ(*props(t, id).find("DBClusterIdentifier"), ref("Db")) << id;
        EXPECT_EQ(props(t, id).find("DBInstanceClass")->asString(), "db.r6g.large") << id;
    }
    EXPECT_EQ(t.find("Resources")->find("DbReader3"), nullptr);
}

TEST(CloudFormationKindsData, EfsStandardMountsInEveryZoneAndOneZoneInItsOwn)
{
    const Json t = templateOf();
    EXPECT_EQ(typeOf(t, "Files"), "AWS::EFS::FileSystem");
    EXPECT_EQ(props(t, "Files").find("AvailabilityZoneName"), nullptr);
    EXPECT_EQ(typeOf(t, "FilesMountTarget1"), "AWS::EFS::MountTarget");
    EXPECT_EQ(typeOf(t, "FilesMountTarget2"), "AWS::EFS::MountTarget");
    EXPECT_EQ(*props(t, "FilesMountTarget1").find("FileSystemId"), ref("Files"));
    // NFS from the VPC's range, through the file system's own security group.
    EXPECT_EQ(*props(t, "FilesMountTarget1").find("SecurityGroups"), refs({"FilesSecurityGroup"}));
    const Json& ingress = props(t, "FilesSecurityGroup").find("SecurityGroupIngress")->asArray()[0];
    EXPECT_EQ(ingress.find("FromPort")->asNumber(), 2049);
    // One Zone: its zone is a parameter, and it has one mount target, in that zone's subnet.
    EXPECT_EQ(*props(t, "Scratch").find("AvailabilityZoneName"), ref("ScratchZone"));
    EXPECT_EQ(t.find("Parameters")->find("ScratchZone")->find("Type")->asString(),
              "AWS::EC2::AvailabilityZone::Name");
    EXPECT_EQ(*props(t, "ScratchMountTarget1").find("SubnetId"), ref("PrivA"));
    EXPECT_EQ(t.find("Resources")->find("ScratchMountTarget2"), nullptr);
}

TEST(CloudFormationKindsData, AnOpensearchDomainIsZoneAwareOverItsTwoZones)
{
    const Json t = templateOf();
    EXPECT_EQ(typeOf(t, "Search"), "AWS::OpenSearchService::Domain");
    const Json& cluster = *props(t, "Search").find("ClusterConfig");
    EXPECT_EQ(cluster.find("InstanceType")->asString(), "m6g.large.search");
    EXPECT_EQ(cluster.find("InstanceCount")->asNumber(), 2);
    EXPECT_TRUE(cluster.find("ZoneAwarenessEnabled")->asBool());
    EXPECT_EQ(cluster.find("ZoneAwarenessConfig")->find("AvailabilityZoneCount")->asNumber(), 2);
    EXPECT_EQ(*props(t, "Search").find("VPCOptions")->find("SubnetIds"), refs({"PrivA", "PrivB"}));
    EXPECT_EQ(props(t, "Search").find("EBSOptions")->find("VolumeSize")->asNumber(), 50);
}

TEST(CloudFormationKindsData, ARedshiftClusterIsMultiNodeInItsSubnetGroup)
{
    const Json t = templateOf();
    EXPECT_EQ(typeOf(t, "WarehouseSubnetGroup"), "AWS::Redshift::ClusterSubnetGroup");
    EXPECT_EQ(typeOf(t, "Warehouse"), "AWS::Redshift::Cluster");
    const Json& p = props(t, "Warehouse");
    EXPECT_EQ(p.find("ClusterType")->asString(), "multi-node");
    EXPECT_EQ(p.find("NumberOfNodes")->asNumber(), 2);
    EXPECT_EQ(p.find("NodeType")->asString(), "ra3.xlplus");
    // The password is the deployer's, a parameter CloudFormation never echoes.
    EXPECT_EQ(*p.find("MasterUserPassword"), ref("WarehouseMasterPassword"));
    EXPECT_TRUE(t.find("Parameters")->find("WarehouseMasterPassword")->find("NoEcho")->asBool());
    EXPECT_EQ(*p.find("ClusterSubnetGroupName"), ref("WarehouseSubnetGroup"));
}
