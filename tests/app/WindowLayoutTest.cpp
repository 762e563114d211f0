// The window on small and large screens: docks that leave the canvas half the width,
// a cost panel the inspector cannot squeeze, a findings table with rows to read, and a
// layout that survives a restart.

#include "GuiHarness.h"
#include "app/window/DockLayout.h"
#include "views/cost/CostPanel.h"
#include "views/findings/FindingsPanel.h"

#include <QDockWidget>
#include <QHeaderView>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <gtest/gtest.h>

using namespace azimuth;

namespace {

const QString kHaWebApp = QStringLiteral(AZIMUTH_SAMPLES "/ha-web-app.azimuth");

/// A window of `width` x `height` with the sample open, settled as a user would see it.
std::unique_ptr<app::MainWindow> sampleWindow(int width, int height)
{
    QSettings().clear(); // each test starts from a first run
    auto w = std::make_unique<app::MainWindow>();
    w->resize(width, height);
    w->show();
    EXPECT_TRUE(QTest::qWaitForWindowExposed(w.get()));
    QString error;
    EXPECT_TRUE(w->openFile(kHaWebApp, &error)) << error.toStdString();
    for (int i = 0; i < 5; ++i) {
        QApplication::processEvents();
        QTest::qWait(10);
    }
    return w;
}

QDockWidget* dock(app::MainWindow& w, const char* name)
{
    return w.findChild<QDockWidget*>(QString::fromLatin1(name));
}

} // namespace

TEST(WindowLayout, At1024x700TheCanvasKeepsHalfTheWidthAndFitKeepsLabelsReadable)
{
    auto w = sampleWindow(1024, 700);
    ASSERT_EQ(w->width(), 1024);
    EXPECT_EQ(w->dockLayout().compact(), std::optional<bool>(true));
    EXPECT_GE(w->view()->width(), w->width() / 2)
        << "canvas " << w->view()->width() << " px of " << w->width();
    // The inspector and the cost panel share one tabbed dock, the inspector in front.
    const QList<QDockWidget*> tabbed = w->tabifiedDockWidgets(dock(*w, "inspector"));
    EXPECT_TRUE(tabbed.contains(dock(*w, "cost")));
    EXPECT_TRUE(dock(*w, "palette")->isVisible());
    EXPECT_TRUE(dock(*w, "findings")->isVisible());

    w->view()->zoomToFit();
    // At 35 % the labels vanished; two thirds of their size still reads on a projector.
    EXPECT_GE(w->view()->zoom(), 0.6) << "zoom to fit went to " << w->view()->zoom();
}

TEST(WindowLayout, AWideWindowPutsTheCostBelowTheInspectorAndGoingNarrowTabsThem)
{
    auto w = sampleWindow(1920, 1080);
    EXPECT_EQ(w->dockLayout().compact(), std::optional<bool>(false));
    EXPECT_TRUE(w->tabifiedDockWidgets(dock(*w, "inspector")).isEmpty());
    EXPECT_TRUE(dock(*w, "cost")->isVisible());
    EXPECT_GE(w->view()->width(), w->width() / 2);

    w->resize(1024, 700);
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    EXPECT_EQ(w->dockLayout().compact(), std::optional<bool>(true));
    EXPECT_GE(w->view()->width(), w->width() / 2)
        << "canvas " << w->view()->width() << " px of " << w->width();

    // And back: the two docks are side by side again, not left tabbed.
    w->resize(1440, 900);
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    EXPECT_TRUE(w->tabifiedDockWidgets(dock(*w, "inspector")).isEmpty());
    EXPECT_TRUE(dock(*w, "cost")->isVisible() && dock(*w, "inspector")->isVisible());
}

TEST(WindowLayout, SelectingAGroupDoesNotSqueezeTheCostChart)
{
    auto w = sampleWindow(1440, 900);
    QDockWidget* cost = dock(*w, "cost");
    ASSERT_TRUE(cost->isVisible());
    const int before = cost->height();
    ASSERT_GT(before, 250);

    // The group's form is the inspector's longest: zones, sizes, pricing.
    guitest::item(*w, "web")->setSelected(true);
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    ASSERT_EQ(w->inspector()->component().value, "web");
    ASSERT_NE(w->inspector()->editor("name"), nullptr);
    EXPECT_EQ(cost->height(), before);

    // And it stays: selecting something else and nothing changes nothing either.
    w->scene()->clearSelection();
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    EXPECT_EQ(cost->height(), before);
}

TEST(WindowLayout, TheFindingsTableShowsSeveralRows)
{
    for (const QSize size : {QSize(1024, 700), QSize(1440, 900)}) {
        auto w = sampleWindow(size.width(), size.height());
        auto* table = w->findingsPanel()->findChild<QTableView*>();
        ASSERT_NE(table, nullptr);
        const int rowHeight = table->verticalHeader()->defaultSectionSize();
        const int rows = table->viewport()->height() / rowHeight;
        EXPECT_GE(rows, 4) << size.width() << "x" << size.height() << ": " << rows << " rows of "
                           << rowHeight << " px in " << table->viewport()->height();
    }
}

TEST(WindowLayout, TheLayoutSurvivesARestart)
{
    QSettings().clear();
    {
        auto w = sampleWindow(1100, 760);
        dock(*w, "findings")->hide();
        w->resize(1150, 780);
        QApplication::processEvents();
        ASSERT_TRUE(w->close());
    }
    EXPECT_TRUE(QSettings().contains("window/state"));
    app::MainWindow again;
    again.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&again));
    QApplication::processEvents();
    EXPECT_EQ(again.size(), QSize(1150, 780));
    EXPECT_FALSE(dock(again, "findings")->isVisible());
    EXPECT_TRUE(dock(again, "palette")->isVisible());
    // Restored as arranged, not arranged afresh: the cost panel stays tabbed.
    EXPECT_TRUE(again.tabifiedDockWidgets(dock(again, "inspector")).contains(dock(again, "cost")));
    QSettings().clear();
}
