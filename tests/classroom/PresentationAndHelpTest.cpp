// Presentation mode (F5, Esc) and the Help menu's shortcuts table and Getting Started.

#include "ClassroomHarness.h"
#include "app/classroom/HelpDialogs.h"
#include "app/window/UndoEditGateway.h"
#include "views/canvas/CanvasTheme.h"
#include "views/classroom/DrillOverlay.h"
#include "views/classroom/LaserPointer.h"
#include "views/classroom/PresentationMode.h"

#include <QAction>
#include <QDockWidget>
#include <QImage>
#include <QLabel>
#include <QMenuBar>
#include <QPainter>
#include <QTest>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace azimuth;
using namespace azimuth::classroomtest;

namespace {

QStringList visibleDocks(QMainWindow& w)
{
    QStringList out;
    for (auto* dock : w.findChildren<QDockWidget*>())
        if (dock->isVisible()) out << dock->objectName();
    out.sort();
    return out;
}

/// Where `widget` is in the window.
QRect inWindow(QWidget* widget, QWidget* window)
{
    return QRect(widget->mapTo(window, QPoint(0, 0)), widget->size());
}

/// The design's boxes, in scene coordinates.
QRectF designRect(app::MainWindow& w)
{
    QRectF all;
    for (const model::Component& c : w.controller().design().components())
        all |= w.scene()->boxOf(c.id);
    return all;
}

/// The scene around `area` drawn as the canvas draws it now.
QImage render(app::MainWindow& w, const QRectF& area)
{
    QImage image(area.size().toSize(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    w.scene()->render(&painter, QRectF(QPointF(), area.size()), area);
    return image;
}

} // namespace

TEST(PresentationMode, HidesThePanelsAndEscBringsThemBack)
{
    auto w = window();
    auto& c = classroom(*w);
    ASSERT_TRUE(w->openFile(QString::fromStdString(samplePath("ha-web-app.azimuth"))));
    const QStringList docks = visibleDocks(*w);
    ASSERT_FALSE(docks.isEmpty());
    const qreal zoomBefore = w->view()->zoom();

    c.presentAction()->trigger();
    QApplication::processEvents();
    QApplication::processEvents();
    EXPECT_TRUE(c.presentation()->isActive());
    EXPECT_TRUE(visibleDocks(*w).isEmpty());
    EXPECT_FALSE(w->menuWidget()->isVisible());
    EXPECT_TRUE(w->windowState() & Qt::WindowFullScreen);
    EXPECT_GE(w->view()->zoom(), zoomBefore) << "the design fills the bigger canvas";
    fillScreen(*w);
    // The strip shows the monthly cost and the findings counts.
    ASSERT_TRUE(c.presentation()->strip()->isVisible());
    EXPECT_TRUE(c.presentation()->strip()->text().contains(QStringLiteral("Monthly cost $")))
        << c.presentation()->strip()->text().toStdString();
    EXPECT_TRUE(c.presentation()->strip()->text().contains(QStringLiteral("error")));

    // The laser dot follows the mouse over the canvas.
    auto* laser = c.presentation()->laser();
    ASSERT_NE(laser, nullptr);
    const QPoint at = w->view()->mapFromScene(w->scene()->boxOf(model::ComponentId{"db"}).center());
    QTest::mouseMove(w->view()->viewport(), at);
    QMouseEvent move(QEvent::MouseMove, QPointF(at),
                     w->view()->viewport()->mapToGlobal(QPointF(at)), Qt::NoButton, Qt::NoButton,
                     Qt::NoModifier);
    QApplication::sendEvent(w->view()->viewport(), &move);
    EXPECT_TRUE(laser->isVisible());
    EXPECT_LT(QLineF(laser->pos(), w->view()->mapToScene(at)).length(), 1.0);
    screenshot(*w, QStringLiteral("presentation-ha-web-app"));

    // Presenting a drill: the banner and the strip together.
    c.drillAction()->setChecked(true);
    EXPECT_TRUE(c.drill()->toggle(model::ComponentId{"az-a"}));
    screenshot(*w, QStringLiteral("presentation-drill-ha-web-app"));
    c.drillAction()->setChecked(false);

    // Esc is an application shortcut: it needs an active window (not a given under X).
    w->activateWindow();
    EXPECT_TRUE(QTest::qWaitForWindowActive(w.get(), 2000));
    QTest::keyClick(w.get(), Qt::Key_Escape);
    QApplication::processEvents();
    EXPECT_FALSE(c.presentation()->isActive());
    EXPECT_FALSE(c.presentAction()->isChecked());
    EXPECT_EQ(visibleDocks(*w), docks);
    EXPECT_TRUE(w->menuWidget()->isVisible());
    EXPECT_FALSE(w->windowState() & Qt::WindowFullScreen);
    EXPECT_EQ(c.presentation()->laser(), nullptr);
    EXPECT_FALSE(c.presentation()->strip()->isVisible());
}

TEST(PresentationMode, PresentsInItsOwnStyleAndLeavesTheDocumentAlone)
{
    auto w = window();
    auto& c = classroom(*w);
    ASSERT_TRUE(w->openFile(QString::fromStdString(samplePath("ha-web-app.azimuth"))));
    // An edit first, so the undo stack has a history presenting must leave alone.
    ASSERT_TRUE(w->gateway().rename(model::ComponentId{"db"}, "Orders DB"));
    const std::string before = text(*w);
    const int count = w->undoStack()->count();
    const int index = w->undoStack()->index();
    const views::CanvasTheme editing = w->scene()->theme();
    const QRectF web = w->scene()->boxOf(model::ComponentId{"web"}).adjusted(-4, -4, 4, 4);
    const QImage webEditing = render(*w, web);

    c.presentAction()->trigger();
    QApplication::processEvents();
    QApplication::processEvents();
    fillScreen(*w);
    const views::CanvasTheme presenting = w->scene()->theme();
    EXPECT_EQ(presenting, views::CanvasTheme::presentation(editing));
    EXPECT_GT(presenting.textScale, editing.textScale);
    EXPECT_GT(presenting.lineScale, editing.lineScale);
    EXPECT_EQ(presenting.title, editing.title) << "same colours, bigger text and lines";
    EXPECT_NE(render(*w, web), webEditing) << "the group is drawn in the presentation style";

    // Fitted: the whole design in sight, filling the width or the height.
    auto* viewport = w->view()->viewport();
    const QRect design = w->view()->mapFromScene(designRect(*w)).boundingRect();
    EXPECT_TRUE(viewport->rect().contains(design));
    EXPECT_TRUE(design.width() > viewport->width() * 0.75 ||
                design.height() > viewport->height() * 0.75 ||
                w->view()->zoom() >= views::PresentationMode::kMaxZoom - 0.01);

    // The strip is under the canvas, not on it, and its text wraps to fit the screen
    // rather than running off it.
    QLabel* strip = c.presentation()->strip();
    ASSERT_TRUE(strip->isVisible());
    EXPECT_FALSE(inWindow(strip, w.get()).intersects(inWindow(viewport, w.get())));
    EXPECT_LE(inWindow(strip, w.get()).right(), w->width());
    EXPECT_LE(strip->minimumSizeHint().width(), strip->width()) << strip->text().toStdString();
    EXPECT_GE(strip->height(), strip->heightForWidth(strip->width()));
    screenshot(*w, QStringLiteral("presentation-style-ha-web-app"));

    c.presentAction()->trigger();
    QApplication::processEvents();
    EXPECT_EQ(w->scene()->theme(), editing);
    EXPECT_EQ(render(*w, web), webEditing) << "the editing style is back";
    EXPECT_EQ(text(*w), before);
    EXPECT_EQ(w->undoStack()->count(), count);
    EXPECT_EQ(w->undoStack()->index(), index);
}

TEST(PresentationMode, StripWrapsOnANarrowScreen)
{
    auto w = window();
    auto& c = classroom(*w);
    ASSERT_TRUE(w->openFile(QString::fromStdString(samplePath("ha-web-app.azimuth"))));
    c.presentAction()->trigger();
    QApplication::processEvents();
    QLabel* strip = c.presentation()->strip();
    ASSERT_TRUE(strip->isVisible());
    const int oneLine = strip->height();
    // Narrower than the strip's one line: it takes a second line instead of cutting it.
    const int width =
        strip->fontMetrics().horizontalAdvance(QStringLiteral("Monthly cost $152.55")) * 2;
    w->setWindowState(Qt::WindowNoState);
    w->resize(width, 700);
    QApplication::processEvents();
    QApplication::processEvents();
    ASSERT_LE(strip->width(), width);
    EXPECT_LE(strip->minimumSizeHint().width(), strip->width());
    EXPECT_GE(strip->height(), strip->heightForWidth(strip->width()));
    EXPECT_GT(strip->height(), oneLine);
    c.presentAction()->trigger();
}

TEST(PresentationMode, F5IsItsShortcut)
{
    auto w = window();
    auto& c = classroom(*w);
    EXPECT_EQ(c.presentAction()->shortcut(), QKeySequence(Qt::Key_F5));
}

TEST(Help, ShortcutsTableComesFromTheWindowsActions)
{
    auto w = window();
    classroom(*w);
    const auto rows = app::shortcutRows(*w);
    auto keysFor = [&](const QString& what) {
        for (const auto& row : rows)
            if (row.first == what) return row.second;
        return QString();
    };
    EXPECT_EQ(keysFor(QStringLiteral("View › Presentation Mode")),
              QKeySequence(Qt::Key_F5).toString(QKeySequence::NativeText));
    EXPECT_EQ(keysFor(QStringLiteral("File › Open")),
              QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText));
    EXPECT_FALSE(keysFor(QStringLiteral("File › New from Sample")).isEmpty());
    EXPECT_FALSE(keysFor(QStringLiteral("Help › Keyboard Shortcuts")).isEmpty());
    // An action added later shows up: the table is never a stale copy.
    auto* extra =
        w->menuBar()->addMenu(QStringLiteral("&Tools"))->addAction(QStringLiteral("&Measure"));
    extra->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M));
    bool found = false;
    for (const auto& row : app::shortcutRows(*w))
        found |= row.first == QStringLiteral("Tools › Measure");
    EXPECT_TRUE(found);
}

TEST(Help, GettingStartedCoversTheClassroomFeatures)
{
    const QString html = app::gettingStartedHtml();
    for (const char* needle : {"New from Sample", "Drill Mode", "Learn", "F5", "Esc"})
        EXPECT_TRUE(html.contains(QLatin1String(needle))) << needle;
}
