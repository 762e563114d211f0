// Zones and geometry as one thing, driven through the canvas and the inspector: a group,
// a load balancer and a database take the zones they are drawn over and are drawn over
// the zones they name; nothing dropped sticks out, in one undo step; AZs are named after
// their Region's zones; the Region's code is picked from the price catalog's regions.

#include "GuiHarness.h"
#include "views/analysis/AnalysisService.h"
#include "views/canvas/StandbyMark.h"
#include "views/findings/FindingsModel.h"
#include "views/findings/FindingsPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <gtest/gtest.h>

using namespace azimuth;
using guitest::dropKind;
using guitest::text;
using guitest::windowWith;

namespace {

// Two AZ columns: az1 spans x 16..416, az2 440..840 (relative to the region at 0,0).
const char* kColumns = R"({
  "format": "azimuth", "version": 1,
  "components": [
    { "id": "r1", "kind": "region", "geometry": { "x": 0, "y": 0, "w": 1200, "h": 600 } },
    { "id": "az1", "kind": "availability-zone", "parent": "r1", "name": "us-east-1a", "geometry": { "x": 16, "y": 40, "w": 400, "h": 520 } },
    { "id": "az2", "kind": "availability-zone", "parent": "r1", "name": "us-east-1b", "geometry": { "x": 440, "y": 40, "w": 400, "h": 520 } },
    { "id": "asg1", "kind": "auto-scaling-group", "parent": "r1", "props": { "zones": ["az1"] }, "geometry": { "x": 24, "y": 200, "w": 384, "h": 72 } },
    { "id": "lb1", "kind": "load-balancer", "parent": "r1", "props": { "zones": ["az1"] }, "geometry": { "x": 24, "y": 96, "w": 384, "h": 72 } },
    { "id": "db1", "kind": "rds-database", "parent": "r1", "props": { "zones": ["az1"] }, "geometry": { "x": 144, "y": 400, "w": 144, "h": 88 } }
  ]
})";

const model::Component& comp(app::MainWindow& w, const char* id)
{
    const model::Component* c = w.controller().design().component(model::ComponentId{id});
    EXPECT_NE(c, nullptr) << id;
    return *c;
}

std::vector<std::string> zonesOf(app::MainWindow& w, const char* id)
{
    return w.controller().catalog().idList(comp(w, id), "zones");
}

/// Ticks or unticks a zone in the inspector's Zones list of the selected component.
void tickZone(app::MainWindow& w, const char* zone, bool on)
{
    auto* list = qobject_cast<QListWidget*>(w.inspector()->editor("zones"));
    ASSERT_NE(list, nullptr);
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->data(Qt::UserRole).toString() == zone) {
            list->item(i)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
            return;
        }
    FAIL() << "no zone " << zone << " in the list";
}

void select(app::MainWindow& w, const char* id)
{
    w.scene()->selectComponents({model::ComponentId{id}});
    QApplication::processEvents();
    ASSERT_EQ(w.inspector()->component().value, id);
}

void expectOneUndoStep(app::MainWindow& w, int before, const model::Design& was,
                       const std::string& wasText)
{
    EXPECT_EQ(w.undoStack()->count(), before + 1);
    const model::Design after = w.controller().design();
    w.undoStack()->undo();
    w.scene()->ensureLayout();
    EXPECT_TRUE(w.controller().design() == was);
    EXPECT_EQ(text(w), wasText);
    w.undoStack()->redo();
    w.scene()->ensureLayout();
    EXPECT_TRUE(w.controller().design() == after);
}

/// The rows of the findings panel with a rule id.
std::vector<model::Finding> shownFindings(app::MainWindow& w, const std::string& rule)
{
    w.analysis()->recomputeNow();
    QApplication::processEvents();
    auto* model = w.findingsPanel()->findingsModel();
    std::vector<model::Finding> out;
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->finding(row).rule == rule) out.push_back(model->finding(row));
    return out;
}

} // namespace

TEST(ZonesFromInspector, TickingBothZonesSpansTheAutoScalingGroupAcrossBothColumns)
{
    auto w = windowWith(kColumns);
    select(*w, "asg1");
    const model::Design was = w->controller().design();
    const std::string wasText = text(*w);
    const int steps = w->undoStack()->count();
    tickZone(*w, "az2", true);
    EXPECT_EQ(zonesOf(*w, "asg1"), (std::vector<std::string>{"az1", "az2"}));
    const model::Geometry g = *comp(*w, "asg1").geometry;
    EXPECT_EQ(g.x, 24);        // az1's left + 8
    EXPECT_EQ(g.x + g.w, 832); // az2's right - 8
    EXPECT_EQ(g.y, 200);       // its row stays
    expectOneUndoStep(*w, steps, was, wasText);
    // Unticking the first zone leaves it over the second column only.
    tickZone(*w, "az1", false);
    EXPECT_EQ(comp(*w, "asg1").geometry->x, 448);
    EXPECT_EQ(comp(*w, "asg1").geometry->w, 384);
}

TEST(ZonesFromInspector, TickingAZoneSpansTheLoadBalancerToo)
{
    auto w = windowWith(kColumns);
    select(*w, "lb1");
    tickZone(*w, "az2", true);
    const model::Geometry g = *comp(*w, "lb1").geometry;
    EXPECT_EQ(g.x, 24);
    EXPECT_EQ(g.x + g.w, 832);
}

TEST(ZonesFromCanvas, ALoadBalancerDroppedAcrossBothColumnsNamesBothAndFitsThem)
{
    auto w = windowWith(kColumns);
    const model::Design before = w->controller().design();
    // A band is 288 wide: centred on the gap between the columns it lies over both.
    ASSERT_TRUE(dropKind(*w, "load-balancer", {428, 330}));
    const model::Component* lb = nullptr;
    for (const auto& c : w->controller().design().components())
        if (!before.component(c.id)) lb = &c;
    ASSERT_NE(lb, nullptr);
    EXPECT_EQ(lb->parent.value, "r1");
    EXPECT_EQ(w->controller().catalog().idList(*lb, "zones"),
              (std::vector<std::string>{"az1", "az2"}));
    EXPECT_EQ(lb->geometry->x, 24);
    EXPECT_EQ(lb->geometry->x + lb->geometry->w, 832);
}

TEST(ZonesFromCanvas, DraggingTheGroupOverTheSecondColumnMovesItsZone)
{
    auto w = windowWith(kColumns);
    // Grab the band on its body, away from the icon and the resize handles.
    guitest::drag(*w, {300, 236}, {724, 236});
    EXPECT_EQ(zonesOf(*w, "asg1"), (std::vector<std::string>{"az2"}));
    EXPECT_EQ(comp(*w, "asg1").geometry->x, 448);
}

TEST(ZonesFromCanvas, ADatabaseTakesTheColumnItIsDrawnInAndMultiAzAddsTheStandby)
{
    auto w = windowWith(kColumns);
    // Dragged into the second column: that is its primary.
    guitest::drag(*w, {216, 420}, {640, 420});
    EXPECT_EQ(zonesOf(*w, "db1"), (std::vector<std::string>{"az2"}));
    // Multi-AZ: the standby is the other column, and the Zones list shows both ticked.
    select(*w, "db1");
    auto* multiAz = qobject_cast<QCheckBox*>(w->inspector()->editor("multiAz"));
    ASSERT_NE(multiAz, nullptr);
    const int steps = w->undoStack()->count();
    const model::Design was = w->controller().design();
    const std::string wasText = text(*w);
    multiAz->setChecked(true);
    EXPECT_EQ(zonesOf(*w, "db1"), (std::vector<std::string>{"az2", "az1"}));
    auto* list = qobject_cast<QListWidget*>(w->inspector()->editor("zones"));
    ASSERT_NE(list, nullptr);
    int ticked = 0;
    for (int i = 0; i < list->count(); ++i)
        ticked += list->item(i)->checkState() == Qt::Checked;
    EXPECT_EQ(ticked, 2);
    // The canvas draws the standby in the other column, level with the primary.
    w->scene()->ensureLayout();
    views::StandbyMark* standby = w->scene()->standbyMark(model::ComponentId{"db1"});
    ASSERT_NE(standby, nullptr);
    const QRectF mark = standby->sceneBoundingRect();
    EXPECT_TRUE(w->scene()->boxOf(model::ComponentId{"az1"}).contains(mark.center()));
    EXPECT_NEAR(mark.center().y(), w->scene()->boxOf(model::ComponentId{"db1"}).center().y(), 3);
    expectOneUndoStep(*w, steps, was, wasText);
    EXPECT_NE(w->scene()->standbyMark(model::ComponentId{"db1"}), nullptr);
    // Unticking the primary in the inspector moves it to the standby's column.
    tickZone(*w, "az2", false);
    EXPECT_EQ(zonesOf(*w, "db1"), (std::vector<std::string>{"az1"}));
    w->scene()->ensureLayout();
    EXPECT_EQ(w->scene()->standbyMark(model::ComponentId{"db1"}), nullptr);
    const model::Geometry g = *comp(*w, "db1").geometry;
    EXPECT_GE(g.x, 16);
    EXPECT_LE(g.x + g.w, 416);
}

TEST(MakeRoom, AFleetDroppedAtAZonesEdgeGrowsItPushesTheNextZoneAndUndoesInOneStep)
{
    auto w = windowWith(kColumns);
    const model::Design was = w->controller().design();
    const std::string wasText = text(*w);
    const int steps = w->undoStack()->count();
    // Centred near az1's right edge (x 416): a 144-wide node reaches 472.
    ASSERT_TRUE(dropKind(*w, "ec2-fleet", {400, 140}));
    const model::Component* fleet = nullptr;
    for (const auto& c : w->controller().design().components())
        if (!was.component(c.id)) fleet = &c;
    ASSERT_NE(fleet, nullptr);
    ASSERT_EQ(fleet->parent.value, "az1");
    const model::Geometry az1 = *comp(*w, "az1").geometry;
    const model::Geometry az2 = *comp(*w, "az2").geometry;
    const model::Geometry r1 = *comp(*w, "r1").geometry;
    // The fleet is inside az1, az2 stands clear of az1, the region holds them both.
    EXPECT_LE(fleet->geometry->x + fleet->geometry->w + 16, az1.w);
    EXPECT_GT(az1.w, 400);
    EXPECT_GE(az2.x, az1.x + az1.w + 24);
    EXPECT_LE(az2.x + az2.w + 16, r1.w);
    // The band across az1 follows its column.
    EXPECT_EQ(comp(*w, "asg1").geometry->x + comp(*w, "asg1").geometry->w, az1.x + az1.w - 8);
    expectOneUndoStep(*w, steps, was, wasText);
}

TEST(ZoneNames, ASecondZoneLandsBesideTheFirstNamedAfterTheRegionsNextZone)
{
    auto w = windowWith(R"({ "format": "azimuth", "version": 1, "components": [
        { "id": "r1", "kind": "region", "geometry": { "x": 0, "y": 0, "w": 480, "h": 320 } } ] })");
    ASSERT_TRUE(dropKind(*w, "availability-zone", {200, 180}));
    ASSERT_TRUE(dropKind(*w, "availability-zone", {200, 180})); // on top of the first
    std::vector<const model::Component*> zones;
    for (const model::Component* c : w->controller().design().children(model::ComponentId{"r1"}))
        zones.push_back(c);
    ASSERT_EQ(zones.size(), 2u);
    EXPECT_EQ(zones[0]->name, "us-east-1a");
    EXPECT_EQ(zones[1]->name, "us-east-1b");
    const model::Geometry a = *zones[0]->geometry, b = *zones[1]->geometry;
    EXPECT_GE(b.x, a.x + a.w); // beside, not on top
    EXPECT_EQ(b.y, a.y);
    EXPECT_LE(b.x + b.w + 16, comp(*w, "r1").geometry->w); // the region grew to hold it
    // Both drawn side by side on the canvas as well.
    EXPECT_FALSE(w->scene()->boxOf(zones[0]->id).intersects(w->scene()->boxOf(zones[1]->id)));
}

TEST(ZoneNames, ChangingTheRegionCodeRenamesGeneratedNamesAndKeepsTypedOnes)
{
    auto w = windowWith(R"({ "format": "azimuth", "version": 1, "components": [
        { "id": "r1", "kind": "region", "geometry": { "x": 0, "y": 0, "w": 1300, "h": 320 } },
        { "id": "a", "kind": "availability-zone", "parent": "r1", "name": "us-east-1a", "geometry": { "x": 16, "y": 40, "w": 400, "h": 260 } },
        { "id": "b", "kind": "availability-zone", "parent": "r1", "name": "us-east-1b", "geometry": { "x": 440, "y": 40, "w": 400, "h": 260 } },
        { "id": "c", "kind": "availability-zone", "parent": "r1", "name": "Primary DC", "geometry": { "x": 864, "y": 40, "w": 400, "h": 260 } } ] })");
    select(*w, "r1");
    auto* combo = qobject_cast<QComboBox*>(w->inspector()->editor("code"));
    ASSERT_NE(combo, nullptr);
    const int steps = w->undoStack()->count();
    const model::Design was = w->controller().design();
    const std::string wasText = text(*w);
    const int at = combo->findData(QStringLiteral("eu-west-1"));
    ASSERT_GE(at, 0);
    combo->setCurrentIndex(at);
    emit combo->activated(at);
    EXPECT_EQ(w->controller().catalog().string(comp(*w, "r1"), "code"), "eu-west-1");
    EXPECT_EQ(comp(*w, "a").name, "eu-west-1a");
    EXPECT_EQ(comp(*w, "b").name, "eu-west-1b");
    EXPECT_EQ(comp(*w, "c").name, "Primary DC");
    expectOneUndoStep(*w, steps, was, wasText);
}

TEST(RegionPicker, ListsTheCatalogsRegionsAndATypedUnknownCodeIsAnErrorNamingIt)
{
    auto w = windowWith(R"({ "format": "azimuth", "version": 1, "components": [
        { "id": "r1", "kind": "region", "geometry": { "x": 0, "y": 0, "w": 480, "h": 320 } },
        { "id": "a", "kind": "availability-zone", "parent": "r1", "geometry": { "x": 16, "y": 40, "w": 400, "h": 260 } },
        { "id": "f", "kind": "ec2-fleet", "parent": "a", "props": { "instanceType": "m5.large" }, "geometry": { "x": 16, "y": 40, "w": 144, "h": 88 } } ] })");
    select(*w, "r1");
    auto* combo = qobject_cast<QComboBox*>(w->inspector()->editor("code"));
    ASSERT_NE(combo, nullptr);
    EXPECT_TRUE(combo->isEditable());
    QStringList codes;
    for (int i = 0; i < combo->count(); ++i)
        codes << combo->itemData(i).toString();
    EXPECT_EQ(codes, (QStringList{"ap-southeast-1", "eu-west-1", "us-east-1"}));
    EXPECT_EQ(combo->currentData().toString(), "us-east-1");
    EXPECT_NE(combo->currentText().indexOf("N. Virginia"), -1);
    EXPECT_TRUE(shownFindings(*w, "region.unknown").empty());

    combo->lineEdit()->setText("mars-north-9");
    emit combo->lineEdit()->editingFinished();
    EXPECT_EQ(w->controller().catalog().string(comp(*w, "r1"), "code"), "mars-north-9");
    const auto unknown = shownFindings(*w, "region.unknown");
    ASSERT_EQ(unknown.size(), 1u);
    EXPECT_EQ(unknown[0].severity, model::Severity::Error);
    EXPECT_NE(unknown[0].message.find("mars-north-9"), std::string::npos);
    // The instance type is not blamed for the Region's code.
    EXPECT_TRUE(shownFindings(*w, "region.unavailable").empty());
}
