#pragma once
// Drives a real MainWindow the way a user does: drag events straight to the viewport
// (a real QDrag cannot run in a test), mouse events for moves and connects.

#include "app/window/MainWindow.h"
#include "model/io/DesignReader.h"
#include "model/io/DesignWriter.h"
#include "views/canvas/CanvasScene.h"
#include "views/canvas/CanvasView.h"
#include "views/canvas/ComponentItem.h"
#include "views/inspector/InspectorWidget.h"
#include "views/palette/PaletteWidget.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QMimeData>
#include <QMouseEvent>
#include <QUndoStack>
#include <memory>
#include <string>

namespace azimuth::guitest {

inline std::unique_ptr<app::MainWindow> windowWith(const std::string& json)
{
    auto w = std::make_unique<app::MainWindow>();
    w->resize(1400, 900);
    w->show();
    if (!json.empty()) w->controller().reset(model::readDesign(json, "test.azimuth"));
    w->view()->resetZoom();
    w->scene()->ensureLayout();
    QApplication::processEvents();
    return w;
}

inline std::string text(app::MainWindow& w)
{
    return model::writeDesign(w.controller().design());
}

/// Sends enter, move and drop of a palette kind at a scene point; returns whether the
/// view accepted the drop.
inline bool dropKind(app::MainWindow& w, const std::string& kind, QPointF scenePos)
{
    auto* view = w.view();
    view->centerOn(scenePos);
    QApplication::processEvents();
    const QPoint at = view->mapFromScene(scenePos);
    QMimeData mime;
    mime.setData(views::CanvasView::kKindMime, QByteArray::fromStdString(kind));
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &enter);
    QDragMoveEvent move(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &move);
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &drop);
    w.scene()->ensureLayout();
    return drop.isAccepted();
}

inline void mouse(app::MainWindow& w, QEvent::Type type, QPointF scenePos, Qt::MouseButtons buttons)
{
    auto* view = w.view();
    const QPoint at = view->mapFromScene(scenePos);
    const QPointF global = view->viewport()->mapToGlobal(QPointF(at));
    const Qt::MouseButton button = type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton;
    QMouseEvent e(type, QPointF(at), global, button, buttons, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &e);
}

/// Presses at `from`, moves in `steps` steps to `to` and releases, like a mouse drag.
inline void drag(app::MainWindow& w, QPointF from, QPointF to, int steps = 6)
{
    w.view()->centerOn((from + to) / 2);
    QApplication::processEvents();
    mouse(w, QEvent::MouseButtonPress, from, Qt::LeftButton);
    for (int i = 1; i <= steps; ++i)
        mouse(w, QEvent::MouseMove, from + (to - from) * i / steps, Qt::LeftButton);
    mouse(w, QEvent::MouseButtonRelease, to, Qt::NoButton);
    w.scene()->ensureLayout();
}

inline views::ComponentItem* item(app::MainWindow& w, const char* id)
{
    return w.scene()->componentItem(model::ComponentId{id});
}

} // namespace azimuth::guitest
