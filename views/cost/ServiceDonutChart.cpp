#include "ServiceDonutChart.h"

#include "ChartTooltip.h"
#include "views/analysis/Money.h"

#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLegend>
#include <QPieSeries>
#include <QPieSlice>
#include <QVBoxLayout>

namespace azimuth::views {

ServiceDonutChart::ServiceDonutChart(QWidget* parent)
    : QWidget(parent), m_view(new QChartView), m_series(new QPieSeries), m_legend(new QGridLayout)
{
    m_series->setHoleSize(0.55);
    m_series->setPieSize(0.9);
    auto* c = new QChart;
    c->addSeries(m_series);
    c->setMargins(QMargins(0, 0, 0, 0));
    c->setBackgroundRoundness(0);
    c->layout()->setContentsMargins(0, 0, 0, 0);
    c->legend()->hide();
    // QChartView made a chart of its own and lets go of it, undeleted, on setChart.
    std::unique_ptr<QChart> initial(m_view->chart());
    m_view->setChart(c);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFixedHeight(200);

    m_legend->setContentsMargins(8, 4, 8, 4);
    m_legend->setHorizontalSpacing(8);
    m_legend->setVerticalSpacing(2);
    m_legend->setColumnStretch(1, 1);
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_view);
    column->addLayout(m_legend);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    // As tall as the donut and its rows: a tall dock's spare height goes below the charts.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

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
    while (QLayoutItem* item = m_legend->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_legendLabels.clear();
    double total = 0;
    for (const ServiceShare& s : shares)
        total += s.effectiveMonthly;
    int row = 0;
    for (const ServiceShare& s : shares) {
        auto* slice = m_series->append(s.service, s.effectiveMonthly);
        slice->setProperty("service", s.service);
        slice->setColor(s.color);
        slice->setBorderColor(Qt::white);
        slice->setExplodeDistanceFactor(0.06);

        auto* swatch = new QLabel;
        swatch->setFixedSize(10, 10);
        swatch->setStyleSheet(
            QStringLiteral("background:%1;border-radius:2px;").arg(s.color.name()));
        auto* name = new QLabel(s.service);
        auto* money = new QLabel(formatMoney(s.effectiveMonthly, currency));
        money->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto* share = new QLabel(
            total > 0 ? QStringLiteral("%1%").arg(s.effectiveMonthly / total * 100, 0, 'f', 1)
                      : QString());
        share->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        share->setStyleSheet(QStringLiteral("color:#545B64"));
        m_legend->addWidget(swatch, row, 0, Qt::AlignVCenter);
        m_legend->addWidget(name, row, 1);
        m_legend->addWidget(money, row, 2);
        m_legend->addWidget(share, row, 3);
        m_legendLabels << name << money << share;
        ++row;
    }
}

} // namespace azimuth::views
