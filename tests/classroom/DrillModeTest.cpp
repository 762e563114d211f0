// Drill mode on the canvas: failing and restoring zones draws the outcome over the design
// and never changes the document or the undo stack.

#include "ClassroomHarness.h"
#include "app/window/UndoEditGateway.h"
#include "model/drill/Drill.h"
#include "views/canvas/ComponentItem.h"
#include "views/classroom/DrillOverlay.h"
#include "views/palette/PaletteWidget.h"

#include <QAction>
#include <QGraphicsItem>
#include <QLabel>
#include <QScreen>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace azimuth;
using namespace azimuth::classroomtest;

namespace {

struct DrillFixture : ::testing::Test
{
    void open(const std::string& sample)
    {
        w = window();
        ASSERT_TRUE(w->openFile(QString::fromStdString(samplePath(sample))));
        w->scene()->ensureLayout();
        QApplication::processEvents();
    }
    /// A point inside a zone, clear of its label and of what it holds at the left edge.
    QPointF inside(const char* id) const
    {
        const QRectF box = w->scene()->boxOf(model::ComponentId{id});
        return {box.left() + 6, box.bottom() - 6};
    }
    std::unique_ptr<app::MainWindow> w;
};

const model::DrillComponentOutcome& outcome(const views::DrillOverlay& drill, const char* id)
{
    const auto* o = drill.result()->outcome(model::ComponentId{id});
    EXPECT_NE(o, nullptr) << id;
    return *o;
}

} // namespace

TEST_F(DrillFixture, FailingAndRestoringAZoneNeverTouchesTheDocumentOrUndoStack)
{
    open("ha-web-app.azimuth");
    auto& c = classroom(*w);
    // An edit first, so the undo stack has a history the drill must leave alone.
    ASSERT_TRUE(w->gateway().rename(model::ComponentId{"db"}, "Orders DB"));
    ASSERT_EQ(w->undoStack()->count(), 1);
    const std::string before = text(*w);
    const int count = w->undoStack()->count();
    const int index = w->undoStack()->index();
    const bool clean = w->undoStack()->isClean();

    c.drillAction()->setChecked(true);
    click(*w, inside("az-a"));
    ASSERT_EQ(c.drill()->failed().size(), 1u);
    EXPECT_EQ(c.drill()->failed().front().value, "az-a");
    ASSERT_TRUE(c.drill()->result());
    EXPECT_EQ(outcome(*c.drill(), "az-a").status, model::DrillStatus::Lost);
    const auto& web = outcome(*c.drill(), "web");
    EXPECT_EQ(web.status, model::DrillStatus::Degraded);
    ASSERT_TRUE(web.capacity);
    EXPECT_EQ(web.capacity->before, 4);
    EXPECT_EQ(web.capacity->after, 2);
    EXPECT_FALSE(c.drill()->overlayItems().empty());
    const QString banner = c.drill()->bannerText();
    EXPECT_TRUE(banner.contains(QStringLiteral("us-east-1a down"))) << banner.toStdString();
    EXPECT_TRUE(banner.contains(QStringLiteral("Customers: still served"))) << banner.toStdString();
    EXPECT_TRUE(banner.contains(QStringLiteral("Web servers 2/4 instances → 4")))
        << banner.toStdString();
    screenshot(*w, QStringLiteral("drill-ha-web-app"));

    EXPECT_EQ(text(*w), before);
    EXPECT_EQ(w->undoStack()->count(), count);
    EXPECT_EQ(w->undoStack()->index(), index);

    click(*w, inside("az-a"));
    EXPECT_TRUE(c.drill()->failed().empty());
    EXPECT_FALSE(c.drill()->result());
    EXPECT_TRUE(c.drill()->overlayItems().empty());

    c.drillAction()->setChecked(false);
    EXPECT_EQ(text(*w), before);
    EXPECT_EQ(w->undoStack()->count(), count);
    EXPECT_EQ(w->undoStack()->index(), index);
    EXPECT_EQ(w->undoStack()->isClean(), clean);
}

TEST_F(DrillFixture, BannerSitsAboveTheCanvasWrapsAndNeverHidesTheDesign)
{
    open("ha-web-app.azimuth");
    // The whole screen: under Xvfb at 1024 × 768 this is the small-laptop case.
    w->setGeometry(w->screen()->availableGeometry());
    QApplication::processEvents();
    w->view()->zoomToFit();
    auto& c = classroom(*w);
    c.drillAction()->setChecked(true);
    click(*w, inside("az-a"));
    QApplication::processEvents();
    QApplication::processEvents();

    QLabel* banner = c.drill()->banner();
    ASSERT_TRUE(banner->isVisible());
    auto* viewport = w->view()->viewport();
    const auto inWindow = [&](QWidget* widget) {
        return QRect(widget->mapTo(w.get(), QPoint(0, 0)), widget->size());
    };
    const auto designInSight = [&] {
        QRectF all;
        for (const model::Component& comp : w->controller().design().components())
            all |= w->scene()->boxOf(comp.id);
        return viewport->rect().contains(w->view()->mapFromScene(all).boundingRect());
    };
    EXPECT_FALSE(inWindow(banner).intersects(inWindow(viewport)));
    EXPECT_TRUE(designInSight()) << "the banner took height from the canvas: the fit follows";
    EXPECT_GE(banner->height(), banner->heightForWidth(banner->width()));
    screenshot(*w, QStringLiteral("drill-banner-ha-web-app"));

    // Narrow: the banner wraps its lines instead of running off the canvas. Presenting
    // hides the panels and bars that would keep the window wider, and makes the banner's
    // text larger.
    const int editingHeight = banner->heightForWidth(banner->width());
    const int editingWidth = banner->width();
    c.presentAction()->trigger();
    QApplication::processEvents();
    EXPECT_GT(banner->heightForWidth(editingWidth), editingHeight);
    w->setWindowState(Qt::WindowNoState);
    w->resize(360, w->height());
    QApplication::processEvents();
    QApplication::processEvents();
    w->view()->zoomToFit();
    ASSERT_LE(banner->width(), 360);
    EXPECT_GT(banner->heightForWidth(banner->width()), banner->heightForWidth(4000))
        << "at this width the banner's lines wrap";
    EXPECT_LE(banner->minimumSizeHint().width(), banner->width());
    EXPECT_GE(banner->height(), banner->heightForWidth(banner->width()));
    EXPECT_FALSE(inWindow(banner).intersects(inWindow(viewport)));
    screenshot(*w, QStringLiteral("drill-banner-narrow-ha-web-app"));

    c.presentAction()->trigger();
    c.drillAction()->setChecked(false);
    QApplication::processEvents();
    EXPECT_FALSE(banner->isVisible());
}

TEST_F(DrillFixture, DraggingInDrillModeMovesNothing)
{
    open("ha-web-app.azimuth");
    auto& c = classroom(*w);
    const std::string before = text(*w);
    const int count = w->undoStack()->count();
    c.drillAction()->setChecked(true);
    // The users sit outside every region: a press there fails nothing and drags nothing.
    const QRectF db = w->scene()->boxOf(model::ComponentId{"users"});
    auto* view = w->view();
    const QPointF from = view->mapFromScene(db.center());
    const QPointF to = view->mapFromScene(db.center() + QPointF(120, 80));
    QMouseEvent press(QEvent::MouseButtonPress, from, view->viewport()->mapToGlobal(from),
                      Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &press);
    QMouseEvent move(QEvent::MouseMove, to, view->viewport()->mapToGlobal(to), Qt::NoButton,
                     Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &move);
    QMouseEvent release(QEvent::MouseButtonRelease, to, view->viewport()->mapToGlobal(to),
                        Qt::LeftButton, Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &release);
    w->scene()->ensureLayout();
    EXPECT_EQ(text(*w), before);
    EXPECT_EQ(w->undoStack()->count(), count);
    EXPECT_TRUE(c.drill()->failed().empty()) << "users are not something a drill fails";
    EXPECT_FALSE(w->palette()->isEnabled());
    c.drillAction()->setChecked(false);
    EXPECT_TRUE(w->palette()->isEnabled());
}

TEST_F(DrillFixture, SingleZoneDesignLosesItsUsers)
{
    open("fragile.azimuth");
    auto& c = classroom(*w);
    c.drillAction()->setChecked(true);
    click(*w, inside("az-a"));
    ASSERT_TRUE(c.drill()->result());
    EXPECT_FALSE(c.drill()->result()->allServed());
    EXPECT_TRUE(c.drill()->bannerText().contains(QStringLiteral("not served")))
        << c.drill()->bannerText().toStdString();
    EXPECT_EQ(outcome(*c.drill(), "web").status, model::DrillStatus::Lost);
    EXPECT_EQ(outcome(*c.drill(), "db").status, model::DrillStatus::Lost);
    c.drillAction()->setChecked(false);
}

TEST_F(DrillFixture, FailingARegionLeavesTheOtherRegionServing)
{
    open("multi-region.azimuth");
    auto& c = classroom(*w);
    c.drillAction()->setChecked(true);
    // A click on the region's own frame (its top-left corner, outside its zones).
    const QRectF region = w->scene()->boxOf(model::ComponentId{"use1"});
    click(*w, region.topLeft() + QPointF(4, 4));
    ASSERT_EQ(c.drill()->failed().size(), 1u);
    EXPECT_EQ(c.drill()->failed().front().value, "use1");
    EXPECT_EQ(outcome(*c.drill(), "web").status, model::DrillStatus::Lost);
    EXPECT_TRUE(c.drill()->result()->allServed());
    // A zone of the other region fails too: both failures show at once.
    click(*w, inside("euw1-a"));
    EXPECT_EQ(c.drill()->failed().size(), 2u);
    EXPECT_EQ(outcome(*c.drill(), "eu-web").status, model::DrillStatus::Degraded);
    c.drillAction()->setChecked(false);
    EXPECT_TRUE(c.drill()->failed().empty());
}

TEST_F(DrillFixture, TurningTheModeOffRestoresEverything)
{
    open("ha-web-app.azimuth");
    auto& c = classroom(*w);
    const size_t itemsBefore = w->scene()->items().size();
    c.drillAction()->setChecked(true);
    EXPECT_TRUE(c.drill()->toggle(model::ComponentId{"az-b"}));
    EXPECT_FALSE(c.drill()->toggle(model::ComponentId{"web"}));
    EXPECT_GT(w->scene()->items().size(), itemsBefore);
    c.drillAction()->setChecked(false);
    EXPECT_EQ(w->scene()->items().size(), itemsBefore);
    EXPECT_FALSE(c.drill()->toggle(model::ComponentId{"az-b"}))
        << "no failing while the mode is off";
}
