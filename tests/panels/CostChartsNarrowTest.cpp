// The cost panel's charts in a narrow dock (issue #6): at 340 px every service, figure and
// pricing option reads whole, and a long component name is shortened, not lost.

#include "PanelsSupport.h"
#include "views/analysis/Money.h"
#include "views/cost/CostPanel.h"
#include "views/cost/PricingComparisonChart.h"
#include "views/cost/ServiceDonutChart.h"
#include "views/cost/TopComponentsChart.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <gtest/gtest.h>

using namespace azimuth;
using paneltest::LiveDocument;

namespace {

const QString kLongName = QStringLiteral("Customer-facing web servers for the storefront");

/// A panel `width` wide, shown and laid out, on the textbook design with the group's
/// name made long and the group selected.
struct NarrowPanel
{
    LiveDocument doc{paneltest::testData("rules/textbook-ha.azimuth")};
    views::CostPanel panel{*doc.service};

    explicit NarrowPanel(int width)
    {
        EXPECT_TRUE(doc.controller.setName(model::ComponentId{"web"}, kLongName.toStdString()));
        doc.service->recomputeNow();
        panel.setSelectedComponent(QStringLiteral("web"));
        panel.resize(width, 900);
        panel.show();
        QApplication::processEvents();
        QApplication::processEvents();
    }

    /// Saves the panel, whole, when AZIMUTH_SCREENSHOTS names a folder.
    void screenshot(const QString& name)
    {
        const QString dir = qEnvironmentVariable("AZIMUTH_SCREENSHOTS");
        if (dir.isEmpty()) return;
        QDir().mkpath(dir);
        panel.resize(panel.width(), 2600);
        QApplication::processEvents();
        panel.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }
};

bool fits(const QLabel* label)
{
    return label->fontMetrics().horizontalAdvance(label->text()) <= label->contentsRect().width();
}

} // namespace

TEST(CostChartsNarrow, LegendShowsEveryServiceAndFigureWholeAt340Pixels)
{
    NarrowPanel p(340);
    const auto labels = p.panel.donut()->legendLabels();
    ASSERT_EQ(labels.size(), 3 * 3) << "EC2, load balancing and databases: name, figure, share";
    QStringList names;
    for (int i = 0; i < labels.size(); ++i) {
        EXPECT_TRUE(labels[i]->isVisible()) << labels[i]->text().toStdString();
        EXPECT_TRUE(fits(labels[i])) << labels[i]->text().toStdString() << " is cut in a "
                                     << labels[i]->contentsRect().width() << " px label";
        if (i % 3 == 0) names << labels[i]->text();
        if (i % 3 == 1) {
            EXPECT_TRUE(labels[i]->text().startsWith('$'));
        }
    }
    EXPECT_TRUE(names.contains(QStringLiteral("Load balancing"))) << names.join(',').toStdString();
    // The legend sits inside the panel: nothing runs off its right edge.
    for (const QLabel* label : labels) {
        const QPoint right = label->mapTo(&p.panel, label->rect().topRight());
        EXPECT_LE(right.x(), p.panel.width()) << label->text().toStdString();
    }
    p.screenshot(QStringLiteral("cost-panel-340"));
}

TEST(CostChartsNarrow, TopComponentsElideOnlyTheLongNameAndKeepItWholeInTheTooltip)
{
    NarrowPanel p(340);
    const views::TopComponentsChart* top = p.panel.topComponents();
    const QStringList names = top->shownNames();
    const QStringList figures = top->shownFigures();
    ASSERT_EQ(names.size(), 3);
    ASSERT_EQ(top->componentIds().first(), QStringLiteral("web"));
    // The long name is shortened but still reads as itself: most of it is there.
    EXPECT_NE(names[0], kLongName);
    EXPECT_TRUE(names[0].endsWith(QChar(0x2026))) << names[0].toStdString();
    EXPECT_TRUE(kLongName.startsWith(names[0].chopped(1))) << names[0].toStdString();
    EXPECT_GE(names[0].size(), 24) << names[0].toStdString();
    EXPECT_TRUE(top->rows()[0].tip.contains(kLongName));
    // Short names and every figure are whole, figures as money.
    EXPECT_EQ(names[1], QStringLiteral("Orders DB"));
    EXPECT_EQ(names[2], QStringLiteral("Web ALB"));
    for (int i = 0; i < figures.size(); ++i) {
        const auto* c = p.doc.service->cost()->component(top->componentIds()[i]);
        ASSERT_NE(c, nullptr);
        EXPECT_EQ(figures[i], views::formatMoney(c->effectiveMonthly));
    }
}

TEST(CostChartsNarrow, EveryPricingOptionReadsWholeAt340Pixels)
{
    NarrowPanel p(340);
    const views::PricingComparisonChart* pricing = p.panel.pricingChart();
    ASSERT_TRUE(pricing->isVisible());
    const QStringList names = pricing->shownNames();
    ASSERT_GE(names.size(), 10);
    for (int i = 0; i < names.size(); ++i) {
        EXPECT_EQ(names[i], pricing->rows()[i].name) << "option " << i << " is cut";
        EXPECT_TRUE(pricing->shownFigures()[i].startsWith('$'))
            << pricing->shownFigures()[i].toStdString();
    }
    // Scaled so the options can be told apart: no option but an outlier fills the width.
    int full = 0;
    for (const auto& row : pricing->rows())
        full += row.value >= pricing->scale();
    EXPECT_LE(full, 2);
}

TEST(CostChartsNarrow, AtTheDefaultWidthEvenTheLongNameIsWhole)
{
    NarrowPanel p(460);
    EXPECT_EQ(p.panel.topComponents()->shownNames().first(), kLongName);
    for (const QLabel* label : p.panel.donut()->legendLabels())
        EXPECT_TRUE(fits(label)) << label->text().toStdString();
    p.screenshot(QStringLiteral("cost-panel-460"));
}
