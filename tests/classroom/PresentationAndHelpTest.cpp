// Presentation mode (F5, Esc) and the Help menu's shortcuts table and Getting Started.

#include "ClassroomHarness.h"
#include "app/classroom/HelpDialogs.h"
#include "views/classroom/DrillOverlay.h"
#include "views/classroom/LaserPointer.h"
#include "views/classroom/PresentationMode.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QTest>
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
