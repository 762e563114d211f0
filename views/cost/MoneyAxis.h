#pragma once
// A value axis whose labels read as money ("$12,300"): QValueAxis's printf formats
// cannot group thousands, so the ticks are categories placed on round values.

#include <QCategoryAxis>

namespace azimuth::views {

/// Fills `axis` with about `ticks` round money labels from 0 to at least `max`.
void setMoneyTicks(QCategoryAxis* axis, double max, const QString& currency, int ticks = 4);

} // namespace azimuth::views
