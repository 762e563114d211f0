// The flow kinds (Kinesis data stream, Step Functions state machine, EventBridge bus, ECR
// repository): where they may go, what the catalog says of them, and their summaries.

#include "model/catalog/KindCatalog.h"
#include "model/controller/DocumentController.h"
#include "model/core/Json.h"
#include "model/io/DesignWriter.h"
#include "model/kinds/KindUnit.h"
#include "support/TestDesigns.h"

#include <algorithm>
#include <gtest/gtest.h>

using namespace azimuth::model;
using azimuth::test::designFromJson;

namespace {

const char* const kFlowKinds[] = {"kinesis-data-stream", "step-functions-state-machine",
                                  "eventbridge-bus", "ecr-repository"};

Component make(const std::string& id, const std::string& kind, const std::string& parent,
               const std::string& props = "{}")
{
    Component c;
    c.id = ComponentId(id);
    c.kind = kind;
    c.parent = ComponentId(parent);
    c.props = parseJson(props);
    return c;
}

const KindCatalog& catalog()
{
    return KindCatalog::builtin();
}

} // namespace

TEST(FlowKindsContainment, RegionalServicesGoInARegionOrVpcNeverInAZoneOrAtTheTop)
{
    DocumentController controller;
    controller.setCheckInvariants(true);
    controller.reset(designFromJson(R"("components":[
        {"id":"r","kind":"region","props":{"code":"us-east-1"}},
        {"id":"v","kind":"vpc","parent":"r"},
        {"id":"a","kind":"availability-zone","parent":"v"},
        {"id":"s","kind":"subnet","parent":"a"},
        {"id":"eb","kind":"elastic-beanstalk-environment","parent":"r"}])"));
    int n = 0;
    for (const char* kind : kFlowKinds) {
        const std::string label = catalog().find(kind)->label;
        for (const char* parent : {"r", "v", "eb"})
            EXPECT_TRUE(controller.addComponent(make("ok" + std::to_string(n++), kind, parent)))
                << kind << " in " << parent;
        const std::string article =
            std::string("AEIOU").find(label.front()) == std::string::npos ? "A " : "An ";
        const std::string where =
            article + label + " goes inside a Region, a VPC or an Elastic Beanstalk environment.";
        EXPECT_EQ(controller.addComponent(make("no" + std::to_string(n++), kind, "a")).reason(),
                  where);
        EXPECT_EQ(controller.addComponent(make("no" + std::to_string(n++), kind, "s")).reason(),
                  where);
        EXPECT_EQ(controller.addComponent(make("no" + std::to_string(n++), kind, "")).reason(),
                  where);
    }
    EXPECT_TRUE(controller.invariantViolations().empty());
}

TEST(FlowKindsCatalog, ZonelessRegionalServicesReachedThroughTheirEndpoints)
{
    const std::pair<const char*, const char*> endpoints[] = {
        {"kinesis-data-stream", "kinesis-streams"},
        {"step-functions-state-machine", "states"},
        {"eventbridge-bus", "events"},
        {"ecr-repository", "ecr.dkr"}};
    const PropertySpec* service = catalog().find("vpc-endpoint")->prop("service");
    ASSERT_TRUE(service);
    for (const auto& [kind, endpoint] : endpoints) {
        const KindSpec* spec = catalog().find(kind);
        ASSERT_TRUE(spec) << kind;
        EXPECT_TRUE(spec->zoneless) << kind;
        EXPECT_EQ(spec->endpointService, endpoint) << kind;
        EXPECT_EQ(spec->since, 3) << kind;
        EXPECT_EQ(spec->failureDomain, FailureDomain::None) << kind << " is not a drill target";
        EXPECT_FALSE(spec->compute) << kind;
        EXPECT_FALSE(spec->prop("zones")) << kind << " has no zones of its own";
        EXPECT_NE(std::find(service->values.begin(), service->values.end(), endpoint),
                  service->values.end())
            << "a VPC endpoint can name " << endpoint;
        EXPECT_TRUE(kindUnit(kind)) << kind;
        EXPECT_TRUE(kindUnit(kind)->cost) << kind;
    }
    EXPECT_TRUE(catalog().find("kinesis-data-stream")->async);
    EXPECT_TRUE(catalog().find("step-functions-state-machine")->async);
    EXPECT_TRUE(catalog().find("eventbridge-bus")->async);
    EXPECT_FALSE(catalog().find("ecr-repository")->async) << "an image pull is a plain call";
    EXPECT_EQ(catalog().find("kinesis-data-stream")->service, "Messaging");
    EXPECT_EQ(catalog().find("eventbridge-bus")->service, "Messaging");
    EXPECT_EQ(catalog().find("step-functions-state-machine")->service, "Workflows");
    EXPECT_EQ(catalog().find("ecr-repository")->service, "Containers");
}

TEST(FlowKindsCatalog, ADesignUsingThemIsWrittenAsVersionThree)
{
    for (const char* kind : kFlowKinds) {
        Design d = designFromJson(std::string(R"("components":[{"id":"r","kind":"region"},
            {"id":"x","kind":")") +
                                  kind + R"(","parent":"r"}])");
        EXPECT_EQ(formatVersionFor(d), 3) << kind;
    }
}

TEST(FlowKindsSummary, SaysTheModeAndTheVolume)
{
    auto summary = [](const char* kind, const std::string& props) {
        return componentSummary(catalog(), make("c", kind, "", props));
    };
    EXPECT_EQ(summary("kinesis-data-stream", "{}"), "On-demand · 10 GB in");
    EXPECT_EQ(summary("kinesis-data-stream", R"({"mode":"provisioned","shards":4})"), "4 shards");
    EXPECT_EQ(summary("kinesis-data-stream", R"({"mode":"provisioned"})"), "1 shard");
    EXPECT_EQ(summary("step-functions-state-machine", "{}"), "Standard · 100k runs");
    EXPECT_EQ(summary("step-functions-state-machine",
                      R"({"type":"express","executionsPerMonth":2500000})"),
              "Express · 2.5M runs");
    EXPECT_EQ(summary("eventbridge-bus", R"({"eventsPerMonth":3000000})"), "3M events");
    EXPECT_EQ(summary("ecr-repository", R"({"storageGb":12.5})"), "12.5 GB of images");
    // A VPC endpoint to one of them names the service, not its endpoint name.
    EXPECT_EQ(
        summary("vpc-endpoint", R"({"service":"states"})").rfind("Step Functions · interface", 0),
        0u);
    EXPECT_EQ(summary("vpc-endpoint", R"({"service":"ecr.dkr"})").rfind("ECR · interface", 0), 0u);
}
