// Gestures beyond drop and move: resizing by the corner handle, panning with the middle
// button or with space held, and opening a file dropped on the window.

#include "GuiHarness.h"

#include <QFileInfo>
#include <QKeyEvent>
#include <QScrollBar>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QUrl>
#include <gtest/gtest.h>

using namespace azimuth;
using guitest::item;
using guitest::text;
using guitest::windowWith;

namespace {

const char* kBandOverOneZone = R"({
  "format": "azimuth", "version": 1,
  "components": [
    { "id": "r1", "kind": "region" },
    { "id": "az-a", "kind": "availability-zone", "parent": "r1", "name": "us-east-1a" },
    { "id": "az-b", "kind": "availability-zone", "parent": "r1", "name": "us-east-1b" },
    { "id": "web", "kind": "auto-scaling-group", "parent": "r1", "name": "Web", "props": { "zones": ["az-a"] } },
    { "id": "f1", "kind": "ec2-fleet", "parent": "az-a" },
    { "id": "f2", "kind": "ec2-fleet", "parent": "az-b" },
    { "id": "eb", "kind": "elastic-beanstalk-environment", "parent": "r1", "name": "Admin" },
    { "id": "fn", "kind": "lambda-function", "parent": "eb" }
  ]
})";

void mouseAt(app::MainWindow& w, QEvent::Type type, QPoint at, Qt::MouseButton button,
             Qt::MouseButtons buttons)
{
    QWidget* vp = w.view()->viewport();
    QMouseEvent e(type, QPointF(at), vp->mapToGlobal(QPointF(at)), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(vp, &e);
}

/// Presses the left button on the bottom-right grip of a selected item and drags it.
void dragGrip(app::MainWindow& w, views::ComponentItem* it, QPointF by)
{
    w.scene()->selectComponents({it->id()});
    const QPointF grip = it->box().bottomRight() - QPointF(4, 4);
    w.view()->centerOn(grip + by / 2);
    QApplication::processEvents();
    const QPoint from = w.view()->mapFromScene(grip);
    const QPoint to = w.view()->mapFromScene(grip + by);
    mouseAt(w, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
    for (int i = 1; i <= 4; ++i)
        mouseAt(w, QEvent::MouseMove, from + (to - from) * i / 4, Qt::NoButton, Qt::LeftButton);
    mouseAt(w, QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton);
    w.scene()->ensureLayout();
}

std::pair<int, int> scroll(app::MainWindow& w)
{
    return {w.view()->horizontalScrollBar()->value(), w.view()->verticalScrollBar()->value()};
}

} // namespace

TEST(Gestures, ResizingAContainerByItsCornerIsOneUndoableEdit)
{
    auto w = windowWith(kBandOverOneZone);
    const model::Design before = w->controller().design();
    const std::string beforeText = text(*w);
    const QRectF box = item(*w, "eb")->box();
    dragGrip(*w, item(*w, "eb"), QPointF(120, 80));
    const model::Component* eb = w->controller().design().component(model::ComponentId{"eb"});
    ASSERT_TRUE(eb->geometry.has_value()) << w->statusBar()->currentMessage().toStdString();
    EXPECT_EQ(eb->geometry->w, box.width() + 120);
    EXPECT_EQ(eb->geometry->h, box.height() + 80);
    EXPECT_EQ(item(*w, "eb")->box().size(), box.size() + QSizeF(120, 80));
    EXPECT_EQ(eb->parent.value, "r1");
    EXPECT_EQ(w->undoStack()->count(), 1);
    w->undoStack()->undo();
    w->scene()->ensureLayout();
    EXPECT_TRUE(w->controller().design() == before);
    EXPECT_EQ(text(*w), beforeText);
    EXPECT_EQ(item(*w, "eb")->box(), box);
}

TEST(Gestures, ResizingASpanningGroupAcrossAnotherZoneAddsItToItsZones)
{
    auto w = windowWith(kBandOverOneZone);
    const std::string beforeText = text(*w);
    auto* web = item(*w, "web");
    ASSERT_EQ(web->look(), views::ComponentItem::Look::Band);
    const QRectF zoneB = item(*w, "az-b")->box();
    ASSERT_LT(web->box().right(), zoneB.left() + 24); // it starts over az-a only
    dragGrip(*w, web, QPointF(zoneB.center().x() - web->box().right(), 0));
    const auto& catalog = w->controller().catalog();
    const model::Component* c = w->controller().design().component(model::ComponentId{"web"});
    EXPECT_EQ(catalog.idList(*c, "zones"), (std::vector<std::string>{"az-a", "az-b"}))
        << w->statusBar()->currentMessage().toStdString();
    EXPECT_EQ(w->undoStack()->count(), 1);
    w->undoStack()->undo();
    EXPECT_EQ(text(*w), beforeText);
}

TEST(Gestures, MiddleDragPansTheViewAndLeavesTheDesignAlone)
{
    auto w = windowWith(kBandOverOneZone);
    w->view()->setZoom(3.0);
    w->view()->centerOn(item(*w, "r1")->box().center());
    QApplication::processEvents();
    const std::string beforeText = text(*w);
    const auto start = scroll(*w);
    const QPoint at = w->view()->viewport()->rect().center();
    mouseAt(*w, QEvent::MouseButtonPress, at, Qt::MiddleButton, Qt::MiddleButton);
    mouseAt(*w, QEvent::MouseMove, at + QPoint(30, 20), Qt::NoButton, Qt::MiddleButton);
    mouseAt(*w, QEvent::MouseMove, at + QPoint(60, 40), Qt::NoButton, Qt::MiddleButton);
    mouseAt(*w, QEvent::MouseButtonRelease, at + QPoint(60, 40), Qt::MiddleButton, Qt::NoButton);
    EXPECT_EQ(scroll(*w), std::make_pair(start.first - 60, start.second - 40));
    EXPECT_EQ(text(*w), beforeText);
    EXPECT_EQ(w->undoStack()->count(), 0);
}

TEST(Gestures, SpaceDragPansEvenOverAComponentAndMovesNothing)
{
    auto w = windowWith(kBandOverOneZone);
    w->view()->setZoom(3.0);
    const QPointF f1 = item(*w, "f1")->box().center();
    w->view()->centerOn(f1);
    QApplication::processEvents();
    const std::string beforeText = text(*w);
    const auto start = scroll(*w);
    const QPoint at = w->view()->mapFromScene(f1); // a press on f1 would normally move it
    QKeyEvent spaceDown(QEvent::KeyPress, Qt::Key_Space, Qt::NoModifier, QStringLiteral(" "));
    QApplication::sendEvent(w->view(), &spaceDown);
    mouseAt(*w, QEvent::MouseButtonPress, at, Qt::LeftButton, Qt::LeftButton);
    mouseAt(*w, QEvent::MouseMove, at - QPoint(40, 24), Qt::NoButton, Qt::LeftButton);
    mouseAt(*w, QEvent::MouseButtonRelease, at - QPoint(40, 24), Qt::LeftButton, Qt::NoButton);
    QKeyEvent spaceUp(QEvent::KeyRelease, Qt::Key_Space, Qt::NoModifier, QStringLiteral(" "));
    QApplication::sendEvent(w->view(), &spaceUp);
    w->scene()->ensureLayout();
    EXPECT_EQ(scroll(*w), std::make_pair(start.first + 40, start.second + 24));
    EXPECT_EQ(text(*w), beforeText);
    EXPECT_EQ(w->undoStack()->count(), 0);
    // With space released, the same drag moves the fleet again.
    guitest::drag(*w, f1, f1 + QPointF(0, 16));
    EXPECT_NE(text(*w), beforeText);
}

TEST(Gestures, DroppingAnAzimuthFileOnTheWindowOpensIt)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("dropped.azimuth");
    {
        auto source = windowWith(kBandOverOneZone);
        QString error;
        ASSERT_TRUE(source->saveTo(path, &error)) << error.toStdString();
    }
    auto w = windowWith("");
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    const QPoint at = w->view()->viewport()->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(w->view()->viewport(), &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDragMoveEvent move(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(w->view()->viewport(), &move);
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(w->view()->viewport(), &drop);
    EXPECT_TRUE(drop.isAccepted());
    EXPECT_EQ(w->filePath(), QFileInfo(path).absoluteFilePath());
    EXPECT_EQ(text(*w), model::writeDesign(model::readDesignFile(path.toStdString())));
    EXPECT_EQ(w->scene()->componentItemCount(), 8u);
    EXPECT_NE(w->windowTitle().indexOf("dropped.azimuth"), -1);

    // Anything else is not taken, and the document stays.
    const std::string opened = text(*w);
    QMimeData other;
    other.setUrls({QUrl::fromLocalFile(dir.filePath("notes.txt"))});
    QDragEnterEvent refuse(at, Qt::CopyAction, &other, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(w->view()->viewport(), &refuse);
    EXPECT_FALSE(refuse.isAccepted());
    EXPECT_EQ(text(*w), opened);
}
