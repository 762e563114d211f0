#include "PricingComparisonChart.h"

#include "views/analysis/Money.h"

#include <QBarSet>
#include <algorithm>

namespace azimuth::views {

PricingComparisonChart::PricingComparisonChart(QWidget* parent)
    : HorizontalBarChart(QColor(0xF6, 0xC3, 0x98), parent)
{
    barSet()->setSelectedColor(QColor(0xED, 0x71, 0x00));
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
    m_current = -1;
    std::vector<Row> rows;
    for (size_t i = 0; i < options.size(); ++i) {
        const model::PricingOptionCost& o = options[i];
        const QString p = QString::fromStdString(o.pricing);
        const QString pay = QString::fromStdString(o.payment);
        const bool current = p == pricing && (pay.isEmpty() || pay == payment);
        if (current) m_current = int(i);
        const QString value =
            o.effectiveMonthly ? formatMoney(*o.effectiveMonthly, currency) : tr("unknown");
        QString tip = optionLabel(p, pay) + (current ? tr(" (current)") : QString()) + '\n';
        if (o.effectiveMonthly)
            tip += tr("%1/mo effective · %2/mo · %3 upfront")
                       .arg(value, formatMoney(o.monthly.value_or(0), currency),
                            formatMoney(o.upfront.value_or(0), currency));
        else
            tip += tr("No price in the catalog for this option.");
        if (o.estimate) tip += tr("\n* An estimate: the price is derived.");
        rows.push_back({optionLabel(p, pay),
                        value + (o.estimate ? QStringLiteral(" *") : QString()), tip,
                        o.effectiveMonthly.value_or(0.0)});
    }
    // A Dedicated Host costs many times the rest: scaled to it, every other bar would be
    // a sliver. Scale to the options within a few times the median; the outlier runs off
    // the edge with its figure above it.
    std::vector<double> values;
    for (const Row& r : rows)
        if (r.value > 0) values.push_back(r.value);
    std::sort(values.begin(), values.end());
    double scale = values.empty() ? 0 : values.back();
    if (!values.empty()) {
        const double median = values[values.size() / 2];
        for (double v : values)
            if (v <= 3 * median) scale = v;
    }
    setRows(std::move(rows));
    setScale(scale);
    setCurrentRow(m_current);
}

} // namespace azimuth::views
