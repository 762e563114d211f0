// The YAML writer: every string is a double-quoted, escaped scalar; structure and
// types match the JSON value.

#include "model/export/CloudFormationYaml.h"

#include <gtest/gtest.h>

using namespace azimuth::model;

TEST(CloudFormationYaml, QuotesAndEscapesEveryString)
{
    EXPECT_EQ(quoteYaml("plain"), "\"plain\"");
    EXPECT_EQ(quoteYaml("say \"hi\" \\ bye"), R"("say \"hi\" \\ bye")");
    EXPECT_EQ(quoteYaml("a\nb\tc\rd"), R"("a\nb\tc\rd")");
    EXPECT_EQ(quoteYaml(std::string("nul\0bell\x07", 9)), R"("nul\x00bell\x07")");
    EXPECT_EQ(quoteYaml("del\x7f"), R"("del\x7F")");
    // YAML's own line breaks, a BOM and C1 controls are escaped, other UTF-8 kept.
    EXPECT_EQ(quoteYaml("x\xE2\x80\xA8y\xE2\x80\xA9z\xC2\x85w"), R"("x\Ly\Pz\Nw")");
    EXPECT_EQ(quoteYaml("\xEF\xBB\xBFq\xC2\x9B"), R"("\uFEFFq\u009B")");
    EXPECT_EQ(quoteYaml("名前 Ünï"), "\"名前 Ünï\"");
    EXPECT_EQ(quoteYaml("<script>&\"]]>"), R"("<script>&\"]]>")");
}

TEST(CloudFormationYaml, WritesBlockStructureWithLongFormIntrinsics)
{
    Json ref = Json::object();
    ref.set("Ref", "Web");
    Json getAtt = Json::object();
    getAtt.set("Fn::GetAtt", Json(Json::Array{Json("Fn"), Json("Arn")}));
    Json tag = Json::object();
    tag.set("Key", "Name");
    tag.set("Value", "yes");
    Json props = Json::object();
    props.set("Target", ref);
    props.set("Role", getAtt);
    props.set("Tags", Json(Json::Array{tag}));
    props.set("Count", 3);
    props.set("Ratio", 0.5);
    props.set("Huge", 1e21);
    props.set("On", true);
    props.set("Empty", Json::array());
    props.set("Nothing", Json::object());
    Json root = Json::object();
    root.set("AWSTemplateFormatVersion", "2010-09-09");
    root.set("Props", props);
    EXPECT_EQ(writeCloudFormationYaml(root), "AWSTemplateFormatVersion: \"2010-09-09\"\n"
                                             "Props:\n"
                                             "  Target:\n"
                                             "    Ref: \"Web\"\n"
                                             "  Role:\n"
                                             "    Fn::GetAtt:\n"
                                             "      - \"Fn\"\n"
                                             "      - \"Arn\"\n"
                                             "  Tags:\n"
                                             "    - Key: \"Name\"\n"
                                             "      Value: \"yes\"\n"
                                             "  Count: 3\n"
                                             "  Ratio: 0.5\n"
                                             "  Huge: 1.0e+21\n"
                                             "  \"On\": true\n"
                                             "  Empty: []\n"
                                             "  Nothing: {}\n");
}

TEST(CloudFormationYaml, KeysThatCouldChangeMeaningAreQuoted)
{
    Json root = Json::object();
    for (const char* key : {"Y", "no", "null", "a b", "x:", "-x", "#c", "Fn::"})
        root.set(key, 1);
    EXPECT_EQ(writeCloudFormationYaml(root), "\"Y\": 1\n\"no\": 1\n\"null\": 1\n\"a b\": 1\n"
                                             "\"x:\": 1\n\"-x\": 1\n\"#c\": 1\n\"Fn::\": 1\n");
}
