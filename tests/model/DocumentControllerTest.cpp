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
    Component c{.id = ComponentId(id), .kind = kind};
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
    EXPECT_FALSE(controller.addComponent(make("f2", "ec2-fleet", "b")));
    EXPECT_EQ(controller.addComponent(make("f3", "ec2-fleet", "r")).value_or(""),
              "An EC2 fleet goes inside an Availability Zone or a Wavelength Zone.");
    EXPECT_NE(controller.addComponent(make("f", "users")).value_or("").find("already used"),
              std::string::npos);
    EXPECT_NE(controller.addComponent(make("bad id", "users")).value_or("").find("not a valid id"),
              std::string::npos);
    EXPECT_NE(
        controller.addComponent(make("x", "users", "ghost")).value_or("").find("no component"),
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
    EXPECT_FALSE(controller.reparent(ComponentId("f"), ComponentId("b"), Geometry{8, 8, 160, 96}));
    EXPECT_EQ(controller.design().component(ComponentId("f"))->parent.value, "b");
    EXPECT_EQ(recorder.events, (std::vector<std::string>{"^f<a", "~f"}));
    EXPECT_TRUE(controller.reparent(ComponentId("f"), ComponentId("r"), std::nullopt));
    EXPECT_TRUE(controller.reparent(ComponentId("r"), ComponentId("a"), std::nullopt))
        << "a region cannot go inside its own zone";
    EXPECT_EQ(controller.design().component(ComponentId("f"))->parent.value, "b");
    expectInvariants();
}

TEST_F(DocumentControllerTest, ConnectAssignsIdsAndRefusesBadEnds)
{
    Connection c;
    c.from = ComponentId("u");
    c.to = ComponentId("f");
    EXPECT_FALSE(controller.addConnection(c));
    EXPECT_EQ(controller.design().connections().back().id.value, "c3");
    c.to = ComponentId("u");
    EXPECT_NE(controller.addConnection(c).value_or("").find("itself"), std::string::npos);
    c.to = ComponentId("ghost");
    EXPECT_NE(controller.addConnection(c).value_or("").find("both ends"), std::string::npos);
    EXPECT_NE(
        controller.setConnectionMode(ConnectionId("c1"), "sometimes").value_or("").find("sync"),
        std::string::npos);
    EXPECT_FALSE(controller.setConnectionMode(ConnectionId("c1"), "async"));
    EXPECT_EQ(recorder.events, (std::vector<std::string>{"+>c3", "~>c1"}));
    RemovalSnapshot snap = controller.removeConnections({ConnectionId("c3")});
    EXPECT_EQ(controller.design().connections().size(), 2u);
    controller.restore(snap);
    EXPECT_EQ(controller.design().connections().size(), 3u);
    expectInvariants();
}

TEST_F(DocumentControllerTest, PropertyEditsAreCheckedAndNotifyOnlyOnChange)
{
    EXPECT_FALSE(controller.setProperty(ComponentId("f"), "count", Json(5)));
    EXPECT_FALSE(controller.setProperty(ComponentId("f"), "count", Json(5)));
    EXPECT_EQ(
        controller.catalog().number(*controller.design().component(ComponentId("f")), "count"), 5);
    EXPECT_NE(controller.setProperty(ComponentId("g"), "zones", Json(Json::Array{Json("zz")}))
                  .value_or("")
                  .find("no zone \"zz\""),
              std::string::npos);
    EXPECT_FALSE(controller.setProperty(ComponentId("f"), "count", Json()));
    EXPECT_EQ(
        controller.catalog().number(*controller.design().component(ComponentId("f")), "count"), 1)
        << "removing a property brings back the default";
    EXPECT_FALSE(controller.setName(ComponentId("f"), std::string("Batch")));
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
