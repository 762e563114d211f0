#include "TopComponentsChart.h"

#include "ChartTooltip.h"
#include "HorizontalBarChart.h"
#include "views/analysis/CostByService.h"
#include "views/analysis/Money.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QGraphicsLayout>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QSet>
#include <QValueAxis>
#include <algorithm>

namespace azimuth::views {

TopComponentsChart::TopComponentsChart(QWidget* parent)
    : QChartView(parent), m_series(new QHorizontalBarSeries),
      m_set(new QBarSet(tr("Effective monthly"))), m_axis(new QBarCategoryAxis)
{
    m_set->setColor(QColor(0xED, 0x71, 0x00));
    m_set->setBorderColor(Qt::transparent);
    m_series->append(m_set);
    m_series->setBarWidth(0.7);
    setChart(makeHorizontalBarChart(m_series, m_axis));
    setRenderHint(QPainter::Antialiasing);

    connect(m_series, &QHorizontalBarSeries::hovered, this,
            [this](bool state, int index, QBarSet*) {
                showChartTooltip(state && index >= 0 && index < m_tips.size()
                                     ? m_tips[m_tips.size() - 1 - index]
                                     : QString());
            });
}

void TopComponentsChart::setCost(const model::DesignCost& cost, const QString& currency, int limit)
{
    std::vector<const model::ComponentCost*> billed;
    for (const model::ComponentCost& c : cost.components)
        if (!c.container && c.effectiveMonthly > 0) billed.push_back(&c);
    std::stable_sort(billed.begin(), billed.end(),
                     [](auto* a, auto* b) { return a->effectiveMonthly > b->effectiveMonthly; });
    if (int(billed.size()) > limit) billed.resize(limit);

    m_ids.clear();
    m_tips.clear();
    QStringList labels;
    QSet<QString> seen;
    for (const model::ComponentCost* c : billed) {
        QString name = QString::fromStdString(c->name.empty() ? c->id.value : c->name);
        if (name.size() > 18) name = name.left(17) + QChar(0x2026);
        // The axis drops a repeated label: tell same-named components apart by id.
        // Two lines: a narrow dock leaves the axis too little width for name and figure.
        QString label = name + '\n' + formatMoney(c->effectiveMonthly, currency);
        if (seen.contains(label))
            label += QStringLiteral(" (%1)").arg(QString::fromStdString(c->id.value));
        seen.insert(label);
        labels << label;
        m_ids << QString::fromStdString(c->id.value);
        QString tip =
            tr("%1 (%2)\n%3/mo effective · %4/mo · %5 upfront")
                .arg(QString::fromStdString(c->name.empty() ? c->id.value : c->name),
                     serviceOfKind(c->kind), formatMoney(c->effectiveMonthly, currency),
                     formatMoney(c->monthly, currency), formatMoney(c->upfront, currency));
        if (c->estimate) tip += tr("\nIncludes estimated prices.");
        m_tips << tip;
    }
    // Bars are drawn bottom-up: reverse so the most expensive is on top.
    std::reverse(labels.begin(), labels.end());
    m_set->remove(0, m_set->count());
    m_axis->clear();
    m_axis->append(labels);
    double max = 0;
    for (auto it = billed.rbegin(); it != billed.rend(); ++it) {
        m_set->append((*it)->effectiveMonthly);
        max = std::max(max, (*it)->effectiveMonthly);
    }
    if (auto* values = qobject_cast<QValueAxis*>(chart()->axes(Qt::Horizontal).value(0)))
        values->setRange(0, max > 0 ? max * 1.02 : 1);
    setFixedHeight(20 + 40 * std::max<int>(1, int(billed.size())));
}

} // namespace azimuth::views
