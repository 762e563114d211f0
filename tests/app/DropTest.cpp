// Dropping each kind of the catalog from the palette: into a container that may hold it,
// and where it may not go; undo and redo give back the identical document.

#include "GuiHarness.h"

#include <QStatusBar>
#include <gtest/gtest.h>

using namespace azimuth;
using guitest::dropKind;
using guitest::text;
using guitest::windowWith;

namespace {

// Containers with fixed boxes so drop points are known: region 0,0..1400x760; an AZ, a
// Wavelength Zone and a Beanstalk environment inside it; a clear strip along its bottom.
const char* kStage = R"({
  "format": "azimuth", "version": 1,
  "components": [
    { "id": "r1", "kind": "region", "geometry": { "x": 0, "y": 0, "w": 1400, "h": 760 } },
    { "id": "az1", "kind": "availability-zone", "parent": "r1", "geometry": { "x": 16, "y": 40, "w": 400, "h": 420 } },
    { "id": "wz1", "kind": "wavelength-zone", "parent": "r1", "geometry": { "x": 440, "y": 40, "w": 400, "h": 420 } },
    { "id": "eb1", "kind": "elastic-beanstalk-environment", "parent": "r1", "geometry": { "x": 864, "y": 40, "w": 400, "h": 420 } },
    { "id": "v1", "kind": "vpc", "parent": "r1", "geometry": { "x": 760, "y": 480, "w": 620, "h": 260 } },
    { "id": "az2", "kind": "availability-zone", "parent": "v1", "geometry": { "x": 16, "y": 40, "w": 300, "h": 200 } },
    { "id": "sn1", "kind": "subnet", "parent": "az2", "props": { "public": true }, "geometry": { "x": 16, "y": 40, "w": 260, "h": 140 } }
  ]
})";

/// A point inside a container where nothing nested would take the drop first. A subnet's
/// AZ is the one in the VPC.
QPointF pointIn(const std::string& container, const std::string& kind = "")
{
    if (container == "availability-zone" && kind == "subnet") return {900, 540};
    if (container == "vpc") return {1250, 620};
    if (container == "subnet") return {920, 640};
    if (container == "availability-zone") return {216, 260};
    if (container == "wavelength-zone") return {640, 260};
    if (container == "elastic-beanstalk-environment") return {1064, 260};
    if (container == "region") return {700, 620};
    return {700, 1000}; // the empty canvas below the region: the top level
}

std::string idOf(const std::string& kind, const std::string& dropped = "")
{
    if (kind == "availability-zone" && dropped == "subnet") return "az2";
    if (kind == "vpc") return "v1";
    if (kind == "subnet") return "sn1";
    if (kind == "availability-zone") return "az1";
    if (kind == "wavelength-zone") return "wz1";
    if (kind == "elastic-beanstalk-environment") return "eb1";
    if (kind == "region") return "r1";
    return "";
}

/// The component added by the last edit: the one not in `before`.
const model::Component* added(const model::Design& after, const model::Design& before)
{
    for (const auto& c : after.components())
        if (!before.component(c.id)) return &c;
    return nullptr;
}

} // namespace

TEST(Drop, EveryKindLandsInAContainerThatMayHoldItAndUndoRedoIsExact)
{
    const auto& catalog = model::KindCatalog::builtin();
    for (const auto& spec : catalog.kinds()) {
        SCOPED_TRACE(spec.kind);
        std::vector<std::string> targets = spec.parents;
        if (spec.topLevel || spec.parents.empty()) targets.push_back("");
        for (const auto& parentKind : targets) {
            SCOPED_TRACE("into " + (parentKind.empty() ? std::string("top level") : parentKind));
            auto w = windowWith(kStage);
            const model::Design before = w->controller().design();
            const std::string beforeText = text(*w);
            ASSERT_TRUE(dropKind(*w, spec.kind, pointIn(parentKind, spec.kind)));
            const model::Component* c = added(w->controller().design(), before);
            ASSERT_NE(c, nullptr) << w->statusBar()->currentMessage().toStdString();
            EXPECT_EQ(c->kind, spec.kind);
            EXPECT_EQ(c->parent.value, idOf(parentKind, spec.kind));
            ASSERT_TRUE(c->geometry.has_value());
            const std::string afterText = text(*w);
            const model::Design after = w->controller().design();
            // The new item is drawn where it was dropped.
            const QRectF box = w->scene()->boxOf(c->id);
            EXPECT_TRUE(box.contains(pointIn(parentKind, spec.kind)) || spec.container)
                << box.x() << "," << box.y() << " " << box.width() << "x" << box.height();

            w->undoStack()->undo();
            EXPECT_TRUE(w->controller().design() == before);
            EXPECT_EQ(text(*w), beforeText);
            EXPECT_EQ(w->scene()->componentItemCount(), before.components().size());
            w->undoStack()->redo();
            EXPECT_TRUE(w->controller().design() == after);
            EXPECT_EQ(text(*w), afterText);
        }
    }
}

TEST(Drop, AKindWhereItMayNotGoIsRefusedWithTheReasonAndChangesNothing)
{
    const auto& catalog = model::KindCatalog::builtin();
    int refusedKinds = 0;
    for (const auto& spec : catalog.kinds()) {
        if (spec.topLevel || spec.parents.empty()) continue; // these may go on the bare canvas
        SCOPED_TRACE(spec.kind);
        auto w = windowWith(kStage);
        const std::string beforeText = text(*w);
        const int commands = w->undoStack()->count();
        dropKind(*w, spec.kind, pointIn(""));
        EXPECT_EQ(text(*w), beforeText);
        EXPECT_EQ(w->undoStack()->count(), commands);
        EXPECT_EQ(w->statusBar()->currentMessage().toStdString(), spec.placement);
        ++refusedKinds;
    }
    EXPECT_GE(refusedKinds, 10);
}

TEST(Drop, AnEc2FleetDroppedOnARegionOutsideAnyZoneIsRefused)
{
    auto w = windowWith(kStage);
    const std::string beforeText = text(*w);
    dropKind(*w, "ec2-fleet", pointIn("region"));
    EXPECT_EQ(text(*w), beforeText);
    EXPECT_EQ(w->statusBar()->currentMessage().toStdString(),
              model::KindCatalog::builtin().find("ec2-fleet")->placement);
}

TEST(Drop, UsersDroppedIntoAZoneGoToTheInnermostContainerThatMayHoldThem)
{
    auto w = windowWith(kStage);
    const model::Design before = w->controller().design();
    dropKind(*w, "users", pointIn("availability-zone"));
    const model::Component* c = added(w->controller().design(), before);
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(c->parent.value, "r1");
}

TEST(Drop, AnAutoScalingGroupDroppedAcrossZonesUsesThem)
{
    const char* twoZones = R"({
      "format": "azimuth", "version": 1,
      "components": [
        { "id": "r1", "kind": "region", "geometry": { "x": 0, "y": 0, "w": 900, "h": 500 } },
        { "id": "az-a", "kind": "availability-zone", "parent": "r1", "geometry": { "x": 16, "y": 40, "w": 200, "h": 400 } },
        { "id": "az-b", "kind": "availability-zone", "parent": "r1", "geometry": { "x": 232, "y": 40, "w": 200, "h": 400 } }
      ]
    })";
    auto w = windowWith(twoZones);
    const model::Design before = w->controller().design();
    // A band 288 wide centred on the gap between the two zones lies across both.
    dropKind(*w, "auto-scaling-group", QPointF(224, 200));
    const model::Component* c = added(w->controller().design(), before);
    ASSERT_NE(c, nullptr) << w->statusBar()->currentMessage().toStdString();
    EXPECT_EQ(c->parent.value, "r1");
    EXPECT_EQ(w->controller().catalog().idList(*c, "zones"),
              (std::vector<std::string>{"az-a", "az-b"}));
    EXPECT_EQ(guitest::item(*w, c->id.value.c_str())->look(), views::ComponentItem::Look::Band);
}

TEST(Palette, ListsEveryKindGroupedByCategoryAndFilters)
{
    auto w = windowWith("");
    const auto& catalog = model::KindCatalog::builtin();
    auto* palette = w->palette();
    EXPECT_EQ(palette->visibleKinds().size(), static_cast<int>(catalog.kinds().size()));
    palette->setFilter("lambda");
    EXPECT_EQ(palette->visibleKinds(), QStringList{"lambda-function"});
    palette->setFilter("data");
    EXPECT_TRUE(palette->visibleKinds().contains("s3-bucket"));
    EXPECT_TRUE(palette->visibleKinds().contains("rds-database"));
    palette->setFilter("");
    EXPECT_EQ(palette->visibleKinds().size(), static_cast<int>(catalog.kinds().size()));
}

TEST(Palette, EnterPlacesTheKindAtTheViewCentre)
{
    auto w = windowWith("");
    emit w->palette()->placeRequested("region");
    w->scene()->ensureLayout();
    ASSERT_EQ(w->controller().design().components().size(), 1u);
    const auto& c = w->controller().design().components().front();
    EXPECT_EQ(c.kind, "region");
    const QPointF centre = w->view()->mapToScene(w->view()->viewport()->rect().center());
    EXPECT_TRUE(w->scene()->boxOf(c.id).contains(centre));
}
