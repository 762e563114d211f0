// The network layer on the canvas and in the inspector: drops into subnets and the ones
// containment refuses, public and private subnets told apart, a connection's traffic
// edited as one undoable step.

#include "GuiHarness.h"
#include "app/window/UndoEditGateway.h"
#include "views/canvas/ConnectionItem.h"

#include <QLineEdit>
#include <QStatusBar>
#include <gtest/gtest.h>

using namespace azimuth;
using guitest::dropKind;
using guitest::item;
using guitest::text;
using guitest::windowWith;

namespace {

// No geometry: the window lays it out. az-x sits in the region, outside the VPC.
const char* kVpc = R"({
  "format": "azimuth", "version": 2,
  "components": [
    { "id": "r1", "kind": "region", "name": "Main" },
    { "id": "v1", "kind": "vpc", "parent": "r1", "name": "Shop VPC" },
    { "id": "az-a", "kind": "availability-zone", "parent": "v1", "name": "us-east-1a" },
    { "id": "pub-a", "kind": "subnet", "parent": "az-a", "name": "Public A", "props": { "public": true } },
    { "id": "priv-a", "kind": "subnet", "parent": "az-a", "name": "Private A" },
    { "id": "az-x", "kind": "availability-zone", "parent": "r1", "name": "us-east-1b" },
    { "id": "q1", "kind": "sqs-queue", "parent": "r1", "name": "Jobs" },
    { "id": "f1", "kind": "ec2-fleet", "parent": "priv-a", "name": "Workers" }
  ],
  "connections": [ { "id": "c1", "from": "f1", "to": "q1", "props": { "gbPerMonth": 12 } } ]
})";

QPointF middleOf(app::MainWindow& w, const char* id)
{
    return item(w, id)->box().center();
}

size_t countOf(app::MainWindow& w, const std::string& kind)
{
    size_t n = 0;
    for (const auto& c : w.controller().design().components())
        n += c.kind == kind;
    return n;
}

QLineEdit* trafficEditor(app::MainWindow& w, const char* key)
{
    return qobject_cast<QLineEdit*>(w.inspector()->editor(QString::fromLatin1(key)));
}

const model::Json* traffic(app::MainWindow& w, const char* key)
{
    return w.controller().design().connection(model::ConnectionId{"c1"})->props.find(key);
}

} // namespace

TEST(NetworkCanvas, AnEc2FleetDroppedOnASubnetGoesIntoIt)
{
    auto w = windowWith(kVpc);
    ASSERT_TRUE(dropKind(*w, "ec2-fleet", middleOf(*w, "pub-a")))
        << w->statusBar()->currentMessage().toStdString();
    const auto& comps = w->controller().design().components();
    ASSERT_EQ(countOf(*w, "ec2-fleet"), 2u);
    EXPECT_EQ(comps.back().kind, "ec2-fleet");
    EXPECT_EQ(comps.back().parent.value, "pub-a");
    EXPECT_EQ(w->undoStack()->count(), 1);
}

TEST(NetworkCanvas, ANatGatewayOnAPrivateSubnetIsRefusedWithTheReason)
{
    auto w = windowWith(kVpc);
    const std::string before = text(*w);
    dropKind(*w, "nat-gateway", middleOf(*w, "priv-a"));
    EXPECT_EQ(text(*w), before);
    EXPECT_EQ(w->statusBar()->currentMessage().toStdString(),
              "A NAT gateway goes inside a public subnet.");
    // The public one next to it takes it.
    ASSERT_TRUE(dropKind(*w, "nat-gateway", middleOf(*w, "pub-a")));
    EXPECT_EQ(w->controller().design().components().back().parent.value, "pub-a");
}

TEST(NetworkCanvas, ASubnetOnAZoneOutsideAVpcIsRefusedWithTheReason)
{
    auto w = windowWith(kVpc);
    const std::string before = text(*w);
    dropKind(*w, "subnet", middleOf(*w, "az-x"));
    EXPECT_EQ(text(*w), before);
    EXPECT_EQ(w->statusBar()->currentMessage().toStdString(),
              model::KindCatalog::builtin().find("subnet")->placement);
    ASSERT_TRUE(dropKind(*w, "subnet", item(*w, "az-a")->box().bottomLeft() + QPointF(24, -12)))
        << w->statusBar()->currentMessage().toStdString();
    EXPECT_EQ(w->controller().design().components().back().parent.value, "az-a");
}

TEST(NetworkCanvas, PublicAndPrivateSubnetsAreTintedApartAndFollowTheFlag)
{
    auto w = windowWith(kVpc);
    const QColor pub = item(*w, "pub-a")->color();
    const QColor priv = item(*w, "priv-a")->color();
    EXPECT_NE(pub, priv);
    EXPECT_EQ(pub, QColor("#7AA116")) << "AWS draws public subnets green";
    EXPECT_EQ(item(*w, "v1")->color(), QColor("#8C4FFF")) << "a VPC in the networking purple";
    EXPECT_TRUE(item(*w, "v1")->isContainer());
    // Making the private one public recolours it.
    ASSERT_TRUE(
        w->gateway().setProperty(model::ComponentId{"priv-a"}, "public", model::Json(true)));
    w->scene()->ensureLayout();
    EXPECT_EQ(item(*w, "priv-a")->color(), pub);
}

TEST(NetworkCanvas, TheInspectorEditsAConnectionsTrafficAsOneUndoableStep)
{
    auto w = windowWith(kVpc);
    const model::Design before = w->controller().design();
    const std::string beforeText = text(*w);
    w->scene()->connectionItem(model::ConnectionId{"c1"})->setSelected(true);
    ASSERT_EQ(w->inspector()->connection().value, "c1");
    QLineEdit* sent = trafficEditor(*w, "gbPerMonth");
    QLineEdit* back = trafficEditor(*w, "gbPerMonthReturn");
    ASSERT_NE(sent, nullptr);
    ASSERT_NE(back, nullptr);
    EXPECT_EQ(sent->text(), "12");
    EXPECT_EQ(back->text(), "");

    back->setText("250.5");
    emit back->editingFinished();
    ASSERT_NE(traffic(*w, "gbPerMonthReturn"), nullptr);
    EXPECT_EQ(traffic(*w, "gbPerMonthReturn")->asNumber(), 250.5);
    EXPECT_EQ(traffic(*w, "gbPerMonth")->asNumber(), 12) << "the other figure is kept";
    EXPECT_EQ(w->undoStack()->count(), 1);
    const std::string afterText = text(*w);

    w->undoStack()->undo();
    EXPECT_TRUE(w->controller().design() == before);
    EXPECT_EQ(text(*w), beforeText);
    EXPECT_EQ(back->text(), "") << "the editor follows the model";
    w->undoStack()->redo();
    EXPECT_EQ(text(*w), afterText);
    EXPECT_EQ(back->text(), "250.5");

    // Clearing a figure removes it: 0 applies again.
    sent->setText("");
    emit sent->editingFinished();
    EXPECT_EQ(traffic(*w, "gbPerMonth"), nullptr);
    EXPECT_EQ(w->undoStack()->count(), 2);
}

TEST(NetworkCanvas, ARefusedTrafficFigureIsSaidWordForWordAndChangesNothing)
{
    auto w = windowWith(kVpc);
    const std::string before = text(*w);
    w->scene()->connectionItem(model::ConnectionId{"c1"})->setSelected(true);
    QLineEdit* sent = trafficEditor(*w, "gbPerMonth");
    ASSERT_NE(sent, nullptr);
    sent->setText("-40");
    emit sent->editingFinished();
    EXPECT_EQ(w->statusBar()->currentMessage().toStdString(),
              "GB a month from \"Workers\" to \"Jobs\" must be a number, 0 or more; it is -40.");
    EXPECT_EQ(text(*w), before);
    EXPECT_EQ(w->undoStack()->count(), 0);
    EXPECT_EQ(sent->text(), "12") << "the editor shows the model's value again";

    QLineEdit* back = trafficEditor(*w, "gbPerMonthReturn");
    back->setText("a lot");
    emit back->editingFinished();
    EXPECT_EQ(w->statusBar()->currentMessage().toStdString(),
              "GB a month from \"Jobs\" to \"Workers\" must be a number, 0 or more; it is \"a "
              "lot\".");
    EXPECT_EQ(text(*w), before);
}
