#include "model/rules/FindingsReport.h"

#include "RuleTestSupport.h"
#include "model/core/Json.h"
#include "model/io/DesignReader.h"

#include <gtest/gtest.h>
#include <set>

using namespace azimuth;
using namespace azimuth::test;
using model::Json;

namespace {

model::Design oneZone()
{
    return model::readDesignFile(AZIMUTH_TEST_DATA "/rules/one-zone-alb.azimuth");
}

} // namespace

TEST(FindingsReport, JsonHasTheShapeOfTheCliSpec)
{
    auto d = oneZone();
    auto findings = check(d);
    auto json = model::parseJson(model::findingsJson("web.azimuth", findings));
    EXPECT_EQ(json.find("file")->asString(), "web.azimuth");
    const auto& list = json.find("findings")->asArray();
    ASSERT_EQ(list.size(), findings.size());
    EXPECT_EQ(list[0].find("rule")->asString(), findings[0].rule);
    EXPECT_EQ(list[0].find("severity")->asString(), "error");
    EXPECT_EQ(list[0].find("components")->asArray()[0].asString(), findings[0].components[0].value);
    EXPECT_EQ(list[0].find("message")->asString(), findings[0].message);
    EXPECT_EQ(list[0].find("hint")->asString(), findings[0].hint);
    auto s = model::summarize(findings);
    const Json* summary = json.find("summary");
    EXPECT_EQ(summary->find("errors")->asNumber(), s.errors);
    EXPECT_EQ(summary->find("warnings")->asNumber(), s.warnings);
    EXPECT_EQ(summary->find("info")->asNumber(), s.info);
    EXPECT_GT(s.errors, 0);
}

TEST(FindingsReport, EmptyJsonIsValid)
{
    auto json = model::parseJson(model::findingsJson("a.azimuth", {}));
    EXPECT_TRUE(json.find("findings")->asArray().empty());
    EXPECT_EQ(json.find("summary")->find("errors")->asNumber(), 0);
}

TEST(FindingsReport, SarifPointsAtTheComponentsLine)
{
    auto d = oneZone();
    auto findings = check(d);
    auto sarif = model::parseJson(
        model::findingsSarif("dir with space/web.azimuth", d, findings, "1.2.3", "/home/ci/repo"));
    EXPECT_EQ(sarif.find("version")->asString(), "2.1.0");
    const auto& runs = sarif.find("runs")->asArray();
    ASSERT_EQ(runs.size(), 1u);
    const Json& driver = *runs[0].find("tool")->find("driver");
    EXPECT_EQ(driver.find("name")->asString(), "azimuth");
    const auto& rules = driver.find("rules")->asArray();
    const auto& results = runs[0].find("results")->asArray();
    ASSERT_EQ(results.size(), findings.size());
    std::set<std::string> used;
    for (const auto& f : findings)
        used.insert(f.rule);
    EXPECT_EQ(rules.size(), used.size());
    for (size_t k = 0; k < results.size(); ++k) {
        const Json& r = results[k];
        const auto index = static_cast<size_t>(r.find("ruleIndex")->asNumber());
        ASSERT_LT(index, rules.size());
        EXPECT_EQ(rules[index].find("id")->asString(), r.find("ruleId")->asString());
        const std::string level = r.find("level")->asString();
        EXPECT_TRUE(level == "error" || level == "warning" || level == "note") << level;
        const Json& physical = *r.find("locations")->asArray()[0].find("physicalLocation");
        EXPECT_EQ(physical.find("artifactLocation")->find("uri")->asString(),
                  "dir%20with%20space/web.azimuth");
        EXPECT_EQ(physical.find("artifactLocation")->find("uriBaseId")->asString(), "%SRCROOT%");
        const auto* first = d.component(findings[k].components.front());
        EXPECT_EQ(physical.find("region")->find("startLine")->asNumber(), first->sourceLine);
    }
    // The ALB's finding points at the ALB's line in the file (line 9).
    bool sawAlb = false;
    for (size_t k = 0; k < findings.size(); ++k)
        if (findings[k].rule == "availability.lb-single-az") {
            sawAlb = true;
            EXPECT_EQ(results[k].find("level")->asString(), "error");
            EXPECT_EQ(results[k]
                          .find("locations")
                          ->asArray()[0]
                          .find("physicalLocation")
                          ->find("region")
                          ->find("startLine")
                          ->asNumber(),
                      9);
        }
    EXPECT_TRUE(sawAlb);
}

/// The artifact location of a SARIF log's first result, and its run.
struct SarifPlace
{
    std::string uri;
    const Json* baseId = nullptr;
    const Json* bases = nullptr;
    Json log;
};

SarifPlace sarifPlace(const std::string& file, const std::string& workingDirectory)
{
    auto d = oneZone();
    SarifPlace place;
    place.log =
        model::parseJson(model::findingsSarif(file, d, check(d), "1.2.3", workingDirectory));
    const Json& run = place.log.find("runs")->asArray()[0];
    const Json& loc = *run.find("results")
                           ->asArray()[0]
                           .find("locations")
                           ->asArray()[0]
                           .find("physicalLocation")
                           ->find("artifactLocation");
    place.uri = loc.find("uri")->asString();
    place.baseId = loc.find("uriBaseId");
    place.bases = run.find("originalUriBaseIds");
    // The run's artifact says the same as each result.
    const Json& artifact = *run.find("artifacts")->asArray()[0].find("location");
    EXPECT_EQ(artifact.find("uri")->asString(), place.uri);
    EXPECT_EQ(artifact.find("uriBaseId") != nullptr, place.baseId != nullptr);
    return place;
}

TEST(FindingsReport, SarifGivesAPathUnderTheWorkingDirectoryRelativeToSrcRoot)
{
    // An absolute path inside the checkout: what code-scanning services place on the file.
    for (const std::string& file :
         {std::string("/home/ci/repo/designs/web.azimuth"), std::string("designs/web.azimuth"),
          std::string("./designs/../designs/web.azimuth")}) {
        const SarifPlace place = sarifPlace(file, "/home/ci/repo");
        EXPECT_EQ(place.uri, "designs/web.azimuth") << file;
        ASSERT_TRUE(place.baseId) << file;
        EXPECT_EQ(place.baseId->asString(), "%SRCROOT%");
        ASSERT_TRUE(place.bases);
        EXPECT_EQ(place.bases->find("%SRCROOT%")->find("uri")->asString(), "file:///home/ci/repo/");
    }
    // A trailing slash on the directory changes nothing; spaces are encoded in both.
    const SarifPlace spaced = sarifPlace("/home/my repo/a b.azimuth", "/home/my repo/");
    EXPECT_EQ(spaced.uri, "a%20b.azimuth");
    EXPECT_EQ(spaced.bases->find("%SRCROOT%")->find("uri")->asString(), "file:///home/my%20repo/");
}

TEST(FindingsReport, SarifGivesAFileOutsideTheWorkingDirectoryAnAbsoluteUri)
{
    for (const auto& [file, uri] :
         {std::pair<std::string, std::string>{"/tmp/web.azimuth", "file:///tmp/web.azimuth"},
          {"/home/ci/repository/web.azimuth", "file:///home/ci/repository/web.azimuth"},
          {"../other/web.azimuth", "file:///home/ci/other/web.azimuth"}}) {
        const SarifPlace place = sarifPlace(file, "/home/ci/repo");
        EXPECT_EQ(place.uri, uri) << file;
        EXPECT_EQ(place.baseId, nullptr) << file;
        EXPECT_EQ(place.bases, nullptr) << file;
    }
}

TEST(FindingsReport, TextIsGroupedBySeverity)
{
    auto d = oneZone();
    auto text = model::findingsText("web.azimuth", check(d));
    const auto errors = text.find("\nERRORS\n");
    const auto warnings = text.find("\nWARNINGS\n");
    ASSERT_NE(errors, std::string::npos);
    ASSERT_NE(warnings, std::string::npos);
    EXPECT_LT(errors, warnings);
    EXPECT_NE(text.find("availability.lb-single-az  [alb]"), std::string::npos);
    EXPECT_NE(text.find("hint: "), std::string::npos);
    EXPECT_EQ(model::findingsText("a.azimuth", {}), "a.azimuth: no findings\n");
}
