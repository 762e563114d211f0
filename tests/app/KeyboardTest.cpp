// The canvas from the keyboard and the small things a new user meets: what was dropped
// or pasted is selected, Esc leaves the Connect Tool, a refused drop says why where it
// happened, the Learn panel never names a deleted component, Insert adds every kind at
// the view's centre, Tab walks the components, arrows nudge, Delete removes, Enter goes
// to the inspector.

#include "GuiHarness.h"
#include "ScreenShot.h"
#include "app/window/UndoEditGateway.h"
#include "views/canvas/CanvasToast.h"
#include "views/canvas/ConnectionItem.h"
#include "views/canvas/IconCache.h"
#include "views/classroom/LearnCardView.h"

#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTest>
#include <gtest/gtest.h>

using namespace azimuth;
using guitest::dropKind;
using guitest::item;
using guitest::text;
using guitest::windowWith;

namespace {

const char* kTwoZones = R"({
  "format": "azimuth", "version": 1,
  "components": [
    { "id": "r1", "kind": "region", "name": "Main", "geometry": { "x": 0, "y": 0, "w": 960, "h": 520 } },
    { "id": "az-a", "kind": "availability-zone", "parent": "r1", "name": "us-east-1a", "geometry": { "x": 16, "y": 40, "w": 400, "h": 320 } },
    { "id": "az-b", "kind": "availability-zone", "parent": "r1", "name": "us-east-1b", "geometry": { "x": 440, "y": 40, "w": 400, "h": 320 } },
    { "id": "f1", "kind": "ec2-fleet", "parent": "az-a", "name": "Web A", "geometry": { "x": 40, "y": 56, "w": 96, "h": 88 } },
    { "id": "f2", "kind": "ec2-fleet", "parent": "az-b", "name": "Web B", "geometry": { "x": 40, "y": 56, "w": 96, "h": 88 } },
    { "id": "q1", "kind": "sqs-queue", "parent": "r1", "name": "Jobs", "geometry": { "x": 400, "y": 400, "w": 96, "h": 88 } }
  ],
  "connections": [ { "id": "c1", "from": "f1", "to": "q1" } ]
})";

std::vector<model::ComponentId> ids(std::initializer_list<const char*> names)
{
    std::vector<model::ComponentId> out;
    for (const char* n : names)
        out.emplace_back(n);
    return out;
}

void activate(app::MainWindow& w)
{
    // Menu shortcuts (Delete, Ctrl+Y) need an active window.
    w.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&w, 2000));
}

QAction* action(app::MainWindow& w, const char* name)
{
    return w.findChild<QAction*>(QString::fromLatin1(name));
}

views::LearnCardView* learn(app::MainWindow& w)
{
    return w.findChild<views::LearnCardView*>();
}

/// The component in the design and not in `before`.
model::ComponentId addedSince(const model::Design& after, const model::Design& before)
{
    for (const auto& c : after.components())
        if (!before.component(c.id)) return c.id;
    return {};
}

} // namespace

TEST(Selection, ADroppedComponentIsSelectedAndShownInTheInspector)
{
    auto w = windowWith(kTwoZones);
    const model::Design before = w->controller().design();
    const QPointF at = item(*w, "az-b")->box().center() + QPointF(0, 60);
    ASSERT_TRUE(dropKind(*w, "ec2-fleet", at));
    const model::ComponentId added = addedSince(w->controller().design(), before);
    ASSERT_FALSE(added.empty());
    EXPECT_EQ(w->controller().design().component(added)->parent.value, "az-b");
    EXPECT_EQ(w->scene()->selectedComponents(), std::vector<model::ComponentId>{added});
    EXPECT_EQ(w->inspector()->component(), added);
}

TEST(Selection, PastedComponentsAreTheSelection)
{
    auto w = windowWith(kTwoZones);
    w->scene()->selectComponents(ids({"f1"}));
    w->copySelection();
    const model::Design before = w->controller().design();
    w->paste();
    const model::ComponentId added = addedSince(w->controller().design(), before);
    ASSERT_FALSE(added.empty());
    EXPECT_EQ(w->scene()->selectedComponents(), std::vector<model::ComponentId>{added});
    EXPECT_EQ(w->inspector()->component(), added);
}

TEST(Tools, EscLeavesTheConnectToolAndAConnectionBeingDrawn)
{
    auto w = windowWith(kTwoZones);
    activate(*w);
    QAction* tool = action(*w, "connect-tool");
    ASSERT_NE(tool, nullptr);
    tool->trigger();
    ASSERT_TRUE(w->view()->connectMode());
    EXPECT_TRUE(w->view()->hasFocus()); // so Esc reaches it
    QTest::keyClick(w->view(), Qt::Key_Escape);
    EXPECT_FALSE(w->view()->connectMode());
    EXPECT_FALSE(tool->isChecked());
    EXPECT_EQ(w->view()->viewport()->cursor().shape(), Qt::ArrowCursor);

    // Half way through drawing an arrow, Esc drops it: releasing over a target adds none.
    tool->trigger();
    const QPointF from = item(*w, "f2")->box().center();
    const QPointF to = item(*w, "f1")->box().center();
    w->view()->centerOn((from + to) / 2);
    QApplication::processEvents();
    const size_t lines = w->scene()->items().size();
    guitest::mouse(*w, QEvent::MouseButtonPress, from, Qt::LeftButton);
    guitest::mouse(*w, QEvent::MouseMove, to, Qt::LeftButton);
    EXPECT_EQ(w->scene()->items().size(), lines + 1); // the rubber line
    QTest::keyClick(w->view(), Qt::Key_Escape);
    EXPECT_EQ(w->scene()->items().size(), lines);
    guitest::mouse(*w, QEvent::MouseButtonRelease, to, Qt::NoButton);
    EXPECT_EQ(w->controller().design().connections().size(), 1u);
    EXPECT_FALSE(tool->isChecked());

    // With no tool on, Esc clears the selection.
    w->scene()->selectComponents(ids({"f1"}));
    QTest::keyClick(w->view(), Qt::Key_Escape);
    EXPECT_TRUE(w->scene()->selectedItems().isEmpty());
}

TEST(Tools, ARefusedDropSaysWhyAtTheCursorAndInTheStatusBar)
{
    auto w = windowWith(kTwoZones);
    const std::string before = text(*w);
    // A subnet belongs in an AZ inside a VPC; these AZs are in no VPC.
    const QPointF at = item(*w, "az-a")->box().center() + QPointF(0, 80);
    dropKind(*w, "subnet", at);
    EXPECT_EQ(text(*w), before);
    const QString said = w->statusBar()->currentMessage();
    ASSERT_FALSE(said.isEmpty());
    views::CanvasToast* toast = w->view()->toast();
    ASSERT_TRUE(toast->isVisible());
    EXPECT_EQ(toast->text(), said);
    // Next to where it was dropped: its corner a few pixels off the drop point.
    const QPoint dropped = w->view()->mapFromScene(at);
    EXPECT_LT((toast->geometry().topLeft() - dropped).manhattanLength(), 40);
    EXPECT_GT(toast->width(), 40);
    guitest::screenShot("refused-drop-note");
    // It goes away by itself.
    EXPECT_TRUE(QTest::qWaitFor([&] { return !toast->isVisible(); }, 6000));
}

TEST(Learn, ThePanelFollowsTheSelectionRenamesAndNeverShowsADeletedComponent)
{
    auto w = windowWith(kTwoZones);
    views::LearnCardView* card = learn(*w);
    ASSERT_NE(card, nullptr);
    w->scene()->selectComponents(ids({"f1"}));
    EXPECT_EQ(card->component().value, "f1");
    EXPECT_TRUE(card->toPlainText().contains("Web A"));
    ASSERT_TRUE(w->gateway().rename(model::ComponentId{"f1"}, "Storefront"));
    EXPECT_TRUE(card->toPlainText().contains("Storefront"));
    EXPECT_FALSE(card->toPlainText().contains("Web A"));
    w->scene()->selectComponents(ids({"q1"}));
    EXPECT_EQ(card->component().value, "q1");
    w->scene()->selectComponents(ids({"f1"}));
    w->deleteSelection();
    EXPECT_TRUE(card->component().empty());
    EXPECT_EQ(card->current(), "index");
    EXPECT_FALSE(card->toPlainText().contains("Storefront"));
    // Undo brings the component back, not a stale card.
    w->undoStack()->undo();
    EXPECT_EQ(card->current(), "index");
}

TEST(Insert, TheMenuListsEveryKindWithThePalettesIconsAndAddsAtTheViewsCentre)
{
    auto w = windowWith(kTwoZones);
    QMenu* insert = w->menuBar()->findChild<QMenu*>("insert-menu");
    ASSERT_NE(insert, nullptr);
    const auto& catalog = w->controller().catalog();
    for (const auto& spec : catalog.kinds()) {
        SCOPED_TRACE(spec.kind);
        QAction* act = insert->findChild<QAction*>(QString::fromStdString("insert-" + spec.kind));
        if (!act) // submenus own their actions
            for (QMenu* sub : insert->findChildren<QMenu*>())
                for (QAction* a : sub->actions())
                    if (a->objectName() == QString::fromStdString("insert-" + spec.kind)) act = a;
        ASSERT_NE(act, nullptr);
        EXPECT_EQ(act->text().toStdString(), spec.label);
        EXPECT_EQ(!act->icon().isNull(), views::IconCache::has(QString::fromStdString(spec.icon)));
    }

    if (qEnvironmentVariableIsSet("AZIMUTH_SCREENSHOTS")) {
        // The menu open at its Compute submenu, as a keyboard user sees it.
        w->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(w.get(), 2000));
        const QRect title = w->menuBar()->actionGeometry(insert->menuAction());
        insert->popup(w->menuBar()->mapToGlobal(title.bottomLeft()));
        QTest::qWait(200);
        for (QAction* a : insert->actions())
            if (a->menu() && a->text().contains("Compute")) insert->setActiveAction(a);
        guitest::screenShot("insert-menu-open");
        for (QMenu* m : insert->findChildren<QMenu*>())
            m->close();
        insert->close();
    }

    // A fleet at the centre of a view centred on the second AZ lands in it, selected.
    const QPointF centre = item(*w, "az-b")->box().center() + QPointF(0, 60);
    w->view()->centerOn(centre);
    QApplication::processEvents();
    const QPointF viewCentre = w->view()->mapToScene(w->view()->viewport()->rect().center());
    const model::Design before = w->controller().design();
    const std::string beforeText = text(*w);
    QAction* fleet = nullptr;
    for (QMenu* sub : insert->findChildren<QMenu*>())
        for (QAction* a : sub->actions())
            if (a->objectName() == "insert-ec2-fleet") fleet = a;
    ASSERT_NE(fleet, nullptr);
    fleet->trigger();
    w->scene()->ensureLayout();
    const model::ComponentId added = addedSince(w->controller().design(), before);
    ASSERT_FALSE(added.empty());
    EXPECT_EQ(w->controller().design().component(added)->parent.value, "az-b");
    EXPECT_TRUE(w->scene()->boxOf(added).contains(viewCentre));
    EXPECT_EQ(w->scene()->selectedComponents(), std::vector<model::ComponentId>{added});
    w->undoStack()->undo();
    EXPECT_EQ(text(*w), beforeText);

    // The same containment decision as a drop: a subnet there is refused, and said so.
    QAction* subnet = nullptr;
    for (QMenu* sub : insert->findChildren<QMenu*>())
        for (QAction* a : sub->actions())
            if (a->objectName() == "insert-subnet") subnet = a;
    ASSERT_NE(subnet, nullptr);
    subnet->trigger();
    EXPECT_EQ(text(*w), beforeText);
    EXPECT_TRUE(w->view()->toast()->isVisible());
    EXPECT_EQ(w->view()->toast()->text(), w->statusBar()->currentMessage());
}

TEST(Keyboard, TabAndShiftTabWalkTheComponentsInOutlineOrder)
{
    auto w = windowWith(kTwoZones);
    activate(*w);
    w->view()->setFocus();
    const std::vector<std::string> order = {"r1", "az-a", "f1", "az-b", "f2", "q1"};
    std::vector<model::ComponentId> expected;
    for (const auto& id : order)
        expected.emplace_back(id);
    EXPECT_EQ(w->scene()->keyboardOrder(), expected);
    for (const auto& id : order) {
        QTest::keyClick(w->view(), Qt::Key_Tab);
        ASSERT_EQ(w->scene()->selectedComponents(), ids({id.c_str()}));
        EXPECT_EQ(w->inspector()->component().value, id);
    }
    // Round again from the end; Tab never left the canvas.
    QTest::keyClick(w->view(), Qt::Key_Tab);
    EXPECT_EQ(w->scene()->selectedComponents(), ids({"r1"}));
    EXPECT_TRUE(w->view()->hasFocus());
    QTest::keyClick(w->view(), Qt::Key_Backtab, Qt::ShiftModifier);
    EXPECT_EQ(w->scene()->selectedComponents(), ids({"q1"}));
    QTest::keyClick(w->view(), Qt::Key_Backtab, Qt::ShiftModifier);
    EXPECT_EQ(w->scene()->selectedComponents(), ids({"f2"}));
    // Ctrl+Tab leaves the canvas for the next widget.
    QTest::keyClick(w->view(), Qt::Key_Tab, Qt::ControlModifier);
    EXPECT_FALSE(w->view()->hasFocus());
}

TEST(Keyboard, ArrowsNudgeOneStepAndShiftFourEachOneUndoableMove)
{
    auto w = windowWith(kTwoZones);
    w->view()->setFocus();
    w->scene()->selectComponents(ids({"f1"}));
    const QRectF box = item(*w, "f1")->box();
    const std::string before = text(*w);
    const int steps = w->undoStack()->count();
    QTest::keyClick(w->view(), Qt::Key_Down);
    w->scene()->ensureLayout();
    EXPECT_EQ(item(*w, "f1")->box(), box.translated(0, 8));
    QTest::keyClick(w->view(), Qt::Key_Right, Qt::ShiftModifier);
    w->scene()->ensureLayout();
    EXPECT_EQ(item(*w, "f1")->box(), box.translated(32, 8));
    EXPECT_EQ(w->undoStack()->count(), steps + 2);
    EXPECT_EQ(w->scene()->selectedComponents(), ids({"f1"})); // still selected
    w->undoStack()->undo();
    w->scene()->ensureLayout();
    EXPECT_EQ(item(*w, "f1")->box(), box.translated(0, 8));
    w->undoStack()->undo();
    EXPECT_EQ(text(*w), before);
}

TEST(Keyboard, DeleteRemovesTheSelectedComponent)
{
    auto w = windowWith(kTwoZones);
    activate(*w);
    w->view()->setFocus();
    QTest::keyClick(w->view(), Qt::Key_Tab); // r1
    QTest::keyClick(w->view(), Qt::Key_Tab); // az-a
    QTest::keyClick(w->view(), Qt::Key_Tab); // f1
    ASSERT_EQ(w->scene()->selectedComponents(), ids({"f1"}));
    QTest::keyClick(w->view(), Qt::Key_Delete);
    EXPECT_EQ(w->controller().design().component(model::ComponentId{"f1"}), nullptr);
    EXPECT_TRUE(w->controller().design().connections().empty());
    EXPECT_EQ(w->controller().design().components().size(), 5u);
}

TEST(Keyboard, EnterPutsTheKeyboardInTheInspectorsFirstField)
{
    auto w = windowWith(kTwoZones);
    activate(*w);
    w->view()->setFocus();
    w->scene()->selectComponents(ids({"f2"}));
    QTest::keyClick(w->view(), Qt::Key_Return);
    auto* name = qobject_cast<QLineEdit*>(w->inspector()->editor("name"));
    ASSERT_NE(name, nullptr);
    EXPECT_TRUE(name->hasFocus());
    // Type a name, Enter: renamed, one step.
    QTest::keyClicks(name, "Web Two");
    QTest::keyClick(name, Qt::Key_Return);
    EXPECT_EQ(w->controller().design().component(model::ComponentId{"f2"})->name,
              std::optional<std::string>("Web Two"));

    // A selected connection: its label first.
    w->scene()->clearSelection();
    w->scene()->connectionItem(model::ConnectionId{"c1"})->setSelected(true);
    w->view()->setFocus();
    QTest::keyClick(w->view(), Qt::Key_Enter, Qt::KeypadModifier);
    QWidget* label = w->inspector()->editor("label");
    ASSERT_NE(label, nullptr);
    EXPECT_TRUE(label->hasFocus());
}
