#include "model/diff/DiffReport.h"

#include "DiffPairs.h"
#include "model/cost/PriceCatalog.h"
#include "model/diff/DesignDiff.h"
#include "model/diff/DiffWords.h"

#include <gtest/gtest.h>

namespace {

using namespace azimuth::model;
using azimuth::test::designFromJson;
using azimuth::test::WebTier;
using azimuth::test::webTier;

DesignDiff diff(const Design& a, const Design& b)
{
    return diffDesigns(a, b, PriceCatalog::builtin());
}

TEST(DiffWords, MoneyAndPercentages)
{
    EXPECT_EQ(dollars(630.4), "$630.40");
    EXPECT_EQ(dollars(12345.678), "$12,345.68");
    EXPECT_EQ(dollars(-1234.5), "-$1,234.50");
    EXPECT_EQ(signedDollars(25), "+$25.00");
    EXPECT_EQ(signedDollars(-0.004), "$0.00");
    EXPECT_EQ(percentText(4.1268), "+4.1 %");
    EXPECT_EQ(percentText(-51.0789), "-51.1 %");
    EXPECT_EQ(percentText(0.01), "0.0 %");
    EXPECT_EQ(percentText(std::nullopt), "new");
}

TEST(DiffWords, ValuesReadAsAPersonWroteThem)
{
    EXPECT_EQ(valueText(Json("t3.small")), "t3.small");
    EXPECT_EQ(valueText(Json("Web servers")), "\"Web servers\"");
    EXPECT_EQ(valueText(Json("")), "\"\"");
    EXPECT_EQ(valueText(Json(0.1 + 0.2)), "0.3");
    EXPECT_EQ(valueText(Json()), "(none)");
    EXPECT_EQ(valueText(Json(Json::Array{Json("az-a"), Json("az-b")})), "[az-a, az-b]");
    EXPECT_EQ(fieldsText({{"instanceType", Json("t3.small"), Json("t3.medium")},
                          {"desired", Json(2), Json(4)}}),
              "instanceType t3.small → t3.medium, desired 2 → 4");
}

TEST(DiffReport, HeadlineCountsFindingsAndOutagesBothWays)
{
    WebTier single;
    single.webZones = R"(["az-a"])";
    EXPECT_EQ(diffHeadline(diff(webTier(single), webTier())),
              "Monthly cost unchanged at $310.99; 3 warnings resolved; users now served through "
              "1 more outage");
    EXPECT_EQ(diffHeadline(diff(webTier(), webTier(single))),
              "Monthly cost unchanged at $310.99; 3 warnings introduced; users no longer served "
              "through 1 outage");
}

TEST(DiffReport, AStructureOnlyChangeSaysWhatChangedInTheHeadline)
{
    WebTier relabelled;
    relabelled.c1Label = "HTTP";
    EXPECT_EQ(diffHeadline(diff(webTier(), webTier(relabelled))),
              "Monthly cost unchanged at $310.99; 1 connection changed");
}

TEST(DiffReport, TextOfAnAzAddedToAGroup)
{
    WebTier single;
    single.webZones = R"(["az-a"])";
    const std::string text = diffText(diff(webTier(single), webTier()));
    EXPECT_NE(text.find("\nResilience (users served when it fails, old → new)\n"
                        "  us-east-1a fails: Customers served  no → yes\n"),
              std::string::npos)
        << text;
    EXPECT_NE(text.find("  - warning  availability.asg-single-az  web: "), std::string::npos)
        << text;
    EXPECT_NE(text.find("  ~ auto-scaling-group web (Web servers)  zones [az-a] → [az-a, az-b]\n"),
              std::string::npos)
        << text;
    // No money moved: no cost section.
    EXPECT_EQ(text.find("\nCost"), std::string::npos) << text;
}

TEST(DiffReport, MarkdownKeepsUserTextInsideItsCell)
{
    const std::string components = R"("components": [
        { "id": "u", "kind": "users", "name": "A | B <script>alert(1)</script> **x**" } ])";
    const Design a = designFromJson(R"("components": [])");
    const Design b = designFromJson(components);
    const std::string md = diffMarkdown(diff(a, b));
    EXPECT_NE(md.find("| `+` | users | `u` A \\| B &lt;script&gt;alert(1)&lt;/script&gt; "
                      "\\*\\*x\\*\\* |  |\n"),
              std::string::npos)
        << md;
    EXPECT_EQ(md.find("<script>"), std::string::npos);
}

TEST(DiffReport, JsonOfAnEmptyDiffHasEverySection)
{
    const Design d = webTier();
    const Json json = parseJson(diffJson("a.azimuth", "b.azimuth", diff(d, d)));
    EXPECT_EQ(json.find("headline")->asString(), "No changes; monthly cost $310.99");
    EXPECT_TRUE(json.find("empty")->asBool());
    EXPECT_EQ(json.find("cost")->find("percent")->asNumber(), 0);
    EXPECT_TRUE(json.find("findings")->find("introduced")->asArray().empty());
    EXPECT_TRUE(json.find("resilience")->asArray().empty());
    EXPECT_TRUE(json.find("structure")->asArray().empty());
}

TEST(DiffReport, JsonResilienceLineAndAPercentFromNothing)
{
    WebTier single;
    single.webZones = R"(["az-a"])";
    Json json = parseJson(diffJson("a", "b", diff(webTier(single), webTier())));
    const auto& lines = json.find("resilience")->asArray();
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_EQ(lines[0].find("failed")->asString(), "az-a");
    EXPECT_EQ(lines[0].find("usersName")->asString(), "Customers");
    EXPECT_FALSE(lines[0].find("old")->asBool());
    EXPECT_TRUE(lines[0].find("new")->asBool());

    json = parseJson(diffJson("a", "b", diff(designFromJson(R"("components": [])"), webTier())));
    EXPECT_TRUE(json.find("cost")->find("percent")->isNull());
    EXPECT_EQ(json.find("cost")->find("delta")->find("monthly")->asNumber(), 310.99);
}

} // namespace
