// The highly available web app built from an empty window with the mouse and the
// inspector, as a new user would: a Region, two AZs, a load balancer and an Auto Scaling
// group across both, a Multi-AZ database, users and three connections. After every
// step nothing sticks out of its container. AZIMUTH_WALKTHROUGH_SHOTS=<dir> saves the
// window after each step.

#include "GuiHarness.h"
#include "views/analysis/AnalysisService.h"
#include "views/findings/FindingsModel.h"
#include "views/findings/FindingsPanel.h"

#include <QCheckBox>
#include <QDir>
#include <QListWidget>
#include <QStatusBar>
#include <gtest/gtest.h>
#include <stdexcept>

using namespace azimuth;
using guitest::dropKind;

namespace {

class Walkthrough
{
  public:
    Walkthrough()
        : m_w(guitest::windowWith("")), m_dir(qEnvironmentVariable("AZIMUTH_WALKTHROUGH_SHOTS"))
    {
        if (!m_dir.isEmpty()) QDir().mkpath(m_dir);
    }
    app::MainWindow& w() { return *m_w; }

    /// Drops a kind and returns the component it added.
    const model::Component& drop(const std::string& kind, QPointF at)
    {
        const model::Design before = m_w->controller().design();
        EXPECT_TRUE(dropKind(*m_w, kind, at)) << kind;
        for (const auto& c : m_w->controller().design().components())
            if (!before.component(c.id)) return *m_w->controller().design().component(c.id);
        ADD_FAILURE() << kind
                      << " was not added: " << m_w->statusBar()->currentMessage().toStdString();
        static model::Component none;
        return none;
    }

    QRectF box(const model::ComponentId& id)
    {
        m_w->scene()->ensureLayout();
        return m_w->scene()->boxOf(id);
    }

    void connect(const model::ComponentId& from, const model::ComponentId& to)
    {
        const size_t n = m_w->controller().design().connections().size();
        m_w->view()->setConnectMode(true);
        guitest::drag(*m_w, box(from).center(), QPointF(box(to).center().x(), box(to).top() + 24));
        m_w->view()->setConnectMode(false);
        EXPECT_EQ(m_w->controller().design().connections().size(), n + 1)
            << m_w->statusBar()->currentMessage().toStdString();
    }

    /// Every box lies inside its container, in the model and as drawn.
    void expectNothingSticksOut()
    {
        const auto& design = m_w->controller().design();
        for (const auto& c : design.components()) {
            const model::Component* p = design.component(c.parent);
            if (!p || !c.geometry || !p->geometry) continue;
            SCOPED_TRACE(c.id.value + " in " + p->id.value);
            EXPECT_GE(c.geometry->x, 0);
            EXPECT_GE(c.geometry->y, 0);
            EXPECT_LE(c.geometry->x + c.geometry->w, p->geometry->w);
            EXPECT_LE(c.geometry->y + c.geometry->h, p->geometry->h);
            EXPECT_TRUE(box(p->id).contains(box(c.id)));
        }
    }

    void shot(const QString& name)
    {
        m_w->scene()->ensureLayout();
        m_w->scene()->finishRouting();
        expectNothingSticksOut();
        if (m_dir.isEmpty()) return;
        m_w->view()->zoomToFit();
        QApplication::processEvents();
        m_w->grab().save(m_dir + "/" + name + ".png");
    }

  private:
    std::unique_ptr<app::MainWindow> m_w;
    QString m_dir;
};

std::vector<std::string> zonesOf(app::MainWindow& w, const model::ComponentId& id)
{
    return w.controller().catalog().idList(*w.controller().design().component(id), "zones");
}

} // namespace

TEST(Walkthrough, TheHighlyAvailableWebAppFromAnEmptyWindow)
{
    Walkthrough t;
    auto& w = t.w();
    t.shot("00-empty");

    const model::ComponentId region = t.drop("region", {400, 300}).id;
    t.shot("01-region");

    const model::ComponentId azA = t.drop("availability-zone", t.box(region).center()).id;
    EXPECT_EQ(w.controller().design().component(azA)->name, "us-east-1a");
    t.shot("02-first-az");

    const model::ComponentId azB = t.drop("availability-zone", t.box(azA).center()).id;
    EXPECT_EQ(w.controller().design().component(azB)->name, "us-east-1b");
    EXPECT_GE(t.box(azB).left(), t.box(azA).right());
    t.shot("03-second-az-beside");

    // The load balancer across both zones, just under their titles.
    const QPointF gap((t.box(azA).right() + t.box(azB).left()) / 2, t.box(azA).top() + 90);
    const model::ComponentId lb = t.drop("load-balancer", gap).id;
    EXPECT_EQ(zonesOf(w, lb), (std::vector<std::string>{azA.value, azB.value}));
    t.shot("04-load-balancer-across");

    // The group dropped into the first zone, then given the second in the inspector.
    const model::ComponentId asg =
        t.drop("auto-scaling-group", {t.box(azA).center().x(), t.box(lb).bottom() + 70}).id;
    EXPECT_EQ(zonesOf(w, asg), (std::vector<std::string>{azA.value}));
    t.shot("05-group-in-first-az");
    w.scene()->selectComponents({asg});
    QApplication::processEvents();
    auto* list = qobject_cast<QListWidget*>(w.inspector()->editor("zones"));
    ASSERT_NE(list, nullptr);
    ASSERT_EQ(list->count(), 2);
    list->item(1)->setCheckState(Qt::Checked);
    EXPECT_EQ(zonesOf(w, asg), (std::vector<std::string>{azA.value, azB.value}));
    EXPECT_GT(t.box(asg).right(), t.box(azB).center().x());
    t.shot("06-group-across-both");

    // The database dropped into the first zone, partly over the group: it steps below it.
    // Multi-AZ puts the standby in the other zone.
    const model::ComponentId db =
        t.drop("rds-database", {t.box(azA).center().x(), t.box(asg).bottom() + 12}).id;
    EXPECT_EQ(zonesOf(w, db), (std::vector<std::string>{azA.value}));
    EXPECT_GE(t.box(db).top(), t.box(asg).bottom());
    w.scene()->selectComponents({db});
    QApplication::processEvents();
    auto* multiAz = qobject_cast<QCheckBox*>(w.inspector()->editor("multiAz"));
    ASSERT_NE(multiAz, nullptr);
    multiAz->setChecked(true);
    EXPECT_EQ(zonesOf(w, db), (std::vector<std::string>{azA.value, azB.value}));
    t.shot("07-multi-az-database");

    const model::ComponentId users =
        t.drop("users", {t.box(region).center().x(), t.box(region).top() - 120}).id;
    EXPECT_TRUE(w.controller().design().component(users)->parent.empty());
    t.shot("08-users");

    w.scene()->clearSelection();
    t.connect(users, lb);
    t.connect(lb, asg);
    t.connect(asg, db);
    t.shot("09-three-connections");

    w.analysis()->recomputeNow();
    QApplication::processEvents();
    auto* findings = w.findingsPanel()->findingsModel();
    for (int row = 0; row < findings->rowCount(); ++row) {
        const auto& f = findings->finding(row);
        EXPECT_NE(f.severity, model::Severity::Error) << f.rule << ": " << f.message;
        EXPECT_NE(f.rule, "availability.single-az");
        EXPECT_NE(f.rule, "availability.rds-single-az");
    }
}
