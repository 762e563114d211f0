#include "ServiceDonutChart.h"

#include "ChartTooltip.h"
#include "views/analysis/Money.h"

#include <QChart>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLegendMarker>
#include <QPieSeries>
#include <QPieSlice>

namespace azimuth::views {

ServiceDonutChart::ServiceDonutChart(QWidget* parent) : QChartView(parent), m_series(new QPieSeries)
{
    m_series->setHoleSize(0.55);
    m_series->setPieSize(0.9);
    auto* c = new QChart;
    c->addSeries(m_series);
    c->setMargins(QMargins(0, 0, 0, 0));
    c->setBackgroundRoundness(0);
    c->layout()->setContentsMargins(0, 0, 0, 0);
    c->legend()->setAlignment(Qt::AlignBottom);
    c->legend()->setShowToolTips(true);
    QFont f = c->legend()->font();
    f.setPointSizeF(f.pointSizeF() * 0.95);
    c->legend()->setFont(f);
    setChart(c);
    setRenderHint(QPainter::Antialiasing);
    setFixedHeight(300);

    connect(m_series, &QPieSeries::hovered, this, [this](QPieSlice* slice, bool state) {
        slice->setExploded(state);
        showChartTooltip(state ? tr("%1: %2/mo (%3%)")
                                     .arg(slice->property("service").toString(),
                                          formatMoney(slice->value(), m_currency))
                                     .arg(slice->percentage() * 100, 0, 'f', 1)
                               : QString());
    });
}

void ServiceDonutChart::setShares(const std::vector<ServiceShare>& shares, const QString& currency)
{
    m_currency = currency;
    m_series->clear();
    for (const ServiceShare& s : shares) {
        auto* slice = m_series->append(s.service + QStringLiteral("  ") +
                                           formatMoney(s.effectiveMonthly, currency),
                                       s.effectiveMonthly);
        slice->setProperty("service", s.service);
        slice->setColor(s.color);
        slice->setBorderColor(Qt::white);
        slice->setExplodeDistanceFactor(0.06);
    }
}

} // namespace azimuth::views
