#include "Money.h"

#include "model/cost/Money.h"

namespace azimuth::views {

QString formatMoney(double value, const QString& currency)
{
    return QString::fromStdString(model::formatMoney(value, currency.toStdString(), 2));
}

QString formatMoneyWhole(double value, const QString& currency)
{
    return QString::fromStdString(model::formatMoney(value, currency.toStdString(), 0));
}

} // namespace azimuth::views
