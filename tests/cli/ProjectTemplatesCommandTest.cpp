// The project's templates (tests/data/import/project) through the real `azimuth`: imported,
// then checked and costed as a user would, so a node group or a task size lost on the way
// shows in the bill.

#include "CliRunner.h"

#include <gtest/gtest.h>

namespace {

const std::string kProject = AZIMUTH_TEST_DATA "/import/project/";

} // namespace

TEST(ProjectTemplatesCommand, AnEksTemplatesNodeGroupsAreBilled)
{
    const std::string dir = scratchDir();
    CliResult r = runAzimuth({"import", kProject + "eks-nodegroups.yaml", "-o",
                              dir + "/eks.azimuth", "--parameter", "SystemInstanceType=m5.xlarge"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_NE(r.err.find("12 mapped, 18 folded, 0 left out by a condition, 0 unmapped"),
              std::string::npos)
        << r.err;
    CliResult cost = runAzimuth({"cost", dir + "/eks.azimuth", "--format", "json"});
    ASSERT_EQ(cost.status, 0) << cost.err;
    // The control plane, 3 On-Demand m5.xlarge (the parameter) with 50 GB each, 4 Spot
    // c5.xlarge with EKS's 20 GB, and the NAT gateway: 73 + 432.48 + 224.82 + 32.85.
    EXPECT_NE(cost.out.find(R"("item": "EKS cluster")"), std::string::npos) << cost.out;
    EXPECT_NE(cost.out.find(R"("item": "m5.xlarge On-Demand, 3 instances")"), std::string::npos)
        << cost.out;
    EXPECT_NE(cost.out.find(R"("item": "c5.xlarge Spot, 4 instances")"), std::string::npos)
        << cost.out;
    EXPECT_EQ(cost.out.find("Fargate"), std::string::npos) << cost.out;
    EXPECT_NE(cost.out.find(R"("monthly": 763.15)"), std::string::npos) << cost.out;
}

TEST(ProjectTemplatesCommand, AnEcsTemplatesTaskSizeIsBilledAndTheDesignChecks)
{
    const std::string dir = scratchDir();
    CliResult r =
        runAzimuth({"import", kProject + "ecs-fargate-alb.yaml", "-o", dir + "/ecs.azimuth",
                    "--parameter", "ContainerCpu=1024", "--parameter", "ContainerMemory=2048"});
    ASSERT_EQ(r.status, 0) << r.err;
    CliResult cost = runAzimuth({"cost", dir + "/ecs.azimuth", "--format", "json"});
    ASSERT_EQ(cost.status, 0) << cost.err;
    EXPECT_NE(cost.out.find(R"("item": "Fargate vCPU, 3 tasks x 1 vCPU")"), std::string::npos)
        << cost.out;
    EXPECT_NE(cost.out.find(R"("item": "Fargate memory, 3 tasks x 2 GB")"), std::string::npos)
        << cost.out;
    // One NAT gateway for tasks in two zones pulling from ECR: the design says so.
    CliResult check = runAzimuth({"check", dir + "/ecs.azimuth"});
    EXPECT_NE(check.out.find("network.nat-single-az"), std::string::npos) << check.out;
}
