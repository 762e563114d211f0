#include "MoneyAxis.h"

#include "views/analysis/Money.h"

#include <cmath>

namespace azimuth::views {

void setMoneyTicks(QCategoryAxis* axis, double max, const QString& currency, int ticks)
{
    for (const QString& label : axis->categoriesLabels())
        axis->remove(label);
    if (!(max > 0)) max = 1;
    // A 1-2-5 step so the labels are round numbers.
    const double raw = max / ticks;
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    double step = mag;
    for (double f : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (f * mag >= raw) {
            step = f * mag;
            break;
        }
    const bool cents = step < 1;
    axis->setStartValue(0);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    double top = 0;
    for (double v = 0; v < max + step * 0.999; v += step) {
        axis->append(cents ? formatMoney(v, currency) : formatMoneyWhole(v, currency), v);
        top = v;
    }
    axis->setRange(0, top);
}

} // namespace azimuth::views
