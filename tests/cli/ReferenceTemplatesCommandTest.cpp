// Every public reference template (tests/data/import/widdix), imported with its defaults,
// goes through every command a user runs next: `check` gives exactly the findings true of
// it, `cost` prices it, `render` draws it, `cloudformation` exports it (the exports pass
// cfn-lint in the reference-import-lint test).

#include "CliRunner.h"

#include <filesystem>
#include <gtest/gtest.h>
#include <map>
#include <regex>

namespace {

const std::string kDir = AZIMUTH_TEST_DATA "/import/widdix";

/// The rule ids of `check --format json`'s findings, in its order.
std::vector<std::string> ruleIds(const std::string& json)
{
    std::vector<std::string> out;
    static const std::regex rule(R"re("rule": "([a-z0-9.\-]+)")re");
    for (auto it = std::sregex_iterator(json.begin(), json.end(), rule);
         it != std::sregex_iterator(); ++it)
        out.push_back((*it)[1].str());
    return out;
}

} // namespace

TEST(ReferenceTemplates, EachImportsChecksCostsRendersAndExports)
{
    // Each is true of the template as imported with its defaults: rds-mysql's db.t2.micro
    // has no cited price (docs/price-catalog.md), and a lone On-Demand instance or group
    // running all month is worth a Savings Plan.
    const std::map<std::string, std::vector<std::string>> findings = {
        {"ec2_al2-mutable-public", {"availability.single-az", "cost.on-demand-long-term"}},
        {"fargate_cluster", {"availability.lb-no-targets"}}, // the services are other stacks
        {"fargate_service-dedicated-alb", {}},
        {"jenkins_jenkins2-ha", {"availability.az-loss", "cost.on-demand-long-term"}},
        {"state_dynamodb", {}},
        {"state_elasticache-redis", {}},
        {"state_rds-aurora", {}},
        {"state_rds-mysql", {"region.unavailable"}},
        {"state_s3", {}},
        {"static-website_static-website", {}},
        {"vpc_vpc-2azs", {}},
        {"vpc_vpc-3azs", {}},
        {"vpc_vpc-endpoint-s3", {}},
        {"vpc_vpc-nat-gateway", {}},
    };
    size_t seen = 0;
    for (const auto& entry : std::filesystem::directory_iterator(kDir)) {
        if (entry.path().extension() != ".yaml") continue;
        const std::string name = entry.path().stem().string();
        SCOPED_TRACE(name);
        ++seen;
        auto expected = findings.find(name);
        ASSERT_NE(expected, findings.end()) << "no expected findings listed";
        const std::string dir = scratchDir();
        const std::string design = dir + "/" + name + ".azimuth";

        CliResult imported = runAzimuth({"import", entry.path().string(), "-o", design});
        ASSERT_EQ(imported.status, 0) << imported.err;

        CliResult check = runAzimuth({"check", design, "--format", "json"});
        EXPECT_EQ(ruleIds(check.out), expected->second) << check.out;
        const bool errors = check.out.find(R"("severity": "error")") != std::string::npos;
        EXPECT_EQ(check.status, errors ? 1 : 0) << check.err;

        CliResult cost = runAzimuth({"cost", design, "--format", "json"});
        EXPECT_EQ(cost.status, 0) << cost.err;
        EXPECT_NE(cost.out.find("\"monthly\":"), std::string::npos) << cost.out;

        for (const char* ext : {"png", "svg"}) {
            const std::string image = dir + "/" + name + "." + ext;
            CliResult render = runAzimuth({"render", design, "-o", image});
            EXPECT_EQ(render.status, 0) << ext << ": " << render.err;
            const std::string bytes = readFile(image);
            EXPECT_GT(bytes.size(), 2000u) << ext;
            if (std::string(ext) == "png")
                EXPECT_EQ(bytes.substr(1, 3), "PNG");
            else
                EXPECT_NE(bytes.find("<svg"), std::string::npos);
        }

        for (const char* ext : {"json", "yaml"}) {
            const std::string t = dir + "/" + name + "." + ext;
            CliResult cfn = runAzimuth({"cloudformation", design, "-o", t});
            EXPECT_EQ(cfn.status, 0) << ext << ": " << cfn.err;
            EXPECT_NE(readFile(t).find("AWS::"), std::string::npos) << ext;
        }
    }
    EXPECT_EQ(seen, findings.size());
}
