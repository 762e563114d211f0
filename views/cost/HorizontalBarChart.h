#pragma once
// A horizontal bar chart for a narrow dock. Each bar has its name (left) and its figure
// (right) on a line of their own above it, across the chart's whole width: a 340 px dock
// still shows whole names and figures, where labels beside the bars would leave either
// the labels or the bars no room. A name too long even so is elided, and the tooltip
// gives it whole. No legend, no grid, no axes.

#include <QChartView>
#include <QStringList>
#include <vector>

class QBarCategoryAxis;
class QBarSet;
class QGraphicsSimpleTextItem;
class QHorizontalBarSeries;
class QValueAxis;

namespace azimuth::views {

class HorizontalBarChart : public QChartView
{
    Q_OBJECT
  public:
    struct Row
    {
        QString name;   ///< left, elided to fit
        QString figure; ///< right, always whole ("$1,234.56")
        QString tip;    ///< the hover text of the row's bar and name
        double value = 0;
    };
    /// Height of one bar with its line of text.
    static constexpr int kRowHeight = 44;

    explicit HorizontalBarChart(const QColor& barColor, QWidget* parent = nullptr);

    /// The rows, top to bottom. The bar set holds their values bottom-up (Qt draws the
    /// first bar at the bottom).
    void setRows(std::vector<Row> rows);
    /// Shows row `index` (top-down; -1: none) as the current one: its bar in the
    /// selected colour, its name in bold.
    void setCurrentRow(int index);
    /// The value a full-width bar stands for; larger values run off the edge (their
    /// figures still say how much). setRows sets it to the largest value.
    void setScale(double max);
    double scale() const;
    QBarSet* barSet() const { return m_set; }
    const std::vector<Row>& rows() const { return m_rows; }
    /// The names and figures as drawn now, top to bottom.
    QStringList shownNames() const;
    QStringList shownFigures() const;

  protected:
    void resizeEvent(QResizeEvent* event) override;

  private:
    void placeLabels();

    QHorizontalBarSeries* m_series;
    QBarSet* m_set;
    QBarCategoryAxis* m_categories;
    QValueAxis* m_values;
    std::vector<Row> m_rows;
    int m_current = -1;
    std::vector<QGraphicsSimpleTextItem*> m_names;
    std::vector<QGraphicsSimpleTextItem*> m_figures;
};

} // namespace azimuth::views
