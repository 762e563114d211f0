// The canvas scene driven on its own: drops, drags and nudges become requests to the
// edit gateway (a fake that records them), refusals reach the status line word for
// word and leave the items where the model says, and model changes show without any
// window around the scene.

#include "views/canvas/CanvasScene.h"

#include "FakeEditGateway.h"
#include "model/io/DesignReader.h"
#include "views/canvas/ComponentItem.h"
#include "views/core/ModelSignals.h"

#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace azimuth;
using canvastest::FakeEditGateway;

namespace {

const char* kTwoZones = R"({
  "format": "azimuth", "version": 1,
  "components": [
    { "id": "r1", "kind": "region", "name": "Main" },
    { "id": "az-a", "kind": "availability-zone", "parent": "r1" },
    { "id": "az-b", "kind": "availability-zone", "parent": "r1" },
    { "id": "f1", "kind": "ec2-fleet", "parent": "az-a", "name": "Web" },
    { "id": "q1", "kind": "sqs-queue", "parent": "r1", "name": "Jobs" }
  ],
  "connections": [ { "id": "c1", "from": "f1", "to": "q1" } ]
})";

const model::ComponentId kF1{"f1"}, kAzA{"az-a"}, kAzB{"az-b"};

/// A scene over a live controller, edited through the fake gateway.
struct SceneFixture
{
    model::DocumentController controller;
    views::ModelSignals relay{controller};
    views::CanvasScene scene{relay};
    FakeEditGateway gateway{controller};
    QSignalSpy status{&scene, &views::CanvasScene::statusMessage};

    SceneFixture()
    {
        controller.setCheckInvariants(true);
        controller.reset(model::readDesign(kTwoZones, "test.azimuth"));
        scene.setGateway(&gateway);
        scene.ensureLayout();
    }

    QString lastStatus() const
    {
        return status.isEmpty() ? QString() : status.back().at(0).toString();
    }
    const std::string& placement(const std::string& kind) const
    {
        return controller.catalog().find(kind)->placement;
    }
};

} // namespace

TEST(CanvasScene, ShowsOneItemPerComponentAndConnectionOfTheModel)
{
    SceneFixture f;
    EXPECT_EQ(f.scene.componentItemCount(), 5u);
    EXPECT_EQ(f.scene.connectionItemCount(), 1u);
    // A zone sits inside its region, a fleet inside its zone.
    EXPECT_TRUE(f.scene.boxOf(model::ComponentId{"r1"}).contains(f.scene.boxOf(kAzA)));
    EXPECT_TRUE(f.scene.boxOf(kAzA).contains(f.scene.boxOf(kF1)));
    EXPECT_FALSE(f.scene.boxOf(kAzA).intersects(f.scene.boxOf(kAzB)));
}

TEST(CanvasScene, ADropInsideAZoneAsksTheGatewayOnceForThatZone)
{
    SceneFixture f;
    const QRectF zone = f.scene.boxOf(kAzB);
    const QPointF at = zone.center();
    const model::EditResult result = f.scene.dropKind("ec2-fleet", at);
    ASSERT_TRUE(result) << result.reason();
    ASSERT_EQ(f.gateway.adds.size(), 1u);
    const auto& add = f.gateway.adds.front();
    EXPECT_EQ(add.kind, "ec2-fleet");
    EXPECT_EQ(add.parent, kAzB);
    // The box is centred on the drop point (to the grid), relative to the zone.
    EXPECT_NEAR(add.geometry.x + add.geometry.w / 2, at.x() - zone.left(), 16);
    EXPECT_NEAR(add.geometry.y + add.geometry.h / 2, at.y() - zone.top(), 16);
    f.scene.ensureLayout();
    EXPECT_EQ(f.scene.componentItemCount(), 6u) << "the model's new component shows";
    EXPECT_EQ(f.lastStatus().toStdString(),
              "Added " + f.controller.catalog().find("ec2-fleet")->label);
}

TEST(CanvasScene, ADropTheContainmentRefusesNeverReachesTheGateway)
{
    SceneFixture f;
    const QRectF region = f.scene.boxOf(model::ComponentId{"r1"});
    const model::EditResult result =
        f.scene.dropKind("ec2-fleet", QPointF(region.right() + 400, region.bottom() + 400));
    ASSERT_FALSE(result);
    EXPECT_EQ(result.reason(), f.placement("ec2-fleet"));
    EXPECT_TRUE(f.gateway.adds.empty());
    EXPECT_EQ(f.lastStatus().toStdString(), f.placement("ec2-fleet"));
    EXPECT_EQ(f.scene.componentItemCount(), 5u);
}

TEST(CanvasScene, TheGatewaysRefusalReachesTheStatusLineWordForWord)
{
    SceneFixture f;
    f.gateway.refuseWith = "The design is locked for the exam.";
    const model::EditResult result = f.scene.dropKind("ec2-fleet", f.scene.boxOf(kAzB).center());
    ASSERT_FALSE(result);
    EXPECT_EQ(result.reason(), *f.gateway.refuseWith);
    EXPECT_EQ(f.gateway.adds.size(), 1u);
    EXPECT_EQ(f.lastStatus().toStdString(), *f.gateway.refuseWith);
    f.scene.ensureLayout();
    EXPECT_EQ(f.scene.componentItemCount(), 5u);
}

TEST(CanvasScene, NudgingTheSelectionIsOneMoveRequestByTheDelta)
{
    SceneFixture f;
    const QRectF before = f.scene.boxOf(kF1);
    const QRectF zone = f.scene.boxOf(kAzA);
    f.scene.selectComponents({kF1});
    ASSERT_TRUE(f.scene.nudgeSelection(QPointF(16, 8)));
    ASSERT_EQ(f.gateway.moves.size(), 1u);
    ASSERT_EQ(f.gateway.moves.front().size(), 1u);
    const views::MoveRequest& move = f.gateway.moves.front().front();
    EXPECT_EQ(move.id, kF1);
    EXPECT_EQ(move.parent, kAzA);
    EXPECT_DOUBLE_EQ(move.geometry.x, before.left() + 16 - zone.left());
    EXPECT_DOUBLE_EQ(move.geometry.y, before.top() + 8 - zone.top());
    EXPECT_EQ(f.scene.boxOf(kF1), before.translated(16, 8));
}

TEST(CanvasScene, ARefusedMoveIsPutBackWhereTheModelSaysAndSaysWhy)
{
    SceneFixture f;
    const QRectF before = f.scene.boxOf(kF1);
    f.gateway.refuseWith = "Frozen.";
    f.scene.selectComponents({kF1});
    const model::EditResult result = f.scene.nudgeSelection(QPointF(16, 8));
    ASSERT_FALSE(result);
    EXPECT_EQ(result.reason(), "Frozen.");
    EXPECT_EQ(f.scene.boxOf(kF1), before);
    EXPECT_EQ(f.lastStatus(), QStringLiteral("Frozen."));
}

TEST(CanvasScene, DraggingAFleetIntoAnotherZoneRequestsThatZoneAsItsParent)
{
    SceneFixture f;
    views::ComponentItem* fleet = f.scene.componentItem(kF1);
    ASSERT_NE(fleet, nullptr);
    const QRectF from = fleet->box();
    const QRectF target = f.scene.boxOf(kAzB);
    fleet->moveSilently(target.center() - from.center());
    ASSERT_TRUE(f.scene.commitMoves());
    ASSERT_EQ(f.gateway.moves.size(), 1u);
    EXPECT_EQ(f.gateway.moves.front().front().parent, kAzB);
    EXPECT_EQ(f.controller.design().component(kF1)->parent, kAzB);
    EXPECT_TRUE(f.scene.boxOf(kAzB).contains(f.scene.boxOf(kF1)));
}

TEST(CanvasScene, DraggingAFleetOutOfEveryZoneIsRefusedBeforeTheGateway)
{
    SceneFixture f;
    views::ComponentItem* fleet = f.scene.componentItem(kF1);
    const QRectF before = fleet->box();
    const QRectF region = f.scene.boxOf(model::ComponentId{"r1"});
    fleet->moveSilently(QPointF(0, region.bottom() + 300 - before.top()));
    const model::EditResult result = f.scene.commitMoves();
    ASSERT_FALSE(result);
    EXPECT_EQ(result.reason(), f.placement("ec2-fleet"));
    EXPECT_TRUE(f.gateway.moves.empty());
    EXPECT_EQ(f.scene.boxOf(kF1), before);
}

TEST(CanvasScene, ModelChangesShowWithoutAnyWindow)
{
    SceneFixture f;
    f.controller.removeComponents({kF1});
    f.scene.ensureLayout();
    EXPECT_EQ(f.scene.componentItem(kF1), nullptr);
    EXPECT_EQ(f.scene.connectionItemCount(), 0u) << "its arrow went with it";
    EXPECT_EQ(f.scene.componentItemCount(), 4u);
    EXPECT_TRUE(f.gateway.adds.empty() && f.gateway.moves.empty());
}
