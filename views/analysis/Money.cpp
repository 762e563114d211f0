#include "Money.h"

#include <QLocale>
#include <cmath>

namespace azimuth::views {

namespace {
QString format(double value, const QString& currency, int decimals)
{
    // The C locale's English grouping: a comma every three digits, a dot for cents.
    static const QLocale english(QLocale::English, QLocale::UnitedStates);
    const double rounded =
        std::round(std::abs(value) * std::pow(10.0, decimals)) / std::pow(10.0, decimals);
    const QString digits = english.toString(rounded, 'f', decimals);
    const bool negative = value < 0 && rounded != 0;
    const QString sign = negative ? QStringLiteral("-") : QString();
    if (currency.isEmpty() || currency == QLatin1String("USD")) return sign + '$' + digits;
    return sign + currency + ' ' + digits;
}
} // namespace

QString formatMoney(double value, const QString& currency)
{
    return format(value, currency, 2);
}

QString formatMoneyWhole(double value, const QString& currency)
{
    return format(value, currency, 0);
}

} // namespace azimuth::views
