#include "model/controller/DocumentController.h"

#include "model/io/DesignWriter.h"
#include "support/TestDesigns.h"

#include <gtest/gtest.h>

using namespace azimuth::model;
using azimuth::test::designFromJson;

namespace {

/// Records what observers are told, in order.
struct Recorder : DocumentObserver
{
    std::vector<std::string> events;
    void componentAdded(const ComponentId& id) override { events.push_back("+" + id.value); }
    void componentRemoved(const ComponentId& id) override { events.push_back("-" + id.value); }
    void componentChanged(const ComponentId& id) override { events.push_back("~" + id.value); }
    void componentReparented(const ComponentId& id, const ComponentId& old) override
    {
        events.push_back("^" + id.value + "<" + old.value);
    }
    void connectionAdded(const ConnectionId& id) override { events.push_back("+>" + id.value); }
    void connectionRemoved(const ConnectionId& id) override { events.push_back("->" + id.value); }
    void connectionChanged(const ConnectionId& id) override { events.push_back("~>" + id.value); }
    void designChanged() override { events.push_back("design"); }
    void designReset() override { events.push_back("reset"); }
};

Component make(const char* id, const char* kind, const char* parent = "")
{
    Component c;
    c.id = ComponentId(id);
    c.kind = kind;
    c.parent = ComponentId(parent);
    return c;
}

class DocumentControllerTest : public ::testing::Test
{
  protected:
    void SetUp() override
    {
        controller.setCheckInvariants(true);
        controller.reset(designFromJson(R"("components":[
            {"id":"r","kind":"region"},
            {"id":"a","kind":"availability-zone","parent":"r"},
            {"id":"b","kind":"availability-zone","parent":"r"},
            {"id":"f","kind":"ec2-fleet","parent":"a","props":{"count":2}},
            {"id":"g","kind":"auto-scaling-group","parent":"r","props":{"zones":["a","b"]}},
            {"id":"u","kind":"users"}],
            "connections":[{"id":"c1","from":"u","to":"g"},{"id":"c2","from":"g","to":"f"}])"));
        controller.addObserver(&recorder);
        before = writeDesign(controller.design());
    }

    void expectInvariants() { EXPECT_TRUE(controller.invariantViolations().empty()); }

    DocumentController controller;
    Recorder recorder;
    std::string before;
};

TEST_F(DocumentControllerTest, AddRespectsContainmentAndIds)
{
    EXPECT_TRUE(controller.addComponent(make("f2", "ec2-fleet", "b")));
    EXPECT_EQ(controller.addComponent(make("f3", "ec2-fleet", "r")).reason(),
              "An EC2 fleet goes inside an Availability Zone, a Wavelength Zone or a subnet.");
    EXPECT_NE(controller.addComponent(make("f", "users")).reason().find("already used"),
              std::string::npos);
    EXPECT_NE(controller.addComponent(make("bad id", "users")).reason().find("not a valid id"),
              std::string::npos);
    EXPECT_NE(controller.addComponent(make("x", "users", "ghost")).reason().find("no component"),
              std::string::npos);
    EXPECT_EQ(recorder.events, std::vector<std::string>{"+f2"});
    EXPECT_EQ(controller.design().components().back().id.value, "f2");
    expectInvariants();
}

TEST_F(DocumentControllerTest, RemovingAContainerTakesItsContentsConnectionsAndZoneMentions)
{
    RemovalSnapshot snap = controller.removeComponents({ComponentId("a")});
    const Design& d = controller.design();
    EXPECT_EQ(d.component(ComponentId("a")), nullptr);
    EXPECT_EQ(d.component(ComponentId("f")), nullptr) << "the fleet inside the zone goes too";
    EXPECT_EQ(d.connection(ConnectionId("c2")), nullptr);
    ASSERT_NE(d.connection(ConnectionId("c1")), nullptr);
    EXPECT_EQ(controller.catalog().idList(*d.component(ComponentId("g")), "zones"),
              std::vector<std::string>{"b"});
    EXPECT_EQ(recorder.events, (std::vector<std::string>{"->c2", "~g", "-f", "-a"}));
    expectInvariants();

    controller.restore(snap);
    EXPECT_EQ(writeDesign(controller.design()), before) << "undo restores the identical document";
    expectInvariants();
}

TEST_F(DocumentControllerTest, ReparentChecksContainmentAndCycles)
{
    EXPECT_TRUE(controller.reparent(ComponentId("f"), ComponentId("b"), Geometry{8, 8, 160, 96}));
    EXPECT_EQ(controller.design().component(ComponentId("f"))->parent.value, "b");
    EXPECT_EQ(recorder.events, (std::vector<std::string>{"^f<a", "~f"}));
    EXPECT_FALSE(controller.reparent(ComponentId("f"), ComponentId("r"), std::nullopt));
    EXPECT_FALSE(controller.reparent(ComponentId("r"), ComponentId("a"), std::nullopt))
        << "a region cannot go inside its own zone";
    EXPECT_EQ(controller.design().component(ComponentId("f"))->parent.value, "b");
    expectInvariants();
}

TEST_F(DocumentControllerTest, ConnectAssignsIdsAndRefusesBadEnds)
{
    Connection c;
    c.from = ComponentId("u");
    c.to = ComponentId("f");
    EXPECT_TRUE(controller.addConnection(c));
    EXPECT_EQ(controller.design().connections().back().id.value, "c3");
    c.to = ComponentId("u");
    EXPECT_NE(controller.addConnection(c).reason().find("itself"), std::string::npos);
    c.to = ComponentId("ghost");
    EXPECT_NE(controller.addConnection(c).reason().find("both ends"), std::string::npos);
    EXPECT_NE(controller.setConnectionMode(ConnectionId("c1"), "sometimes").reason().find("sync"),
              std::string::npos);
    EXPECT_TRUE(controller.setConnectionMode(ConnectionId("c1"), "async"));
    EXPECT_EQ(recorder.events, (std::vector<std::string>{"+>c3", "~>c1"}));
    RemovalSnapshot snap = controller.removeConnections({ConnectionId("c3")});
    EXPECT_EQ(controller.design().connections().size(), 2u);
    controller.restore(snap);
    EXPECT_EQ(controller.design().connections().size(), 3u);
    expectInvariants();
}

TEST_F(DocumentControllerTest, ConnectionTrafficIsGbZeroOrMoreAndSaysWhichWayWhenRefused)
{
    const ConnectionId c1("c1");
    Json props = Json::object();
    props.set("gbPerMonth", Json(120.5));
    props.set("gbPerMonthReturn", Json(0));
    EXPECT_TRUE(controller.canSetConnectionProps(c1, props));
    EXPECT_TRUE(controller.setConnectionProps(c1, props));
    EXPECT_EQ(controller.design().connection(c1)->props, props);
    EXPECT_EQ(recorder.events, std::vector<std::string>{"~>c1"});
    EXPECT_TRUE(controller.setConnectionProps(c1, props)) << "the same props again";
    EXPECT_EQ(recorder.events.size(), 1u) << "no change, no notice";

    Json negative = props;
    negative.set("gbPerMonth", Json(-5));
    EXPECT_EQ(controller.canSetConnectionProps(c1, negative).reason(),
              "GB a month from \"u\" to \"g\" must be a number, 0 or more; it is -5.");
    Json text = props;
    text.set("gbPerMonthReturn", Json(std::string("lots")));
    EXPECT_EQ(controller.setConnectionProps(c1, text).reason(),
              "GB a month from \"g\" to \"u\" must be a number, 0 or more; it is \"lots\".")
        << "the return figure is named the other way round";
    EXPECT_FALSE(controller.setConnectionProps(c1, Json(3)));
    EXPECT_NE(controller.setConnectionProps(ConnectionId("c9"), props).reason().find("c9"),
              std::string::npos);
    EXPECT_EQ(controller.design().connection(c1)->props, props) << "refusals change nothing";
    EXPECT_EQ(recorder.events.size(), 1u);

    Json other = Json::object();
    other.set("latencyMs", Json(-1));
    EXPECT_TRUE(controller.setConnectionProps(c1, other)) << "keys of newer versions pass through";
    expectInvariants();
}

TEST(EditResult, ReadsTheRightWayRound)
{
    const EditResult applied = EditResult::applied();
    EXPECT_TRUE(applied);
    EXPECT_FALSE(applied.isRefused());
    EXPECT_EQ(applied.reason(), "");
    const EditResult refused = EditResult::refused("No.");
    EXPECT_FALSE(refused) << "if (!result) means refused";
    EXPECT_TRUE(refused.isRefused());
    EXPECT_EQ(refused.reason(), "No.");
}

TEST_F(DocumentControllerTest, ASecondArrowBetweenTheSameTwoIsRefusedInTheseWords)
{
    Connection again;
    again.from = ComponentId("u");
    again.to = ComponentId("g");
    const EditResult result = controller.addConnection(again);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.reason(), "\"u\" is already connected to \"g\".");
    ASSERT_TRUE(controller.setName(ComponentId("g"), std::string("Web tier")));
    EXPECT_EQ(controller.addConnection(again).reason(),
              "\"u\" is already connected to \"Web tier\".")
        << "the message names what the user sees on the canvas";
    EXPECT_EQ(controller.design().connections().size(), 2u);
    // The other way round is a different arrow.
    Connection back;
    back.from = ComponentId("g");
    back.to = ComponentId("u");
    EXPECT_TRUE(controller.addConnection(back));
    expectInvariants();
}

TEST(DocumentControllerFiles, AFileWithTwoArrowsBetweenTheSameTwoStillOpens)
{
    // file-format.md refuses a file only for what breaks it (ids, references, loops); a
    // second arrow is an edit the controller refuses, not a broken file.
    DocumentController controller;
    controller.setCheckInvariants(true);
    controller.reset(designFromJson(R"("components":[{"id":"u","kind":"users"},
        {"id":"s","kind":"s3-bucket"}],
        "connections":[{"from":"u","to":"s"},{"from":"u","to":"s","label":"again"}])"));
    EXPECT_EQ(controller.design().connections().size(), 2u);
    EXPECT_TRUE(controller.invariantViolations().empty());
    Connection third;
    third.from = ComponentId("u");
    third.to = ComponentId("s");
    EXPECT_EQ(controller.addConnection(third).reason(), "\"u\" is already connected to \"s\".");
    // Undoing a removal puts both back: a restore is not a new edit.
    const std::string before = writeDesign(controller.design());
    RemovalSnapshot snap = controller.removeComponents({ComponentId("s")});
    controller.restore(snap);
    EXPECT_EQ(writeDesign(controller.design()), before);
}

TEST_F(DocumentControllerTest, ChecksAnswerAsTheEditWouldAndChangeNothing)
{
    Component misplaced = make("f3", "ec2-fleet", "r");
    EXPECT_EQ(controller.canAddComponent(misplaced).reason(),
              controller.addComponent(misplaced).reason());
    EXPECT_FALSE(controller.canAddComponent(misplaced));
    EXPECT_TRUE(controller.canAddComponent(make("f3", "ec2-fleet", "b")));
    EXPECT_EQ(controller.canReparent(ComponentId("r"), ComponentId("a")).reason(),
              controller.reparent(ComponentId("r"), ComponentId("a"), std::nullopt).reason());
    EXPECT_TRUE(controller.canReparent(ComponentId("f"), ComponentId("b")));
    const Json zz(Json::Array{Json("zz")});
    EXPECT_EQ(controller.canSetProperty(ComponentId("g"), "zones", zz).reason(),
              "There is no zone \"zz\".");
    EXPECT_EQ(controller.canSetProperty(ComponentId("nope"), "count", Json(1)).reason(),
              "There is no component \"nope\".");
    EXPECT_EQ(controller.canSetName(ComponentId("nope")).reason(),
              "There is no component \"nope\".");
    Connection c;
    c.from = ComponentId("g");
    c.to = ComponentId("f");
    EXPECT_EQ(controller.canAddConnection(c).reason(), "\"g\" is already connected to \"f\".");
    EXPECT_EQ(writeDesign(controller.design()), before);
    EXPECT_TRUE(recorder.events.empty()) << "checks tell no observer";
}

TEST_F(DocumentControllerTest, AddingSeveralLetsOneSitInAnotherAddedBeforeIt)
{
    const std::vector<Component> zoneAndFleet{make("z", "availability-zone", "r"),
                                              make("zf", "ec2-fleet", "z")};
    Connection link;
    link.id = ConnectionId("zl");
    link.from = ComponentId("u");
    link.to = ComponentId("zf");
    EXPECT_TRUE(controller.canAddAll(zoneAndFleet, {link}));
    EXPECT_EQ(controller.canAddAll({make("zf", "ec2-fleet", "z")}, {}).reason(),
              "There is no component \"z\" to hold it.")
        << "the zone is not there without the first";
    Connection twice = link;
    twice.id = ConnectionId("zl2");
    EXPECT_EQ(controller.canAddAll(zoneAndFleet, {link, twice}).reason(),
              "\"u\" is already connected to \"zf\".");
    EXPECT_EQ(writeDesign(controller.design()), before);
    EXPECT_TRUE(recorder.events.empty());
}

TEST_F(DocumentControllerTest, PropertyEditsAreCheckedAndNotifyOnlyOnChange)
{
    EXPECT_TRUE(controller.setProperty(ComponentId("f"), "count", Json(5)));
    EXPECT_TRUE(controller.setProperty(ComponentId("f"), "count", Json(5)));
    EXPECT_EQ(
        controller.catalog().number(*controller.design().component(ComponentId("f")), "count"), 5);
    EXPECT_NE(controller.setProperty(ComponentId("g"), "zones", Json(Json::Array{Json("zz")}))
                  .reason()
                  .find("no zone \"zz\""),
              std::string::npos);
    EXPECT_TRUE(controller.setProperty(ComponentId("f"), "count", Json()));
    EXPECT_EQ(
        controller.catalog().number(*controller.design().component(ComponentId("f")), "count"), 1)
        << "removing a property brings back the default";
    EXPECT_TRUE(controller.setName(ComponentId("f"), std::string("Batch")));
    EXPECT_EQ(controller.design().component(ComponentId("f"))->displayName(), "Batch");
    EXPECT_EQ(recorder.events, (std::vector<std::string>{"~f", "~f", "~f"}));
    expectInvariants();
}

TEST_F(DocumentControllerTest, SettingsTitleAndReset)
{
    Settings s = controller.design().settings;
    s.termMonths = 12;
    controller.setSettings(s);
    controller.setSettings(s);
    controller.setTitle(std::string("Shop"));
    EXPECT_EQ(controller.design().settings.term(), 12);
    controller.reset(Design{});
    EXPECT_TRUE(controller.design().components().empty());
    EXPECT_EQ(recorder.events, (std::vector<std::string>{"design", "design", "reset"}));
}

TEST(DocumentControllerInvariants, DetectsBrokenDesigns)
{
    DocumentController controller;
    Design d;
    Component orphan = make("o", "ec2-fleet", "missing");
    d.insertComponent(orphan);
    controller.setCheckInvariants(false);
    controller.reset(d);
    auto problems = controller.invariantViolations();
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_NE(problems[0].find("missing parent"), std::string::npos);
    controller.setCheckInvariants(true);
    EXPECT_THROW(controller.setName(ComponentId("o"), std::string("x")), std::logic_error);
}

} // namespace
