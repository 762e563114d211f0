#include "PanelsSupport.h"
#include "model/cost/CostEngine.h"
#include "model/rules/RulesEngine.h"

#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

using namespace azimuth;
using paneltest::LiveDocument;

namespace {
const model::ComponentId kDb{"db"};

bool hasFinding(const views::FindingsSnapshot& s, const std::string& rule, const std::string& id)
{
    for (const model::Finding& f : s.findings)
        if (f.rule == rule && !f.components.empty() && f.components.front().value == id)
            return true;
    return false;
}
} // namespace

TEST(AnalysisService, ADebouncedEditAddsTheFindingAndItsBadgeAndUndoRemovesThem)
{
    LiveDocument doc(paneltest::testData("rules/textbook-ha.azimuth"));
    views::AnalysisService& service = *doc.service;
    service.setDebounceInterval(40);
    ASSERT_FALSE(hasFinding(*service.findings(), "availability.rds-single-az", "db"));
    ASSERT_FALSE(service.worstSeverities().contains("db"));
    QSignalSpy spy(&service, &views::AnalysisService::findingsChanged);

    const model::Json before = doc.controller.design().component(kDb)->props;
    ASSERT_TRUE(doc.controller.setProperty(kDb, "multiAz", model::Json(false)));
    // Debounced: nothing recomputed yet, the update comes after the quiet interval.
    EXPECT_TRUE(service.isPending());
    EXPECT_EQ(spy.count(), 0);
    ASSERT_TRUE(paneltest::waitFor([&] { return spy.count() == 1; }));

    EXPECT_TRUE(hasFinding(*service.findings(), "availability.rds-single-az", "db"));
    EXPECT_EQ(service.worstSeverities().value("db"), model::Severity::Warning);
    EXPECT_TRUE(service.badgeTooltip("db").contains("Orders DB"))
        << service.badgeTooltip("db").toStdString();
    EXPECT_EQ(service.findings()->findings,
              model::checkDesign(doc.controller.design(), model::PriceCatalog::builtin()));

    ASSERT_TRUE(doc.controller.setProps(kDb, before)); // what undo does
    ASSERT_TRUE(paneltest::waitFor([&] { return spy.count() == 2; }));
    EXPECT_FALSE(hasFinding(*service.findings(), "availability.rds-single-az", "db"));
    EXPECT_FALSE(service.worstSeverities().contains("db"));
    EXPECT_TRUE(service.badgeTooltip("db").isEmpty());
}

TEST(AnalysisService, ABurstOfEditsCostsOneUpdate)
{
    LiveDocument doc(paneltest::testData("rules/textbook-ha.azimuth"));
    doc.service->setDebounceInterval(60);
    QSignalSpy findings(doc.service.get(), &views::AnalysisService::findingsChanged);
    QSignalSpy cost(doc.service.get(), &views::AnalysisService::costChanged);
    for (int desired : {3, 4, 5, 6})
        doc.controller.setProperty(model::ComponentId{"web"}, "desired", model::Json(desired));
    ASSERT_TRUE(paneltest::waitFor([&] { return cost.count() >= 1; }));
    QTest::qWait(120);
    EXPECT_EQ(findings.count(), 1);
    EXPECT_EQ(cost.count(), 1);
    EXPECT_DOUBLE_EQ(
        doc.service->cost()->cost.monthly,
        model::computeCost(doc.controller.design(), model::PriceCatalog::builtin()).monthly);
}

TEST(AnalysisService, CountsAndWorstSeverityFollowTheFindings)
{
    LiveDocument doc(paneltest::sample("fragile.azimuth"));
    const auto& s = *doc.service->findings();
    int e = 0, w = 0, i = 0;
    for (const model::Finding& f : s.findings) {
        (f.severity == model::Severity::Error     ? e
         : f.severity == model::Severity::Warning ? w
                                                  : i)++;
        for (const auto& id : f.components) {
            const auto worst = s.worst.value(QString::fromStdString(id.value));
            EXPECT_LE(int(worst), int(f.severity)) << id.value;
        }
    }
    EXPECT_EQ(s.errors, e);
    EXPECT_EQ(s.warnings, w);
    EXPECT_EQ(s.infos, i);
    EXPECT_TRUE(s.countsText().contains(QString::number(w)));
}

TEST(AnalysisService, AUserPriceCatalogChangesTheCostAndABadOneIsRefusedWithItsPosition)
{
    LiveDocument doc(paneltest::testData("rules/textbook-ha.azimuth"));
    const double builtin = doc.service->cost()->cost.monthly;

    const QString bad = QString::fromStdString(paneltest::testData("cost/bad-prices.json"));
    const QString error = doc.service->setPriceCatalogFile(bad);
    EXPECT_TRUE(error.startsWith(bad + ":")) << error.toStdString();
    EXPECT_TRUE(doc.service->priceCatalogPath().isEmpty());
    EXPECT_DOUBLE_EQ(doc.service->cost()->cost.monthly, builtin);

    const QString small = QString::fromStdString(paneltest::testData("cost/small-prices.json"));
    QSignalSpy spy(doc.service.get(), &views::AnalysisService::priceCatalogChanged);
    EXPECT_TRUE(doc.service->setPriceCatalogFile(small).isEmpty());
    EXPECT_EQ(spy.count(), 1);
    EXPECT_EQ(doc.service->priceCatalogPath(), small);
    const auto user = model::PriceCatalog::fromFile(small.toStdString());
    EXPECT_EQ(doc.service->cost()->pricesAsOf.toStdString(), user.asOf());
    EXPECT_DOUBLE_EQ(doc.service->cost()->cost.monthly,
                     model::computeCost(doc.controller.design(), user).monthly);
    EXPECT_NE(doc.service->cost()->cost.monthly, builtin);

    doc.service->useBuiltinPriceCatalog();
    EXPECT_DOUBLE_EQ(doc.service->cost()->cost.monthly, builtin);
}
