#pragma once
// The ten most expensive components, as horizontal bars with their figures.

#include "model/cost/CostEngine.h"

#include <QChartView>
#include <QStringList>

class QBarSet;
class QBarCategoryAxis;
class QHorizontalBarSeries;

namespace azimuth::views {

class TopComponentsChart : public QChartView
{
    Q_OBJECT
  public:
    explicit TopComponentsChart(QWidget* parent = nullptr);

    /// Shows the `limit` components with the highest effective monthly cost.
    void setCost(const model::DesignCost& cost, const QString& currency, int limit = 10);
    QBarSet* barSet() const { return m_set; }
    /// The ids of the bars, most expensive first.
    const QStringList& componentIds() const { return m_ids; }

  private:
    QHorizontalBarSeries* m_series;
    QBarSet* m_set;
    QBarCategoryAxis* m_axis;
    QStringList m_ids;
    QStringList m_tips;
};

} // namespace azimuth::views
