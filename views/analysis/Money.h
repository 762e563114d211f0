#pragma once
// Money as the designer shows it, in Qt strings: model::formatMoney's "$1,234.56",
// whatever the user's locale, so figures read the same as the command line's, the
// reports' and the course notes'.

#include <QString>

namespace azimuth::views {

/// "$1,234.56" for USD (negative: "-$1,234.56"); other currencies as "EUR 1,234.56".
QString formatMoney(double value, const QString& currency = QStringLiteral("USD"));
/// Whole units for chart axes: "$12,300".
QString formatMoneyWhole(double value, const QString& currency = QStringLiteral("USD"));

} // namespace azimuth::views
