#pragma once

#include <QString>

namespace azimuth::views {

/// Shows (or with an empty text hides) the hover tooltip of a chart at the mouse.
void showChartTooltip(const QString& text);

} // namespace azimuth::views
