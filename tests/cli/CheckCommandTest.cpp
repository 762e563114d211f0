#include "CliRunner.h"
#include "model/core/Json.h"

#include <filesystem>
#include <gtest/gtest.h>

namespace {

namespace model = azimuth::model;

const std::string kTextbook = AZIMUTH_TEST_DATA "/rules/textbook-ha.azimuth";
const std::string kOneZone = AZIMUTH_TEST_DATA "/rules/one-zone-alb.azimuth";
const std::string kWarnings = AZIMUTH_TEST_DATA "/rules/warnings-only.azimuth";

TEST(CheckCommand, TextbookDesignExitsZeroWithoutErrorsOrWarnings)
{
    CliResult r = runAzimuth({"check", kTextbook});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_TRUE(r.err.empty());
    EXPECT_NE(r.out.find("0 errors, 0 warnings"), std::string::npos) << r.out;
    EXPECT_EQ(r.out.find("ERRORS"), std::string::npos);
    EXPECT_EQ(r.out.find("WARNINGS"), std::string::npos);
}

TEST(CheckCommand, AnErrorFindingExitsOne)
{
    CliResult r = runAzimuth({"check", kOneZone});
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.out.find("availability.lb-single-az  [alb]"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("Application Load Balancer \"Web ALB\""), std::string::npos);
    EXPECT_LT(r.out.find("ERRORS"), r.out.find("WARNINGS"));
}

TEST(CheckCommand, WarningsAloneExitZero)
{
    CliResult r = runAzimuth({"check", kWarnings, "--format", "json"});
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_NE(r.out.find("\"summary\": { \"errors\": 0, \"warnings\": 3, \"info\": 0 }"),
              std::string::npos)
        << r.out;
    // A name with quotes is escaped in JSON.
    EXPECT_NE(r.out.find(R"(\"Jobs \"urgent\"\")"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("\"file\": \"" + kWarnings + "\""), std::string::npos);
}

TEST(CheckCommand, SarifOutput)
{
    CliResult r = runAzimuth({"check", kOneZone, "--format=sarif"});
    EXPECT_EQ(r.status, 1) << r.err;
    EXPECT_NE(r.out.find("\"version\": \"2.1.0\""), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("\"name\": \"azimuth\""), std::string::npos);
    EXPECT_NE(r.out.find("\"ruleId\": \"availability.lb-single-az\""), std::string::npos);
    EXPECT_NE(r.out.find("\"startLine\": 9"), std::string::npos);
}

/// The artifact location of the first result of a SARIF log, and the run's base ids.
std::pair<model::Json, const model::Json*> sarifLocation(const model::Json& log)
{
    const model::Json& run = log.find("runs")->asArray()[0];
    const model::Json& result = run.find("results")->asArray()[0];
    return {
        *result.find("locations")->asArray()[0].find("physicalLocation")->find("artifactLocation"),
        run.find("originalUriBaseIds")};
}

TEST(CheckCommand, SarifPathsUnderTheWorkingDirectoryAreRelativeToSrcRoot)
{
    // A design inside the directory the command runs in, named by its absolute path, as
    // CI scripts do.
    const std::filesystem::path cwd = std::filesystem::current_path();
    const std::string dirName = "sarif-" + std::filesystem::path(scratchDir()).filename().string();
    std::filesystem::create_directory(cwd / dirName);
    const std::string inside = (cwd / dirName / "one zone.azimuth").string();
    writeFile(inside, readFile(kOneZone));
    CliResult r = runAzimuth({"check", inside, "--format", "sarif"});
    std::filesystem::remove_all(cwd / dirName);
    EXPECT_EQ(r.status, 1) << r.err;
    const model::Json log = model::parseJson(r.out);
    const auto [location, bases] = sarifLocation(log);
    EXPECT_EQ(location.find("uri")->asString(), dirName + "/one%20zone.azimuth");
    ASSERT_TRUE(location.find("uriBaseId"));
    EXPECT_EQ(location.find("uriBaseId")->asString(), "%SRCROOT%");
    ASSERT_TRUE(bases);
    const std::string root = bases->find("%SRCROOT%")->find("uri")->asString();
    EXPECT_EQ(root.rfind("file:///", 0), 0u) << root;
    EXPECT_EQ(root.back(), '/');

    // The test data lies outside the directory the tests run in: an absolute URI.
    CliResult outside = runAzimuth({"check", kOneZone, "--format", "sarif"});
    const model::Json outsideLog = model::parseJson(outside.out);
    const auto [far, noBases] = sarifLocation(outsideLog);
    EXPECT_EQ(far.find("uri")->asString(),
              "file://" + std::filesystem::path(kOneZone).lexically_normal().generic_string());
    EXPECT_EQ(far.find("uriBaseId"), nullptr);
    EXPECT_EQ(noBases, nullptr);
}

TEST(CheckCommand, BadInputExitsTwoWithOneLine)
{
    CliResult format = runAzimuth({"check", kTextbook, "--format", "xml"});
    EXPECT_EQ(format.status, 2);
    EXPECT_NE(format.err.find("xml"), std::string::npos);
    EXPECT_TRUE(format.out.empty());

    CliResult missing = runAzimuth({"check", "/no/such/file.azimuth"});
    EXPECT_EQ(missing.status, 2);
    EXPECT_NE(missing.err.find("/no/such/file.azimuth"), std::string::npos);

    std::string dir = scratchDir();
    writeFile(dir + "/bad.azimuth",
              "{\n  \"format\": \"azimuth\",\n  \"version\": 1,\n  \"components\": [ }\n");
    CliResult bad = runAzimuth({"check", dir + "/bad.azimuth"});
    EXPECT_EQ(bad.status, 2);
    EXPECT_NE(bad.err.find(dir + "/bad.azimuth:4:"), std::string::npos) << bad.err;

    CliResult none = runAzimuth({"check"});
    EXPECT_EQ(none.status, 2);
}

TEST(CheckCommand, OwnPriceCatalogDecidesWhatARegionOffers)
{
    // The built-in catalog without c5.large in us-east-1, and the textbook design on c5.large.
    std::string dir = scratchDir();
    model::Json prices =
        model::parseJson(readFile(AZIMUTH_TEST_DATA "/../../resources/pricing/aws-prices.json"));
    model::Json* ec2 = prices.find("regions")->find("us-east-1")->find("ec2");
    ASSERT_TRUE(ec2 && ec2->erase("c5.large"));
    writeFile(dir + "/prices.json", model::writeJsonPretty(prices));
    std::string design = readFile(kTextbook);
    design.replace(design.find("m5.large"), 8, "c5.large");
    writeFile(dir + "/web.azimuth", design);

    CliResult builtin = runAzimuth({"check", dir + "/web.azimuth"});
    EXPECT_EQ(builtin.status, 0) << builtin.out << builtin.err;
    CliResult own = runAzimuth({"check", dir + "/web.azimuth", "--prices", dir + "/prices.json"});
    EXPECT_EQ(own.status, 1) << own.err;
    EXPECT_NE(own.out.find("region.unavailable  [web]"), std::string::npos) << own.out;
    EXPECT_NE(own.out.find("c5.large"), std::string::npos);
}

TEST(CheckCommand, ABadPriceCatalogIsRefused)
{
    std::string dir = scratchDir();
    writeFile(dir + "/prices.json", "{ not json");
    CliResult r = runAzimuth({"check", kTextbook, "--prices", dir + "/prices.json"});
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.err.find("prices.json"), std::string::npos) << r.err;
    EXPECT_TRUE(r.out.empty());
}

} // namespace
