// Editing on the canvas and in the inspector: every edit undoes and redoes back to the
// identical document.

#include "GuiHarness.h"
#include "views/inspector/InstanceTypeCombo.h"

#include <QLineEdit>
#include <QSpinBox>
#include <QStatusBar>
#include <QTest>
#include <gtest/gtest.h>

using namespace azimuth;
using guitest::drag;
using guitest::item;
using guitest::text;
using guitest::windowWith;

namespace {

// No geometry at all: the window lays it out.
const char* kTwoZones = R"({
  "format": "azimuth", "version": 1,
  "components": [
    { "id": "r1", "kind": "region", "name": "Main" },
    { "id": "az-a", "kind": "availability-zone", "parent": "r1", "name": "us-east-1a" },
    { "id": "az-b", "kind": "availability-zone", "parent": "r1", "name": "us-east-1b" },
    { "id": "f1", "kind": "ec2-fleet", "parent": "az-a", "name": "Web A", "props": { "count": 2, "instanceType": "m5.large" } },
    { "id": "f2", "kind": "ec2-fleet", "parent": "az-b", "name": "Web B" },
    { "id": "q1", "kind": "sqs-queue", "parent": "r1", "name": "Jobs" }
  ],
  "connections": [ { "id": "c1", "from": "f1", "to": "q1", "label": "jobs" } ]
})";

QPointF iconCentre(views::ComponentItem* i)
{
    return QPointF(i->box().center().x(), i->box().top() + 24);
}

/// Undo, check the document is the one before; redo, check it is the one after.
void expectUndoRedo(app::MainWindow& w, const model::Design& before, const std::string& beforeText)
{
    const model::Design after = w.controller().design();
    const std::string afterText = text(w);
    w.undoStack()->undo();
    w.scene()->ensureLayout();
    EXPECT_TRUE(w.controller().design() == before);
    EXPECT_EQ(text(w), beforeText);
    w.undoStack()->redo();
    w.scene()->ensureLayout();
    EXPECT_TRUE(w.controller().design() == after);
    EXPECT_EQ(text(w), afterText);
}

} // namespace

TEST(Layout, ADesignWithoutGeometryIsLaidOutWithoutOverlaps)
{
    auto w = windowWith(kTwoZones);
    const QRectF r = item(*w, "r1")->box(), a = item(*w, "az-a")->box(),
                 b = item(*w, "az-b")->box();
    EXPECT_TRUE(r.contains(a));
    EXPECT_TRUE(r.contains(b));
    EXPECT_FALSE(a.intersects(b));
    EXPECT_TRUE(a.contains(item(*w, "f1")->box()));
    EXPECT_TRUE(b.contains(item(*w, "f2")->box()));
    const QRectF q = item(*w, "q1")->box();
    EXPECT_TRUE(r.contains(q));
    EXPECT_FALSE(q.intersects(a));
    EXPECT_FALSE(q.intersects(b));
    EXPECT_DOUBLE_EQ(a.height(), b.height()); // zones stand in even columns
}

TEST(Edit, DraggingAFleetIntoAnotherZoneReparentsItAndUndoRedoIsExact)
{
    auto w = windowWith(kTwoZones);
    const model::Design before = w->controller().design();
    const std::string beforeText = text(*w);
    const QRectF b = item(*w, "az-b")->box();
    drag(*w, iconCentre(item(*w, "f1")), QPointF(b.center().x(), b.bottom() - 28));
    const model::Component* f1 = w->controller().design().component(model::ComponentId{"f1"});
    ASSERT_EQ(f1->parent.value, "az-b") << w->statusBar()->currentMessage().toStdString();
    EXPECT_TRUE(item(*w, "az-b")->box().contains(item(*w, "f1")->box()));
    EXPECT_EQ(w->undoStack()->count(), 1); // one edit, not one per mouse move
    expectUndoRedo(*w, before, beforeText);
}

TEST(Edit, DraggingAFleetOutOfAnyZoneIsRefusedAndPutBack)
{
    auto w = windowWith(kTwoZones);
    const std::string beforeText = text(*w);
    const QRectF f1Box = item(*w, "f1")->box();
    drag(*w, iconCentre(item(*w, "f1")), QPointF(f1Box.center().x(), -400));
    EXPECT_EQ(text(*w), beforeText);
    EXPECT_EQ(item(*w, "f1")->box(), f1Box);
    EXPECT_EQ(w->statusBar()->currentMessage().toStdString(),
              model::KindCatalog::builtin().find("ec2-fleet")->placement);
}

TEST(Edit, DraggingFromTheEdgeHandleConnectsAndUndoRedoIsExact)
{
    auto w = windowWith(kTwoZones);
    const model::Design before = w->controller().design();
    const std::string beforeText = text(*w);
    drag(*w, item(*w, "f2")->connectHandle(), iconCentre(item(*w, "q1")));
    const auto& conns = w->controller().design().connections();
    ASSERT_EQ(conns.size(), 2u) << w->statusBar()->currentMessage().toStdString();
    EXPECT_EQ(conns.back().from.value, "f2");
    EXPECT_EQ(conns.back().to.value, "q1");
    EXPECT_NE(w->scene()->connectionItem(conns.back().id), nullptr);
    // Neither end moved.
    EXPECT_EQ(w->controller().design().component(model::ComponentId{"f2"})->geometry, std::nullopt);
    expectUndoRedo(*w, before, beforeText);
}

TEST(Edit, TheConnectToolConnectsFromAnywhereOnAComponent)
{
    auto w = windowWith(kTwoZones);
    w->view()->setConnectMode(true);
    drag(*w, item(*w, "f2")->box().center(), iconCentre(item(*w, "f1")));
    const auto& conns = w->controller().design().connections();
    ASSERT_EQ(conns.size(), 2u);
    EXPECT_EQ(conns.back().from.value, "f2");
    EXPECT_EQ(conns.back().to.value, "f1");
    // A second arrow between the same two is refused.
    drag(*w, item(*w, "f2")->box().center(), iconCentre(item(*w, "f1")));
    EXPECT_EQ(w->controller().design().connections().size(), 2u);
    EXPECT_EQ(w->statusBar()->currentMessage().toStdString(),
              "\"Web B\" is already connected to \"Web A\".");
}

TEST(Edit, DeletingAComponentTakesItsConnectionsAndUndoRestoresTheDocument)
{
    auto w = windowWith(kTwoZones);
    const model::Design before = w->controller().design();
    const std::string beforeText = text(*w);
    item(*w, "f1")->setSelected(true);
    w->deleteSelection();
    w->scene()->ensureLayout();
    EXPECT_EQ(w->controller().design().component(model::ComponentId{"f1"}), nullptr);
    EXPECT_TRUE(w->controller().design().connections().empty());
    EXPECT_EQ(item(*w, "f1"), nullptr);
    EXPECT_EQ(w->scene()->connectionItemCount(), 0u);
    expectUndoRedo(*w, before, beforeText);
    w->undoStack()->undo();
    w->scene()->ensureLayout();
    EXPECT_NE(item(*w, "f1"), nullptr);
    EXPECT_EQ(w->scene()->connectionItemCount(), 1u);
}

TEST(Edit, DeletingAZoneTakesWhatItHolds)
{
    auto w = windowWith(kTwoZones);
    const model::Design before = w->controller().design();
    const std::string beforeText = text(*w);
    w->scene()->selectComponents({model::ComponentId{"az-a"}});
    w->deleteSelection();
    EXPECT_EQ(w->controller().design().component(model::ComponentId{"f1"}), nullptr);
    EXPECT_EQ(w->controller().design().components().size(), 4u);
    expectUndoRedo(*w, before, beforeText);
}

TEST(Edit, ArrowKeysNudgeTheSelectionByOneGridStep)
{
    auto w = windowWith(kTwoZones);
    const model::Design before = w->controller().design();
    const std::string beforeText = text(*w);
    const QRectF box = item(*w, "q1")->box();
    w->scene()->selectComponents({model::ComponentId{"q1"}});
    w->view()->setFocus();
    QTest::keyClick(w->view(), Qt::Key_Right);
    w->scene()->ensureLayout();
    EXPECT_EQ(item(*w, "q1")->box(), box.translated(8, 0));
    ASSERT_TRUE(w->controller().design().component(model::ComponentId{"q1"})->geometry);
    expectUndoRedo(*w, before, beforeText);
}

TEST(Edit, CopyAndPasteIntoAnotherZoneAddsACopyWithFreshIds)
{
    auto w = windowWith(kTwoZones);
    const model::Design before = w->controller().design();
    const std::string beforeText = text(*w);
    w->scene()->selectComponents({model::ComponentId{"f1"}});
    w->copySelection();
    w->scene()->selectComponents({model::ComponentId{"az-b"}});
    w->paste();
    const auto& comps = w->controller().design().components();
    ASSERT_EQ(comps.size(), before.components().size() + 1);
    const model::Component& copy = comps.back();
    EXPECT_EQ(copy.kind, "ec2-fleet");
    EXPECT_NE(copy.id.value, "f1");
    EXPECT_EQ(copy.parent.value, "az-b");
    EXPECT_EQ(copy.props, before.component(model::ComponentId{"f1"})->props);
    EXPECT_EQ(w->undoStack()->count(), 1);
    expectUndoRedo(*w, before, beforeText);
}

TEST(Edit, DuplicatingARegionCopiesWhatItHoldsAndTheirConnections)
{
    auto w = windowWith(kTwoZones);
    const size_t n = w->controller().design().components().size();
    w->scene()->selectComponents({model::ComponentId{"r1"}});
    w->duplicateSelection();
    EXPECT_EQ(w->controller().design().components().size(), 2 * n);
    EXPECT_EQ(w->controller().design().connections().size(), 2u);
    EXPECT_TRUE(w->controller().invariantViolations().empty());
}

TEST(Inspector, EditingAPropertyIsOneUndoableEdit)
{
    auto w = windowWith(kTwoZones);
    const model::Design before = w->controller().design();
    const std::string beforeText = text(*w);
    w->scene()->selectComponents({model::ComponentId{"f1"}});
    ASSERT_EQ(w->inspector()->component().value, "f1");
    auto* count = qobject_cast<QSpinBox*>(w->inspector()->editor("count"));
    ASSERT_NE(count, nullptr);
    EXPECT_EQ(count->value(), 2);
    count->setValue(5);
    const model::Component* f1 = w->controller().design().component(model::ComponentId{"f1"});
    EXPECT_EQ(w->controller().catalog().number(*f1, "count"), 5);
    EXPECT_EQ(w->undoStack()->count(), 1);
    expectUndoRedo(*w, before, beforeText);
    // The editor follows the model on undo.
    w->undoStack()->undo();
    EXPECT_EQ(count->value(), 2);
}

TEST(Inspector, TheInstanceTypeComboListsTheRegionsTypesAndSetsOne)
{
    auto w = windowWith(kTwoZones);
    w->scene()->selectComponents({model::ComponentId{"f1"}});
    auto* combo = qobject_cast<views::InstanceTypeCombo*>(w->inspector()->editor("instanceType"));
    ASSERT_NE(combo, nullptr);
    EXPECT_EQ(combo->typeName(), "m5.large");
    const int i = combo->findText("t3.micro", Qt::MatchStartsWith);
    ASSERT_GE(i, 0);
    EXPECT_NE(combo->itemText(i).indexOf("vCPU"), -1);
    combo->setCurrentIndex(i);
    emit combo->activated(i);
    const model::Component* f1 = w->controller().design().component(model::ComponentId{"f1"});
    EXPECT_EQ(w->controller().catalog().string(*f1, "instanceType"), "t3.micro");
    w->undoStack()->undo();
    EXPECT_EQ(combo->typeName(), "m5.large");
}

TEST(Inspector, RenamingShowsOnTheCanvasAndUndoes)
{
    auto w = windowWith(kTwoZones);
    const model::Design before = w->controller().design();
    const std::string beforeText = text(*w);
    w->scene()->selectComponents({model::ComponentId{"q1"}});
    auto* name = qobject_cast<QLineEdit*>(w->inspector()->editor("name"));
    ASSERT_NE(name, nullptr);
    name->setText("Orders");
    emit name->editingFinished();
    EXPECT_EQ(w->controller().design().component(model::ComponentId{"q1"})->name, "Orders");
    expectUndoRedo(*w, before, beforeText);
}

TEST(View, CtrlWheelZoomsAndFitShowsEverything)
{
    auto w = windowWith(kTwoZones);
    const qreal z = w->view()->zoom();
    const QPoint at = w->view()->viewport()->rect().center();
    QWheelEvent wheel(QPointF(at), w->view()->viewport()->mapToGlobal(QPointF(at)), QPoint(),
                      QPoint(0, 120), Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(w->view()->viewport(), &wheel);
    EXPECT_GT(w->view()->zoom(), z);
    w->view()->zoomToFit();
    const QRectF visible = w->view()->mapToScene(w->view()->viewport()->rect()).boundingRect();
    EXPECT_TRUE(visible.contains(w->scene()->itemsBoundingRect()));
}
