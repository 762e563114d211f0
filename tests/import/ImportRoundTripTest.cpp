// import.md "Round trip": for every design Azimuth can export, importing the export gives
// the same components (kinds, parents, names, zones, subnets) and connections, and
// importing an export of an import changes nothing.

#include "model/export/CloudFormationTemplate.h"
#include "model/import/TemplateImporter.h"
#include "model/io/DesignReader.h"
#include "model/io/DesignWriter.h"

#include <filesystem>
#include <gtest/gtest.h>
#include <set>
#include <tuple>

using namespace azimuth::model;

namespace {

std::vector<std::filesystem::path> exportableDesigns()
{
    std::vector<std::filesystem::path> out;
    for (const char* dir : {AZIMUTH_SAMPLES, AZIMUTH_TEST_DATA "/export"})
        for (const auto& entry : std::filesystem::directory_iterator(dir))
            if (entry.path().extension() == ".azimuth") out.push_back(entry.path());
    std::sort(out.begin(), out.end());
    return out;
}

using Place = std::tuple<std::string, std::string, std::string, Json, Json>;

Place placeOf(const Component& c)
{
    const Json* zones = c.props.find("zones");
    const Json* subnets = c.props.find("subnets");
    return {c.kind, c.parent.value, c.name.value_or("<unnamed>"), zones ? *zones : Json::array(),
            subnets ? *subnets : Json::array()};
}

std::multiset<std::tuple<std::string, std::string, std::string>> linksOf(const Design& d)
{
    std::multiset<std::tuple<std::string, std::string, std::string>> out;
    for (const Connection& c : d.connections())
        out.emplace(c.from.value, c.to.value, c.label.value_or(""));
    return out;
}

/// Another valid value of a prop, to see whether the template changes with it.
std::optional<Json> otherValue(const PropertySpec& p, const Json& now)
{
    switch (p.type) {
    case PropType::Int:
    case PropType::Number: {
        const double v = now.isNumber() ? now.asNumber() : 0;
        return Json(p.max && v + 1 > *p.max ? v - 1 : v + 1);
    }
    case PropType::Bool:
        return Json(!(now.isBool() && now.asBool()));
    case PropType::Enum:
        for (const std::string& v : p.values)
            if (!now.isString() || v != now.asString()) return Json(v);
        return std::nullopt;
    case PropType::String:
        return Json((now.isString() ? now.asString() : std::string()) + "x");
    default:
        return std::nullopt; // zones and subnets: compared as places
    }
}

} // namespace

TEST(ImportRoundTrip, ThePropsCloudFormationCarriesComeBack)
{
    // A prop is carried when changing it changes the exported template; every such prop
    // must come back from the import as it was (import.md "Round trip").
    const KindCatalog& catalog = KindCatalog::builtin();
    int carried = 0;
    std::set<std::string> seen;
    for (const auto& path : exportableDesigns()) {
        SCOPED_TRACE(path.filename().string());
        const Design original = readDesignFile(path.string());
        const Json exported = buildCloudFormationTemplate(original, catalog);
        const Design back = importTemplate(exported, "exported.json").design;
        for (const Component& c : original.components()) {
            const KindSpec* spec = catalog.find(c.kind);
            const Component* b = back.component(c.id);
            if (!spec || !b) continue; // the test above reports a missing component
            for (const PropertySpec& p : spec->props) {
                const Json& now = catalog.prop(c, p.name);
                const std::optional<Json> other = otherValue(p, now);
                if (!other) continue;
                Design changed = original;
                changed.mutableComponent(c.id)->props.set(p.name, *other);
                if (buildCloudFormationTemplate(changed, catalog) == exported) continue;
                ++carried;
                seen.insert(c.kind + "." + p.name);
                const Json& came = catalog.prop(*b, p.name);
                if (came == now) continue;
                // A different value is only right when CloudFormation says both the same (a
                // subnet's CIDR the export worked out, a task size Fargate rounds up to).
                Design same = original;
                same.mutableComponent(c.id)->props.set(p.name, came);
                EXPECT_EQ(buildCloudFormationTemplate(same, catalog), exported)
                    << c.id.value << " (" << c.kind << ") " << p.name << " was "
                    << writeJsonCompact(now) << ", came back " << writeJsonCompact(came);
            }
        }
    }
    // The check is not empty: the props a reader relies on are among those carried.
    EXPECT_GT(carried, 100);
    for (const char* p :
         {"ec2-fleet.instanceType", "ec2-fleet.count", "rds-database.multiAz",
          "auto-scaling-group.desired", "lambda-function.memoryMb", "sqs-queue.type",
          "aurora-cluster.instances", "route53-hosted-zone.healthChecks"})
        EXPECT_TRUE(seen.count(p)) << p;
}

TEST(ImportRoundTrip, AnExportImportsAsTheDesignItCameFrom)
{
    const auto designs = exportableDesigns();
    ASSERT_GE(designs.size(), 20u);
    for (const auto& path : designs) {
        SCOPED_TRACE(path.filename().string());
        const Design original = readDesignFile(path.string());
        const Json exported = buildCloudFormationTemplate(original, KindCatalog::builtin());
        const ImportResult imported = importTemplate(exported, "exported.json");
        const Design& back = imported.design;
        EXPECT_EQ(back.components().size(), original.components().size());
        for (const Component& c : original.components()) {
            const Component* b = back.component(c.id);
            ASSERT_NE(b, nullptr) << c.id.value;
            EXPECT_EQ(placeOf(*b), placeOf(c)) << c.id.value;
        }
        EXPECT_EQ(linksOf(back), linksOf(original));
        EXPECT_EQ(back.title, original.title);
        EXPECT_TRUE(imported.report.unmapped.empty());
        // Importing an export of the import changes nothing.
        const ImportResult again =
            importTemplate(buildCloudFormationTemplate(back, KindCatalog::builtin()), "again.json");
        EXPECT_EQ(writeDesign(again.design), writeDesign(back));
    }
}

TEST(ImportRoundTrip, WithoutTheRecordTheResourcesStillGiveKindsPlacesAndConnections)
{
    const Design original = readDesignFile(AZIMUTH_SAMPLES "/ha-web-app-vpc.azimuth");
    Json exported = buildCloudFormationTemplate(original, KindCatalog::builtin());
    exported.erase("Metadata");
    const Design back = importTemplate(exported, "exported.json").design;
    // Logical ids come from the component ids; kinds and the network are the resources'.
    std::multiset<std::string> kinds, backKinds;
    for (const Component& c : original.components())
        if (c.kind != "users") kinds.insert(c.kind);
    for (const Component& c : back.components())
        backKinds.insert(c.kind);
    EXPECT_EQ(backKinds, kinds);
    const Component* web = back.component(ComponentId("Web"));
    ASSERT_NE(web, nullptr);
    EXPECT_EQ(web->parent.value, "Vpc");
    EXPECT_EQ(web->props.find("subnets")->asArray().size(), 2u);
    bool lbToWeb = false, queueToMailer = false;
    for (const Connection& c : back.connections()) {
        lbToWeb = lbToWeb || (c.from.value == "Alb" && c.to.value == "Web");
        queueToMailer = queueToMailer || (c.from.value == "Orders" && c.to.value == "Mailer");
    }
    EXPECT_TRUE(lbToWeb);
    EXPECT_TRUE(queueToMailer);
}

TEST(ImportRoundTrip, UnmappedResourcesAreWrittenBackWithWhatTheyNeed)
{
    const char* text = R"({
      "Parameters": {"Env": {"Type": "String", "Default": "prod"},
                     "Unused": {"Type": "String", "Default": "x"}},
      "Mappings": {"Days": {"dev": {"keep": 3}, "prod": {"keep": 30}}},
      "Conditions": {"IsDev": {"Fn::Equals": [{"Ref": "Env"}, "dev"]},
                     "Keep": {"Fn::Or": [{"Condition": "IsDev"}, {"Fn::Equals": ["a", "a"]}]}},
      "Resources": {
        "Net": {"Type": "AWS::EC2::VPC", "Properties": {"CidrBlock": "10.1.0.0/16"}},
        "Secret": {"Type": "AWS::SecretsManager::Secret", "Condition": "Keep", "DependsOn": "Net",
                   "Properties": {"Description": {"Fn::Sub": "secret of ${Net} in ${Env}"},
                                  "Name": {"Fn::FindInMap": ["Days", {"Ref": "Env"}, "keep"]}}}
      }})";
    ImportOptions options = importOptionsFor("us-east-1");
    options.parameters["Env"] = "dev";
    const ImportResult imported = importTemplateText(text, "t.json", options);
    ASSERT_EQ(imported.report.unmapped,
              (std::vector<std::string>{"Secret (AWS::SecretsManager::Secret)"}));
    const Json exported = buildCloudFormationTemplate(imported.design, KindCatalog::builtin());
    const Json* secret = exported.find("Resources")->find("Secret");
    ASSERT_NE(secret, nullptr) << writeJsonPretty(exported);
    EXPECT_EQ(secret->find("Type")->asString(), "AWS::SecretsManager::Secret");
    EXPECT_EQ(secret->find("Condition")->asString(), "Keep");
    EXPECT_EQ(secret->find("DependsOn")->asString(), "Net");
    EXPECT_EQ(secret->find("Properties")->find("Description")->find("Fn::Sub")->asString(),
              "secret of ${Net} in ${Env}");
    EXPECT_NE(exported.find("Resources")->find("Net"), nullptr);
    // The parameter it needs, with its import-time value; the mapping and both conditions.
    EXPECT_EQ(exported.find("Parameters")->find("Env")->find("Default")->asString(), "dev");
    EXPECT_EQ(exported.find("Parameters")->find("Unused"), nullptr);
    EXPECT_NE(exported.find("Mappings")->find("Days"), nullptr);
    EXPECT_NE(exported.find("Conditions")->find("IsDev"), nullptr);
    EXPECT_NE(exported.find("Conditions")->find("Keep"), nullptr);
    // And it survives the next round.
    const ImportResult again = importTemplate(exported, "again.json");
    EXPECT_EQ(again.report.unmapped, imported.report.unmapped);
    EXPECT_EQ(writeDesign(again.design), writeDesign(imported.design));
}
