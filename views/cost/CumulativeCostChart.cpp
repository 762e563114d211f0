#include "CumulativeCostChart.h"

#include "ChartTooltip.h"
#include "MoneyAxis.h"
#include "views/analysis/Money.h"

#include <QCategoryAxis>
#include <QChart>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace azimuth::views {

namespace {
void fill(QLineSeries* series, const std::vector<double>& cumulative, double recurring)
{
    QList<QPointF> points{{0, 0}};
    double before = 0;
    for (size_t m = 1; m <= cumulative.size(); ++m) {
        const double now = cumulative[m - 1];
        const double upfront = now - before - recurring;
        if (upfront > 0.005) points.append(QPointF(double(m - 1), before + upfront));
        points.append(QPointF(double(m), now));
        before = now;
    }
    series->replace(points);
}
} // namespace

CumulativeCostChart::CumulativeCostChart(QWidget* parent)
    : QChartView(parent), m_asDrawn(new QLineSeries), m_onDemand(new QLineSeries),
      m_months(new QValueAxis), m_money(new QCategoryAxis)
{
    m_asDrawn->setName(tr("As drawn"));
    m_asDrawn->setPen(QPen(QColor(0xED, 0x71, 0x00), 2.5));
    m_onDemand->setName(tr("All On-Demand"));
    QPen dashed(QColor(0x68, 0x70, 0x78), 2, Qt::DashLine);
    m_onDemand->setPen(dashed);
    auto* c = new QChart;
    c->addSeries(m_onDemand);
    c->addSeries(m_asDrawn);
    // Room above for the top money label and on the right for the last month's.
    c->setMargins(QMargins(0, 8, 10, 0));
    c->setBackgroundRoundness(0);
    c->layout()->setContentsMargins(0, 0, 0, 0);
    c->legend()->setAlignment(Qt::AlignBottom);
    m_months->setLabelFormat(QStringLiteral("%d"));
    m_months->setTitleText(tr("month"));
    m_months->setGridLineVisible(false);
    c->addAxis(m_months, Qt::AlignBottom);
    c->addAxis(m_money, Qt::AlignLeft);
    for (QLineSeries* s : {m_onDemand, m_asDrawn}) {
        s->attachAxis(m_months);
        s->attachAxis(m_money);
        connect(s, &QLineSeries::hovered, this, [this, s](const QPointF& p, bool state) {
            if (!state) return showChartTooltip({});
            const int month = std::clamp(int(std::lround(p.x())), 1, int(s->count()));
            showChartTooltip(tr("%1, month %2: %3 so far")
                                 .arg(s->name())
                                 .arg(month)
                                 .arg(formatMoney(valueAtMonth(s, month), m_currency)));
        });
    }
    // QChartView made a chart of its own and lets go of it, undeleted, on setChart.
    std::unique_ptr<QChart> initial(chart());
    setChart(c);
    setRenderHint(QPainter::Antialiasing);
    setFixedHeight(240);
}

double CumulativeCostChart::valueAtMonth(const QLineSeries* series, int month)
{
    // The first point at x == month is the month's end; an upfront step in the next
    // month adds a second one above it.
    for (const QPointF& p : series->points())
        if (p.x() == double(month)) return p.y();
    return 0;
}

void CumulativeCostChart::setCurve(const model::CostOverTime& curve, double recurringMonthly,
                                   const QString& currency)
{
    m_currency = currency;
    fill(m_asDrawn, curve.asDrawn, recurringMonthly);
    // All On-Demand has no upfront: every month adds the same.
    fill(m_onDemand, curve.allOnDemand, curve.allOnDemand.empty() ? 0 : curve.allOnDemand.front());
    const int months = int(std::max(curve.asDrawn.size(), curve.allOnDemand.size()));
    m_months->setRange(0, std::max(1, months));
    m_months->setTickCount(months % 12 == 0 && months > 0 ? months / 12 + 1 : 5);
    double max = 0;
    for (double v : curve.asDrawn)
        max = std::max(max, v);
    for (double v : curve.allOnDemand)
        max = std::max(max, v);
    setMoneyTicks(m_money, max, currency);
}

} // namespace azimuth::views
