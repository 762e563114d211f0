#pragma once
// A real main window with the classroom features, opened on a sample.

#include "app/classroom/ClassroomActions.h"
#include "app/window/MainWindow.h"
#include "model/io/DesignReader.h"
#include "model/io/DesignWriter.h"
#include "views/canvas/CanvasScene.h"
#include "views/canvas/CanvasView.h"

#include <QApplication>
#include <QMouseEvent>
#include <QScreen>
#include <memory>
#include <string>

namespace azimuth::classroomtest {

inline std::string samplePath(const std::string& file)
{
    return std::string(AZIMUTH_SAMPLES) + "/" + file;
}

inline std::unique_ptr<app::MainWindow> window()
{
    auto w = std::make_unique<app::MainWindow>();
    w->resize(1400, 900);
    w->show();
    QApplication::processEvents();
    return w;
}

/// The window's classroom features: installed by the window itself, or here when the
/// window does not install them.
inline app::ClassroomActions& classroom(app::MainWindow& w)
{
    if (auto* c = w.findChild<app::ClassroomActions*>(QStringLiteral("classroom"))) return *c;
    return *app::ClassroomActions::install(w);
}

inline std::string text(app::MainWindow& w)
{
    return model::writeDesign(w.controller().design());
}

/// A left click at a scene point, pressed and released on the canvas viewport.
inline void click(app::MainWindow& w, QPointF scenePos)
{
    auto* view = w.view();
    if (!view->viewport()->rect().contains(view->mapFromScene(scenePos))) view->centerOn(scenePos);
    const QPointF at = view->mapFromScene(scenePos);
    const QPointF global = view->viewport()->mapToGlobal(at);
    QMouseEvent press(QEvent::MouseButtonPress, at, global, Qt::LeftButton, Qt::LeftButton,
                      Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &press);
    QMouseEvent release(QEvent::MouseButtonRelease, at, global, Qt::LeftButton, Qt::NoButton,
                        Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &release);
    QApplication::processEvents();
}

/// Puts a full-screen window over the whole screen, as a window manager would: under a
/// bare X server (Xvfb) nothing else does, and the window keeps its size.
inline void fillScreen(QWidget& window)
{
    window.setGeometry(window.screen()->geometry());
    QApplication::processEvents();
    QApplication::processEvents();
}

/// Saves a grab of the window when AZIMUTH_SCREENSHOTS names a folder (for reviewing the
/// look by eye); does nothing otherwise.
inline void screenshot(QWidget& widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("AZIMUTH_SCREENSHOTS");
    if (dir.isEmpty()) return;
    QApplication::processEvents();
    widget.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace azimuth::classroomtest
