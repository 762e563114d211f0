// What a first run looks like on a small screen, and a database drawn among the regional
// services: no standby mark laid over what is drawn in the zone columns.

#include "GuiHarness.h"
#include "views/canvas/StandbyMark.h"

#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <gtest/gtest.h>

using namespace azimuth;

TEST(FirstRun, TheWindowFitsTheScreenItOpensOn)
{
    QSettings().remove("window"); // no layout of an earlier run
    app::MainWindow w;
    const QSize screen = QGuiApplication::primaryScreen()->availableGeometry().size();
    // The offscreen screen (800 x 600) is smaller than the default window.
    ASSERT_TRUE(screen.width() < 1440 || screen.height() < 900) << screen.width();
    EXPECT_EQ(w.size(), QSize(1440, 900).boundedTo(screen));
}

TEST(FirstRun, ADatabaseDrawnAmongTheRegionalServicesHasNoStandbyMark)
{
    auto w = guitest::windowWith("");
    QString error;
    ASSERT_TRUE(w->openFile(QStringLiteral(AZIMUTH_SAMPLES "/ha-web-app.azimuth"), &error))
        << error.toStdString();
    w->scene()->ensureLayout();
    // Multi-AZ across both zones, but drawn beside the columns, not in its primary's.
    const model::Component* db = w->controller().design().component(model::ComponentId("db"));
    ASSERT_NE(db, nullptr);
    EXPECT_EQ(db->props.find("multiAz")->asBool(), true);
    EXPECT_EQ(w->scene()->standbyMark(model::ComponentId("db")), nullptr);
}
