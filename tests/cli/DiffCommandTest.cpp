#include "CliRunner.h"
#include "model/core/Json.h"

#include <gtest/gtest.h>

namespace {

using azimuth::model::parseJson;

// file-format.md's example: $310.99 a month, Web servers $282.88 on 4 x m5.large.
const std::string kExample = AZIMUTH_TEST_DATA "/files/example.azimuth";

/// The example with its Web servers on t3.medium: 4 x 730 x $0.0416 = $121.47 plus EBS
/// $2.56 = $124.03; the design $152.14.
std::string smallerExample(const std::string& dir)
{
    std::string text = readFile(kExample);
    text.replace(text.find("m5.large"), 8, "t3.medium");
    writeFile(dir + "/smaller.azimuth", text);
    return dir + "/smaller.azimuth";
}

size_t lineCount(const std::string& s)
{
    return static_cast<size_t>(std::count(s.begin(), s.end(), '\n'));
}

TEST(DiffCommand, ADesignAgainstItselfIsOnlyTheHeadline)
{
    for (const char* format : {"text", "markdown"}) {
        CliResult r = runAzimuth({"diff", kExample, kExample, "--format", format});
        EXPECT_EQ(r.status, 0) << r.err;
        EXPECT_EQ(r.out, "No changes; monthly cost $310.99\n") << format;
        EXPECT_TRUE(r.err.empty()) << r.err;
    }
    CliResult json = runAzimuth({"diff", kExample, kExample, "--format", "json"});
    ASSERT_EQ(json.status, 0) << json.err;
    auto root = parseJson(json.out);
    EXPECT_TRUE(root.find("empty")->asBool());
    EXPECT_TRUE(root.find("structure")->asArray().empty());
    EXPECT_TRUE(root.find("cost")->find("items")->asArray().empty());
    EXPECT_EQ(root.find("cost")->find("delta")->find("monthly")->asNumber(), 0);
}

TEST(DiffCommand, TextSaysWhatChangedAndWhatItCosts)
{
    const std::string dir = scratchDir();
    CliResult r = runAzimuth({"diff", kExample, smallerExample(dir)});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out.rfind("Monthly cost falls $158.85 (-51.1 %) to $152.14\n", 0), 0u) << r.out;
    EXPECT_NE(r.out.find("  Monthly            $310.99 → $152.14  -$158.85 (-51.1 %)\n"),
              std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find("  ~ web (Web servers)  -$158.85 ($282.88 → $124.03)  instanceType "
                         "m5.large → t3.medium\n"),
              std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find("\nStructure\n  ~ auto-scaling-group web (Web servers)  instanceType "
                         "m5.large → t3.medium\n"),
              std::string::npos)
        << r.out;
}

TEST(DiffCommand, MarkdownIsAHeadlineAndTables)
{
    const std::string dir = scratchDir();
    CliResult r = runAzimuth({"diff", smallerExample(dir), kExample, "--format", "markdown"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out.rfind("Monthly cost rises $158.85 (+104.4 %) to $310.99\n\n#### Cost", 0), 0u)
        << r.out;
    EXPECT_NE(r.out.find("| Monthly | $152.14 | $310.99 | +$158.85 (+104.4 %) |\n"),
              std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find("| `~` | `web` Web servers | +$158.85 | $124.03 | $282.88 | instanceType "
                         "t3.medium → m5.large |\n"),
              std::string::npos)
        << r.out;
}

TEST(DiffCommand, JsonHoldsTheFigures)
{
    const std::string dir = scratchDir();
    CliResult r = runAzimuth({"diff", kExample, smallerExample(dir), "--format=json"});
    ASSERT_EQ(r.status, 0) << r.err;
    auto root = parseJson(r.out);
    EXPECT_FALSE(root.find("empty")->asBool());
    const auto* cost = root.find("cost");
    EXPECT_EQ(cost->find("old")->find("monthly")->asNumber(), 310.99);
    EXPECT_EQ(cost->find("new")->find("monthly")->asNumber(), 152.14);
    EXPECT_EQ(cost->find("delta")->find("monthly")->asNumber(), -158.85);
    EXPECT_EQ(cost->find("percent")->asNumber(), -51.1);
    const auto& items = cost->find("items")->asArray();
    ASSERT_EQ(items.size(), 1u);
    EXPECT_EQ(items[0].find("id")->asString(), "web");
    EXPECT_EQ(items[0].find("change")->asString(), "~");
    EXPECT_EQ(items[0].find("delta")->asNumber(), -158.85);
    const auto& changes = items[0].find("changes")->asArray();
    ASSERT_EQ(changes.size(), 1u);
    EXPECT_EQ(changes[0].find("field")->asString(), "instanceType");
    EXPECT_EQ(changes[0].find("old")->asString(), "m5.large");
    EXPECT_EQ(changes[0].find("new")->asString(), "t3.medium");
}

TEST(DiffCommand, FailAboveExitsThreeWhenTheMonthlyTotalRoseByMore)
{
    const std::string dir = scratchDir();
    const std::string smaller = smallerExample(dir);
    CliResult over = runAzimuth({"diff", smaller, kExample, "--fail-above", "100"});
    EXPECT_EQ(over.status, 3) << over.err;
    EXPECT_FALSE(over.out.empty());
    EXPECT_NE(over.err.find("rose $158.85, more than --fail-above $100.00"), std::string::npos)
        << over.err;
    // Exactly the rise is not more than it.
    EXPECT_EQ(runAzimuth({"diff", smaller, kExample, "--fail-above", "158.85"}).status, 0);
    EXPECT_EQ(runAzimuth({"diff", smaller, kExample, "--fail-above=200"}).status, 0);
    // A fall never fails.
    EXPECT_EQ(runAzimuth({"diff", kExample, smaller, "--fail-above", "0"}).status, 0);
    CliResult bad = runAzimuth({"diff", smaller, kExample, "--fail-above", "ten"});
    EXPECT_EQ(bad.status, 2);
    EXPECT_NE(bad.err.find("--fail-above"), std::string::npos);
    EXPECT_TRUE(bad.out.empty());
}

TEST(DiffCommand, DashReadsStandardInput)
{
    const std::string dir = scratchDir();
    const std::string smaller = smallerExample(dir);
    CliResult r = runAzimuthWithInput({"diff", "-", smaller}, readFile(kExample));
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out.rfind("Monthly cost falls $158.85", 0), 0u) << r.out;
    CliResult other = runAzimuthWithInput({"diff", smaller, "-"}, readFile(kExample));
    ASSERT_EQ(other.status, 0) << other.err;
    EXPECT_EQ(other.out.rfind("Monthly cost rises $158.85", 0), 0u) << other.out;

    CliResult hostile =
        runAzimuthWithInput({"diff", "-", smaller}, "{ \"format\": \"azimuth\",\n [");
    EXPECT_EQ(hostile.status, 2);
    EXPECT_EQ(hostile.err.rfind("stdin:2:", 0), 0u) << hostile.err;
    EXPECT_TRUE(hostile.out.empty());

    CliResult both = runAzimuthWithInput({"diff", "-", "-"}, readFile(kExample));
    EXPECT_EQ(both.status, 2);
    EXPECT_NE(both.err.find("only one of OLD and NEW"), std::string::npos) << both.err;
}

TEST(DiffCommand, AMissingOrHostileFileExitsTwoWithTheLoadersMessage)
{
    const std::string dir = scratchDir();
    writeFile(dir + "/bad.azimuth",
              "{\n  \"format\": \"azimuth\",\n  \"version\": 1,\n  \"components\": [ }\n");
    writeFile(dir + "/dup.azimuth", R"({ "format": "azimuth", "version": 1, "components": [
      { "id": "a", "kind": "users" }, { "id": "a", "kind": "users" } ] })");
    const std::string missing = dir + "/missing.azimuth";

    struct Case
    {
        std::string oldFile, newFile, message;
    };
    const Case cases[] = {
        {missing, kExample, missing + ": cannot open the design"},
        {kExample, missing, missing + ": cannot open the design"},
        {kExample, dir + "/bad.azimuth", dir + "/bad.azimuth:4:"},
        {dir + "/dup.azimuth", kExample, dir + "/dup.azimuth:2:"},
        // Both unusable: the first one's message.
        {dir + "/bad.azimuth", dir + "/dup.azimuth", dir + "/bad.azimuth:4:"},
        {missing, dir + "/bad.azimuth", missing + ": cannot open the design"},
    };
    for (const auto& c : cases) {
        CliResult r = runAzimuth({"diff", c.oldFile, c.newFile});
        EXPECT_EQ(r.status, 2) << c.oldFile << " " << c.newFile;
        EXPECT_EQ(r.err.rfind(c.message, 0), 0u) << r.err;
        EXPECT_EQ(lineCount(r.err), 1u) << r.err;
        EXPECT_TRUE(r.out.empty()) << r.out;
    }
}

TEST(DiffCommand, BadArgumentsExitTwo)
{
    CliResult one = runAzimuth({"diff", kExample});
    EXPECT_EQ(one.status, 2);
    EXPECT_NE(one.err.find("expected OLD and NEW"), std::string::npos) << one.err;
    CliResult format = runAzimuth({"diff", kExample, kExample, "--format", "html"});
    EXPECT_EQ(format.status, 2);
    EXPECT_NE(format.err.find("html"), std::string::npos);
    const std::string dir = scratchDir();
    writeFile(dir + "/prices.json", "{ not json");
    CliResult prices = runAzimuth({"diff", kExample, kExample, "--prices", dir + "/prices.json"});
    EXPECT_EQ(prices.status, 2);
    EXPECT_NE(prices.err.find("prices.json"), std::string::npos) << prices.err;
}

TEST(DiffCommand, HelpListsIt)
{
    CliResult r = runAzimuth({"--help"});
    ASSERT_EQ(r.status, 0);
    EXPECT_NE(r.out.find("azimuth diff   OLD NEW [--format text|markdown|json] [--fail-above USD]"),
              std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find("--fail-above"), std::string::npos);
}

} // namespace
