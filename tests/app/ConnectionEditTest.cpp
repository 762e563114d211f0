// Connections edited as a user does: clicked on the canvas into the inspector, labelled,
// made sync or async, deleted; each change one undoable step.

#include "GuiHarness.h"
#include "ScreenShot.h"
#include "model/catalog/DesignQueries.h"
#include "views/canvas/ConnectionItem.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <gtest/gtest.h>

using namespace azimuth;
using guitest::item;
using guitest::text;
using guitest::windowWith;

namespace {

const char* kQueueDesign = R"({
  "format": "azimuth", "version": 1,
  "components": [
    { "id": "r1", "kind": "region", "name": "Main" },
    { "id": "az-a", "kind": "availability-zone", "parent": "r1", "name": "us-east-1a" },
    { "id": "f1", "kind": "ec2-fleet", "parent": "az-a", "name": "Web A" },
    { "id": "q1", "kind": "sqs-queue", "parent": "r1", "name": "Jobs" }
  ],
  "connections": [ { "id": "c1", "from": "f1", "to": "q1", "label": "jobs" } ]
})";

const model::ConnectionId kC1{"c1"};

const model::Connection& c1(app::MainWindow& w)
{
    return *w.controller().design().connection(kC1);
}

/// The middle of the arrow's longest straight run: on the line, away from its ends.
QPointF onTheArrow(app::MainWindow& w)
{
    w.scene()->finishRouting();
    const QVector<QPointF>& pts = w.scene()->connectionItem(kC1)->points();
    QLineF longest;
    for (int i = 1; i < pts.size(); ++i)
        if (QLineF(pts[i - 1], pts[i]).length() > longest.length())
            longest = QLineF(pts[i - 1], pts[i]);
    return longest.center();
}

void click(app::MainWindow& w, QPointF scenePos)
{
    w.view()->centerOn(scenePos);
    QApplication::processEvents();
    QTest::mouseClick(w.view()->viewport(), Qt::LeftButton, Qt::NoModifier,
                      w.view()->mapFromScene(scenePos));
    QApplication::processEvents();
}

void activate(app::MainWindow& w)
{
    // Menu shortcuts (Delete, Ctrl+Y) need an active window.
    w.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&w, 2000));
}

bool inspectorShows(app::MainWindow& w, const QString& text)
{
    for (QLabel* l : w.inspector()->findChildren<QLabel*>())
        if (l->isVisibleTo(w.inspector()) && l->text() == text) return true;
    return false;
}

} // namespace

TEST(ConnectionEdit, ClickingAnArrowSelectsItAndTheInspectorShowsItsEnds)
{
    auto w = windowWith(kQueueDesign);
    click(*w, onTheArrow(*w));
    ASSERT_EQ(w->scene()->selectedConnections(), std::vector<model::ConnectionId>{kC1});
    EXPECT_TRUE(w->scene()->selectedComponents().empty());
    EXPECT_TRUE(w->scene()->connectionItem(kC1)->isSelected());
    EXPECT_EQ(w->inspector()->connection(), kC1);
    EXPECT_TRUE(inspectorShows(*w, "Connection"));
    EXPECT_TRUE(inspectorShows(*w, "Web A"));
    EXPECT_TRUE(inspectorShows(*w, "Jobs"));
    auto* label = qobject_cast<QLineEdit*>(w->inspector()->editor("label"));
    ASSERT_NE(label, nullptr);
    EXPECT_EQ(label->text(), "jobs");
    // A queue at one end: async unless the file says otherwise, and the choice says so.
    auto* mode = qobject_cast<QComboBox*>(w->inspector()->editor("mode"));
    ASSERT_NE(mode, nullptr);
    EXPECT_EQ(mode->currentText(), "Default (async)");
    // Clicking the empty canvas leaves it.
    click(*w, QPointF(-300, -200));
    EXPECT_TRUE(w->scene()->selectedConnections().empty());
    EXPECT_TRUE(w->inspector()->connection().empty());
}

TEST(ConnectionEdit, ALabelTypedInTheInspectorIsDrawnOnTheArrowAndUndoes)
{
    auto w = windowWith(kQueueDesign);
    activate(*w);
    click(*w, onTheArrow(*w));
    const std::string before = text(*w);
    const QRectF boxBefore = w->scene()->connectionItem(kC1)->labelBox();
    const int steps = w->undoStack()->count();
    auto* label = qobject_cast<QLineEdit*>(w->inspector()->editor("label"));
    ASSERT_NE(label, nullptr);
    label->setFocus();
    label->selectAll();
    QTest::keyClicks(label, "HTTPS and more");
    QTest::keyClick(label, Qt::Key_Return);
    ASSERT_EQ(c1(*w).label, std::optional<std::string>("HTTPS and more"));
    EXPECT_EQ(w->undoStack()->count(), steps + 1);
    EXPECT_EQ(w->undoStack()->undoText(), "Label Connection");
    w->scene()->finishRouting();
    // Drawn: the arrow's label box grew to hold the longer text.
    const QRectF boxAfter = w->scene()->connectionItem(kC1)->labelBox();
    EXPECT_GT(boxAfter.width(), boxBefore.width());
    guitest::screenShot("connection-selected-with-inspector");
    const std::string after = text(*w);

    w->undoStack()->undo();
    EXPECT_EQ(text(*w), before);
    EXPECT_EQ(label->text(), "jobs"); // the inspector shows the model again
    // Ctrl+Y redoes as Ctrl+Shift+Z does.
    w->view()->setFocus();
    QTest::keyClick(w->view(), Qt::Key_Y, Qt::ControlModifier);
    EXPECT_EQ(text(*w), after);
    w->undoStack()->undo();
    QTest::keyClick(w->view(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(text(*w), after);

    // Clearing the field takes the label away.
    label->setFocus();
    label->selectAll();
    QTest::keyClick(label, Qt::Key_Delete);
    QTest::keyClick(label, Qt::Key_Return);
    EXPECT_EQ(c1(*w).label, std::nullopt);
    w->scene()->finishRouting();
    EXPECT_TRUE(w->scene()->connectionItem(kC1)->labelBox().isEmpty());
}

TEST(ConnectionEdit, TheModeIsChosenInTheInspectorAndUndoes)
{
    auto w = windowWith(kQueueDesign);
    click(*w, onTheArrow(*w));
    const std::string before = text(*w);
    auto* mode = qobject_cast<QComboBox*>(w->inspector()->editor("mode"));
    ASSERT_NE(mode, nullptr);
    mode->setFocus();
    QTest::keyClick(mode, Qt::Key_Down); // Default -> Sync
    ASSERT_EQ(c1(*w).mode, std::optional<std::string>("sync"));
    EXPECT_FALSE(model::isAsync(w->controller().design(), w->controller().catalog(), c1(*w)));
    EXPECT_EQ(w->undoStack()->undoText(), "Set Connection Mode");
    QTest::keyClick(mode, Qt::Key_Down); // Sync -> Async
    EXPECT_EQ(c1(*w).mode, std::optional<std::string>("async"));
    w->undoStack()->undo();
    EXPECT_EQ(c1(*w).mode, std::optional<std::string>("sync"));
    EXPECT_EQ(mode->currentText(), "Sync (request/response)");
    w->undoStack()->undo();
    EXPECT_EQ(text(*w), before);
    EXPECT_EQ(mode->currentText(), "Default (async)");
}

TEST(ConnectionEdit, DeleteRemovesTheSelectedArrowOnlyAndUndoBringsItBack)
{
    auto w = windowWith(kQueueDesign);
    activate(*w);
    const std::string before = text(*w);
    click(*w, onTheArrow(*w));
    ASSERT_EQ(w->scene()->selectedConnections().size(), 1u);
    w->view()->setFocus();
    QTest::keyClick(w->view(), Qt::Key_Delete);
    EXPECT_TRUE(w->controller().design().connections().empty());
    EXPECT_EQ(w->controller().design().components().size(), 4u);
    EXPECT_EQ(w->scene()->connectionItemCount(), 0u);
    EXPECT_TRUE(w->inspector()->connection().empty());
    w->undoStack()->undo();
    EXPECT_EQ(text(*w), before);
    EXPECT_NE(w->scene()->connectionItem(kC1), nullptr);
}
