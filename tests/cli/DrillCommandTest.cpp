#include "CliRunner.h"
#include "model/core/Json.h"

#include <algorithm>
#include <gtest/gtest.h>

namespace {

using azimuth::model::parseJson;

// file-format.md's example: users -> ALB over az-a, az-b -> ASG of 4 over az-a, az-b.
const std::string kExample = AZIMUTH_TEST_DATA "/files/example.azimuth";

TEST(DrillCommand, JsonListsEveryComponentConnectionAndEntryPoint)
{
    CliResult r = runAzimuth({"drill", kExample, "--fail", "az-a", "--format", "json"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_TRUE(r.err.empty()) << r.err;
    auto json = parseJson(r.out);
    EXPECT_EQ(json.find("failed")->asString(), "az-a");
    const auto& comps = json.find("components")->asArray();
    ASSERT_EQ(comps.size(), 6u);
    const char* order[] = {"use1", "az-a", "az-b", "web", "alb", "users"};
    const char* status[] = {"ok", "lost", "ok", "degraded", "degraded", "ok"};
    for (size_t i = 0; i < comps.size(); ++i) {
        EXPECT_EQ(comps[i].find("id")->asString(), order[i]);
        EXPECT_EQ(comps[i].find("status")->asString(), status[i]) << order[i];
    }
    EXPECT_EQ(comps[3].find("capacityBefore")->asNumber(), 4);
    EXPECT_EQ(comps[3].find("capacityAfter")->asNumber(), 2);
    EXPECT_EQ(comps[3].find("recoversTo")->asNumber(), 4);
    EXPECT_EQ(comps[5].find("capacityBefore"), nullptr);
    const auto& conns = json.find("connections")->asArray();
    ASSERT_EQ(conns.size(), 2u);
    EXPECT_EQ(conns[0].find("id")->asString(), "c1");
    EXPECT_FALSE(conns[0].find("broken")->asBool());
    const auto& entries = json.find("entryPoints")->asArray();
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_TRUE(entries[0].find("served")->asBool());
}

TEST(DrillCommand, TextIsTheDefaultAndReadsAloud)
{
    CliResult r = runAzimuth({"drill", kExample, "--fail", "az-b"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out.rfind("us-east-1b fails.\n", 0), 0u) << r.out;
    EXPECT_NE(r.out.find("Web servers 2/4 instances, recovering to 4"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("Customers are still served."), std::string::npos) << r.out;
}

TEST(DrillCommand, ExitsZeroEvenWhenUsersAreNoLongerServed)
{
    CliResult r = runAzimuth({"drill", kExample, "--fail", "use1", "--format", "json"});
    ASSERT_EQ(r.status, 0) << r.err;
    auto json = parseJson(r.out);
    EXPECT_FALSE(json.find("entryPoints")->asArray()[0].find("served")->asBool());
    CliResult text = runAzimuth({"drill", kExample, "--fail", "use1"});
    EXPECT_EQ(text.status, 0);
    EXPECT_NE(text.out.find("Customers are no longer served"), std::string::npos) << text.out;
}

TEST(DrillCommand, FailsSeveralZonesSeparatedByCommas)
{
    CliResult r = runAzimuth({"drill", kExample, "--fail", "az-a,az-b", "--format", "json"});
    ASSERT_EQ(r.status, 0) << r.err;
    auto json = parseJson(r.out);
    EXPECT_EQ(json.find("failed")->asArray().size(), 2u);
    EXPECT_EQ(json.find("components")->asArray()[3].find("status")->asString(), "lost");
}

TEST(DrillCommand, UnknownIdOrWrongKindIsBadInput)
{
    CliResult unknown = runAzimuth({"drill", kExample, "--fail", "nope"});
    EXPECT_EQ(unknown.status, 2);
    EXPECT_TRUE(unknown.out.empty());
    EXPECT_NE(unknown.err.find("no component \"nope\""), std::string::npos) << unknown.err;
    EXPECT_EQ(std::count(unknown.err.begin(), unknown.err.end(), '\n'), 1) << unknown.err;

    CliResult wrongKind = runAzimuth({"drill", kExample, "--fail", "web"});
    EXPECT_EQ(wrongKind.status, 2);
    EXPECT_NE(wrongKind.err.find("not an Availability Zone"), std::string::npos) << wrongKind.err;
}

TEST(DrillCommand, BadArgumentsAndBadFilesAreBadInput)
{
    CliResult missing = runAzimuth({"drill", kExample});
    EXPECT_EQ(missing.status, 2);
    EXPECT_NE(missing.err.find("--fail"), std::string::npos) << missing.err;

    CliResult format = runAzimuth({"drill", kExample, "--fail", "az-a", "--format", "csv"});
    EXPECT_EQ(format.status, 2);
    EXPECT_NE(format.err.find("unknown format \"csv\""), std::string::npos) << format.err;

    std::string dir = scratchDir();
    writeFile(dir + "/bad.azimuth",
              "{\n  \"format\": \"azimuth\",\n  \"version\": 1,\n  \"components\": [ }\n");
    CliResult bad = runAzimuth({"drill", dir + "/bad.azimuth", "--fail", "az-a"});
    EXPECT_EQ(bad.status, 2);
    EXPECT_EQ(bad.err.rfind(dir + "/bad.azimuth:4:", 0), 0u) << bad.err;
    EXPECT_TRUE(bad.out.empty());
}

} // namespace
