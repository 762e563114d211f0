#include "views/findings/FindingsPanel.h"

#include "PanelsSupport.h"
#include "model/cost/PriceCatalog.h"
#include "model/rules/RulesEngine.h"
#include "views/findings/FindingsModel.h"
#include "views/findings/SeverityFilterModel.h"

#include <QSignalSpy>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <gtest/gtest.h>

using namespace azimuth;
using paneltest::LiveDocument;

namespace {
int countOf(const std::vector<model::Finding>& fs, model::Severity s)
{
    return int(std::count_if(fs.begin(), fs.end(), [s](auto& f) { return f.severity == s; }));
}

// The fragile sample breaks rules of every severity.
const std::string kFragile = paneltest::sample("fragile.azimuth");
} // namespace

TEST(FindingsPanel, ShowsTheEnginesFindingsInItsTable)
{
    LiveDocument doc(kFragile);
    const auto expected =
        model::checkDesign(doc.controller.design(), model::PriceCatalog::builtin());
    ASSERT_FALSE(expected.empty());

    views::FindingsPanel panel;
    panel.setSnapshot(doc.service->findings());
    views::FindingsModel* m = panel.findingsModel();
    ASSERT_EQ(m->rowCount(), int(expected.size()));
    for (int row = 0; row < m->rowCount(); ++row) {
        EXPECT_EQ(m->index(row, views::FindingsModel::RuleColumn).data().toString().toStdString(),
                  expected[row].rule);
        EXPECT_EQ(
            m->index(row, views::FindingsModel::MessageColumn).data().toString().toStdString(),
            expected[row].message);
        EXPECT_EQ(m->index(row, views::FindingsModel::HintColumn).data().toString().toStdString(),
                  expected[row].hint);
    }
    EXPECT_EQ(panel.table()->model()->rowCount(), int(expected.size()));
    EXPECT_EQ(panel.filterButton(model::Severity::Warning)->text().toStdString(),
              std::to_string(countOf(expected, model::Severity::Warning)) +
                  (countOf(expected, model::Severity::Warning) == 1 ? " warning" : " warnings"));
}

TEST(FindingsPanel, FiltersBySeverity)
{
    LiveDocument doc(kFragile);
    const auto all = doc.service->findings()->findings;
    const int warnings = countOf(all, model::Severity::Warning);
    ASSERT_GT(warnings, 0);
    ASSERT_LT(warnings, int(all.size()));

    views::FindingsPanel panel;
    panel.setSnapshot(doc.service->findings());
    panel.filterButton(model::Severity::Warning)->click();
    QAbstractItemModel* shown = panel.table()->model();
    EXPECT_EQ(shown->rowCount(), int(all.size()) - warnings);
    for (int row = 0; row < shown->rowCount(); ++row)
        EXPECT_NE(shown->index(row, 0).data(views::FindingsModel::SeverityRole).toInt(),
                  int(model::Severity::Warning));

    panel.filterButton(model::Severity::Error)->click();
    panel.filterButton(model::Severity::Info)->click();
    EXPECT_EQ(shown->rowCount(), 0);
    panel.filterButton(model::Severity::Warning)->click();
    EXPECT_EQ(shown->rowCount(), warnings);
}

TEST(FindingsPanel, SelectingARowEmitsItsComponentsAndExplainsTheRule)
{
    LiveDocument doc(kFragile);
    views::FindingsPanel panel;
    panel.resize(900, 300);
    panel.setSnapshot(doc.service->findings());
    QSignalSpy spy(&panel, &views::FindingsPanel::componentsActivated);

    const int last = panel.table()->model()->rowCount() - 1;
    ASSERT_GE(last, 1);
    panel.table()->selectRow(last);
    ASSERT_EQ(spy.count(), 1);
    const QModelIndex source =
        panel.filterModel()->mapToSource(panel.table()->model()->index(last, 0));
    const model::Finding& f = panel.findingsModel()->finding(source.row());
    QStringList expected;
    for (const auto& id : f.components)
        expected << QString::fromStdString(id.value);
    EXPECT_EQ(spy.at(0).at(0).toStringList(), expected);
    const QString why = panel.whyPane()->toPlainText();
    EXPECT_TRUE(why.contains(QString::fromStdString(f.rule))) << why.toStdString();
    EXPECT_TRUE(why.contains(QString::fromStdString(f.hint))) << why.toStdString();
    EXPECT_TRUE(why.contains("Why it matters")) << why.toStdString();
}

TEST(FindingsPanel, SortsSeverityByBadnessNotByName)
{
    LiveDocument doc(kFragile);
    views::FindingsPanel panel;
    panel.setSnapshot(doc.service->findings());
    panel.table()->sortByColumn(views::FindingsModel::SeverityColumn, Qt::DescendingOrder);
    QAbstractItemModel* shown = panel.table()->model();
    ASSERT_GT(shown->rowCount(), 1);
    EXPECT_EQ(shown->index(0, 0).data(views::FindingsModel::SeverityRole).toInt(),
              int(doc.service->findings()->findings.back().severity));
    panel.table()->sortByColumn(views::FindingsModel::SeverityColumn, Qt::AscendingOrder);
    EXPECT_EQ(shown->index(0, 0).data(views::FindingsModel::SeverityRole).toInt(),
              int(doc.service->findings()->findings.front().severity));
}
