#include "PricingComparisonChart.h"

#include "ChartTooltip.h"
#include "HorizontalBarChart.h"
#include "views/analysis/Money.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QGraphicsLayout>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QValueAxis>
#include <algorithm>

namespace azimuth::views {

PricingComparisonChart::PricingComparisonChart(QWidget* parent)
    : QChartView(parent), m_series(new QHorizontalBarSeries),
      m_set(new QBarSet(tr("Effective monthly"))), m_axis(new QBarCategoryAxis)
{
    m_set->setColor(QColor(0xF6, 0xC3, 0x98));
    m_set->setSelectedColor(QColor(0xED, 0x71, 0x00));
    m_set->setBorderColor(Qt::transparent);
    m_series->append(m_set);
    m_series->setBarWidth(0.75);
    setChart(makeHorizontalBarChart(m_series, m_axis));
    setRenderHint(QPainter::Antialiasing);

    connect(m_series, &QHorizontalBarSeries::hovered, this,
            [this](bool state, int index, QBarSet*) {
                showChartTooltip(state && index >= 0 && index < m_tips.size()
                                     ? m_tips[m_tips.size() - 1 - index]
                                     : QString());
            });
}

QString PricingComparisonChart::optionLabel(const QString& pricing, const QString& payment)
{
    QString name;
    if (pricing == QLatin1String("on-demand")) return tr("On-Demand");
    if (pricing == QLatin1String("spot")) return tr("Spot (typical)");
    if (pricing == QLatin1String("dedicated-host")) return tr("Dedicated Host");
    const QString term =
        pricing.endsWith(QLatin1String("3y")) ? QStringLiteral("3y") : QStringLiteral("1y");
    if (pricing.startsWith(QLatin1String("reserved-standard")))
        name = tr("Std RI %1").arg(term);
    else if (pricing.startsWith(QLatin1String("reserved-convertible")))
        name = tr("Conv RI %1").arg(term);
    else if (pricing.startsWith(QLatin1String("savings-plan-ec2")))
        name = tr("EC2 SP %1").arg(term);
    else if (pricing.startsWith(QLatin1String("savings-plan-compute")))
        name = tr("Compute SP %1").arg(term);
    else
        name = pricing;
    if (payment == QLatin1String("no-upfront")) return name + tr(" · no upfront");
    if (payment == QLatin1String("partial-upfront")) return name + tr(" · partial");
    if (payment == QLatin1String("all-upfront")) return name + tr(" · all upfront");
    return payment.isEmpty() ? name : name + QStringLiteral(" · ") + payment;
}

void PricingComparisonChart::setOptions(const std::vector<model::PricingOptionCost>& options,
                                        const QString& pricing, const QString& payment,
                                        const QString& currency)
{
    m_tips.clear();
    m_current = -1;
    QStringList labels;
    std::vector<double> values;
    double max = 0;
    for (size_t i = 0; i < options.size(); ++i) {
        const model::PricingOptionCost& o = options[i];
        const QString p = QString::fromStdString(o.pricing);
        const QString pay = QString::fromStdString(o.payment);
        const bool current = p == pricing && (pay.isEmpty() || pay == payment);
        if (current) m_current = int(i);
        const QString value =
            o.effectiveMonthly ? formatMoney(*o.effectiveMonthly, currency) : tr("unknown");
        QString label =
            optionLabel(p, pay) + '\n' + value + (o.estimate ? QStringLiteral(" *") : QString());
        labels << label;
        values.push_back(o.effectiveMonthly.value_or(0.0));
        max = std::max(max, values.back());
        QString tip = optionLabel(p, pay) + (current ? tr(" (current)") : QString()) + '\n';
        if (o.effectiveMonthly)
            tip += tr("%1/mo effective · %2/mo · %3 upfront")
                       .arg(value, formatMoney(o.monthly.value_or(0), currency),
                            formatMoney(o.upfront.value_or(0), currency));
        else
            tip += tr("No price in the catalog for this option.");
        if (o.estimate) tip += tr("\n* An estimate: the price is derived.");
        m_tips << tip;
    }
    std::reverse(labels.begin(), labels.end());
    m_set->deselectAllBars();
    m_set->remove(0, m_set->count());
    m_axis->clear();
    m_axis->append(labels);
    for (auto it = values.rbegin(); it != values.rend(); ++it)
        m_set->append(*it);
    if (m_current >= 0) m_set->selectBar(int(options.size()) - 1 - m_current);
    if (auto* axis = qobject_cast<QValueAxis*>(chart()->axes(Qt::Horizontal).value(0)))
        axis->setRange(0, max > 0 ? max * 1.02 : 1);
    setFixedHeight(20 + 34 * std::max<int>(1, int(options.size())));
}

} // namespace azimuth::views
