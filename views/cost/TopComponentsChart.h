#pragma once
// The ten most expensive components, as horizontal bars with their names and figures.

#include "HorizontalBarChart.h"
#include "model/cost/CostEngine.h"

namespace azimuth::views {

class TopComponentsChart : public HorizontalBarChart
{
    Q_OBJECT
  public:
    explicit TopComponentsChart(QWidget* parent = nullptr);

    /// Shows the `limit` components with the highest effective monthly cost.
    void setCost(const model::DesignCost& cost, const QString& currency, int limit = 10);
    /// The ids of the bars, most expensive first.
    const QStringList& componentIds() const { return m_ids; }

  private:
    QStringList m_ids;
};

} // namespace azimuth::views
