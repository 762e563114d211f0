#include "views/cost/CostPanel.h"

#include "PanelsSupport.h"
#include "model/cost/CostEngine.h"
#include "views/analysis/CostByService.h"
#include "views/analysis/Money.h"
#include "views/cost/CumulativeCostChart.h"
#include "views/cost/PricingComparisonChart.h"
#include "views/cost/ServiceDonutChart.h"
#include "views/cost/TopComponentsChart.h"
#include "views/cost/TopConnectionsChart.h"

#include <QBarSet>
#include <QLabel>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QSignalSpy>
#include <gtest/gtest.h>
#include <map>

using namespace azimuth;
using paneltest::LiveDocument;

namespace {
const model::ComponentId kWeb{"web"};

std::map<QString, double> donutValues(views::CostPanel& panel)
{
    std::map<QString, double> out;
    for (QPieSlice* s : panel.donut()->series()->slices())
        out[s->property("service").toString()] = s->value();
    return out;
}

std::vector<double> barValues(const QBarSet* set)
{
    std::vector<double> out;
    for (int i = 0; i < set->count(); ++i)
        out.push_back(set->at(i));
    return out;
}

/// The chart lists the options top to bottom; bars are stored bottom-up.
std::vector<double> comparisonTopDown(views::CostPanel& panel)
{
    auto v = barValues(panel.pricingChart()->barSet());
    std::reverse(v.begin(), v.end());
    return v;
}

void expectSeriesMatchEngine(LiveDocument& doc, views::CostPanel& panel)
{
    const model::Design& d = doc.controller.design();
    const auto& prices = doc.service->priceCatalog(); // the one in use
    const model::DesignCost cost = model::computeCost(d, prices);

    EXPECT_EQ(panel.totalLabel()->text().remove('*'), views::formatMoney(cost.monthly));

    // Donut: per service, the engine's component figures summed.
    std::map<QString, double> byService;
    for (const auto& c : cost.components)
        if (!c.container) byService[views::serviceOfKind(c.kind)] += c.effectiveMonthly;
    std::erase_if(byService, [](auto& kv) { return kv.second <= 0; });
    const auto donut = donutValues(panel);
    ASSERT_EQ(donut.size(), byService.size());
    for (const auto& [service, value] : byService)
        EXPECT_NEAR(donut.at(service), value, 0.005) << service.toStdString();

    // Top components: the engine's figures, most expensive first.
    const views::TopComponentsChart* top = panel.topComponents();
    auto bars = barValues(top->barSet());
    std::reverse(bars.begin(), bars.end());
    ASSERT_EQ(int(bars.size()), top->componentIds().size());
    for (int i = 0; i < int(bars.size()); ++i) {
        const auto* c = doc.service->cost()->component(top->componentIds()[i]);
        ASSERT_NE(c, nullptr);
        EXPECT_DOUBLE_EQ(bars[i], c->effectiveMonthly);
        if (i > 0) {
            EXPECT_GE(bars[i - 1], bars[i]);
        }
    }

    // Pricing options of the selected group: comparePricing's numbers, current highlighted.
    const auto options =
        model::comparePricing(d, *d.component(kWeb), prices, doc.controller.catalog());
    const auto shown = comparisonTopDown(panel);
    ASSERT_EQ(shown.size(), options.size());
    for (size_t i = 0; i < options.size(); ++i)
        EXPECT_DOUBLE_EQ(shown[i], options[i].effectiveMonthly.value_or(0)) << options[i].pricing;
    ASSERT_GE(panel.pricingChart()->currentOption(), 0);
    const int current = panel.pricingChart()->currentOption();
    EXPECT_EQ(options[current].pricing,
              model::KindCatalog::builtin().string(*d.component(kWeb), "pricing").value());
    EXPECT_TRUE(panel.pricingChart()->barSet()->isBarSelected(int(options.size()) - 1 - current));

    // Cumulative curves: costOverTime, month by month.
    const auto curve = model::costOverTime(d, prices, doc.controller.catalog());
    ASSERT_FALSE(curve.asDrawn.empty());
    for (size_t m = 1; m <= curve.asDrawn.size(); ++m) {
        EXPECT_DOUBLE_EQ(
            views::CumulativeCostChart::valueAtMonth(panel.cumulativeChart()->asDrawn(), int(m)),
            curve.asDrawn[m - 1]);
        EXPECT_DOUBLE_EQ(views::CumulativeCostChart::valueAtMonth(
                             panel.cumulativeChart()->allOnDemand(), int(m)),
                         curve.allOnDemand[m - 1]);
    }
}
} // namespace

TEST(CostPanel, ChangingAnInstanceTypeChangesTheTotalTheDonutAndTheComparison)
{
    LiveDocument doc(paneltest::testData("rules/textbook-ha.azimuth"));
    doc.service->setDebounceInterval(30);
    views::CostPanel panel(*doc.service);
    panel.resize(380, 1400);
    panel.setSelectedComponent("web");
    expectSeriesMatchEngine(doc, panel);

    const QString totalBefore = panel.totalLabel()->text();
    const double ec2Before = donutValues(panel).at("EC2");
    const auto optionsBefore = comparisonTopDown(panel);

    QSignalSpy spy(doc.service.get(), &views::AnalysisService::costChanged);
    ASSERT_TRUE(doc.controller.setProperty(kWeb, "instanceType", model::Json("m5.2xlarge")));
    ASSERT_TRUE(paneltest::waitFor([&] { return spy.count() == 1; }));

    EXPECT_NE(panel.totalLabel()->text(), totalBefore);
    EXPECT_GT(donutValues(panel).at("EC2"), ec2Before);
    EXPECT_NE(comparisonTopDown(panel), optionsBefore);
    expectSeriesMatchEngine(doc, panel);
}

TEST(CostPanel, HighlightsTheCurrentPricingOptionAndShowsUpfrontSteps)
{
    LiveDocument doc(paneltest::testData("rules/textbook-ha.azimuth"));
    ASSERT_TRUE(doc.controller.setProperty(kWeb, "pricing", model::Json("reserved-standard-1y")));
    ASSERT_TRUE(doc.controller.setProperty(kWeb, "payment", model::Json("all-upfront")));
    doc.service->recomputeNow();
    views::CostPanel panel(*doc.service);
    panel.setSelectedComponent("web");
    expectSeriesMatchEngine(doc, panel);
    const auto options =
        model::comparePricing(doc.controller.design(), *doc.controller.design().component(kWeb),
                              model::PriceCatalog::builtin(), doc.controller.catalog());
    const auto& chosen = options[panel.pricingChart()->currentOption()];
    EXPECT_EQ(chosen.pricing, "reserved-standard-1y");
    EXPECT_EQ(chosen.payment, "all-upfront");

    // All upfront: month 1 and month 13 start with a step as high as the upfront.
    const double upfront = doc.service->cost()->cost.upfront;
    ASSERT_GT(upfront, 0);
    const auto points = panel.cumulativeChart()->asDrawn()->points();
    ASSERT_GE(points.size(), 2);
    EXPECT_EQ(points[0], QPointF(0, 0));
    EXPECT_EQ(points[1].x(), 0);
    EXPECT_NEAR(points[1].y(), upfront, 0.01);
    const auto step13 = std::find_if(points.begin() + 2, points.end(),
                                     [](const QPointF& p) { return p.x() == 12; });
    ASSERT_NE(step13, points.end());
    ASSERT_NE(step13 + 1, points.end());
    EXPECT_EQ((step13 + 1)->x(), 12);
    EXPECT_NEAR((step13 + 1)->y() - step13->y(), upfront, 0.01);
}

TEST(CostPanel, ExplainsThePricingChartWhenNoFleetIsSelected)
{
    LiveDocument doc(paneltest::testData("rules/textbook-ha.azimuth"));
    views::CostPanel panel(*doc.service);
    panel.show();
    panel.setSelectedComponent("db");
    EXPECT_FALSE(panel.pricingChart()->isVisible());
    panel.setSelectedComponent("web");
    EXPECT_TRUE(panel.pricingChart()->isVisible());
    panel.setSelectedComponent(QString());
    EXPECT_FALSE(panel.pricingChart()->isVisible());
}

TEST(CostPanel, ShowsThePriceCatalogDateNextToTheTotal)
{
    LiveDocument doc(paneltest::testData("rules/textbook-ha.azimuth"));
    views::CostPanel panel(*doc.service);
    EXPECT_TRUE(panel.detailLabel()->text().contains(
        QString::fromStdString(model::PriceCatalog::builtin().asOf())));
    EXPECT_TRUE(panel.detailLabel()->text().contains(
        views::formatMoney(doc.service->cost()->cost.upfront)));
}

TEST(CostPanel, ComparesPricingWithThePriceCatalogChosenInSettings)
{
    LiveDocument doc(paneltest::testData("rules/textbook-ha.azimuth"));
    views::CostPanel panel(*doc.service);
    panel.setSelectedComponent("web");
    const auto builtinOptions = comparisonTopDown(panel);

    const QString small = QString::fromStdString(paneltest::testData("cost/small-prices.json"));
    ASSERT_TRUE(doc.service->setPriceCatalogFile(small).isEmpty());
    doc.service->recomputeNow();
    const auto user = model::PriceCatalog::fromFile(small.toStdString());
    const model::Design& d = doc.controller.design();
    const auto options =
        model::comparePricing(d, *d.component(kWeb), user, doc.controller.catalog());
    const auto shown = comparisonTopDown(panel);
    ASSERT_EQ(shown.size(), options.size());
    for (size_t i = 0; i < options.size(); ++i)
        EXPECT_DOUBLE_EQ(shown[i], options[i].effectiveMonthly.value_or(0)) << options[i].pricing;
    EXPECT_NE(shown, builtinOptions) << "the user's catalog, not the built-in one";
    expectSeriesMatchEngine(doc, panel);

    doc.service->useBuiltinPriceCatalog();
    doc.service->recomputeNow();
    EXPECT_EQ(comparisonTopDown(panel), builtinOptions);
}

TEST(CostPanel, DataTransferIsAServiceAndItsConnectionsAreListed)
{
    // A private fleet sends 1,000 GB to users through a NAT gateway in another AZ: the
    // connection's egress and hop (docs/data-transfer.md) are the "Data transfer" service.
    LiveDocument doc(paneltest::testData("transfer/private-web.azimuth"));
    views::CostPanel panel(*doc.service);
    panel.resize(380, 1400);
    const model::DesignCost cost =
        model::computeCost(doc.controller.design(), doc.service->priceCatalog());
    ASSERT_EQ(cost.connections.size(), 1u);
    const double transfer = cost.connections[0].monthly;
    ASSERT_GT(transfer, 0);
    EXPECT_NEAR(donutValues(panel).at("Data transfer"), transfer, 0.005);
    EXPECT_GT(donutValues(panel).at("Networking"), 0); // the NAT gateway's own cost

    const views::TopConnectionsChart* top = panel.topConnections();
    EXPECT_FALSE(top->isHidden());
    ASSERT_EQ(top->connectionIds(), QStringList{"out"});
    EXPECT_EQ(top->shownNames().value(0), QStringLiteral("Web servers → Users"));
    EXPECT_EQ(top->shownFigures().value(0), views::formatMoney(transfer));
    EXPECT_DOUBLE_EQ(top->barSet()->at(0), transfer);

    // A design without traffic hides the list.
    LiveDocument quiet(paneltest::testData("rules/textbook-ha.azimuth"));
    views::CostPanel quietPanel(*quiet.service);
    EXPECT_TRUE(quietPanel.topConnections()->isHidden());
    EXPECT_EQ(donutValues(quietPanel).count("Data transfer"), 0u);
}
