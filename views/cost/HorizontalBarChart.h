#pragma once

class QBarCategoryAxis;
class QChart;
class QHorizontalBarSeries;

namespace azimuth::views {

/// A compact horizontal bar chart for a narrow dock: category labels on the left in a
/// small font, no legend, no grid, the value axis hidden (tooltips give the figures).
QChart* makeHorizontalBarChart(QHorizontalBarSeries* series, QBarCategoryAxis* categories);

} // namespace azimuth::views
