#pragma once
// The report's two charts, a donut of the bill by service and the ten costliest
// components as bars, drawn both as inline SVG (HTML) and with a QPainter (PDF).

#include "Theme.h"
#include "model/cost/CostEngine.h"

#include <QColor>
#include <QRectF>
#include <QString>
#include <string>
#include <vector>

class QPainter;

namespace azimuth::views {

/// One labelled amount of a chart.
struct ChartSlice
{
    QString label;
    QColor color;
    double value = 0;
};

/// effectiveMonthly by AWS service, non-zero services only.
std::vector<ChartSlice> serviceSlices(const model::DesignCost& cost);
/// The `count` components with the highest effectiveMonthly (non-zero), highest first.
std::vector<ChartSlice> topComponents(const model::DesignCost& cost, size_t count = 10);

/// A donut with a legend beside it, `width` x `height` SVG units.
std::string donutSvg(const std::vector<ChartSlice>& slices, const Theme& theme, int width = 520,
                     int height = 240);
/// Horizontal bars with labels and amounts.
std::string barsSvg(const std::vector<ChartSlice>& slices, const Theme& theme, int width = 520);

void paintDonut(QPainter& painter, const QRectF& area, const std::vector<ChartSlice>& slices,
                const Theme& theme);
void paintBars(QPainter& painter, const QRectF& area, const std::vector<ChartSlice>& slices,
               const Theme& theme);

} // namespace azimuth::views
