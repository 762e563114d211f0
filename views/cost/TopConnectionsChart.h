#pragma once
// The connections whose data transfer costs most, as horizontal bars named by their ends.

#include "HorizontalBarChart.h"
#include "model/core/Design.h"
#include "model/cost/CostEngine.h"

namespace azimuth::views {

class TopConnectionsChart : public HorizontalBarChart
{
    Q_OBJECT
  public:
    explicit TopConnectionsChart(QWidget* parent = nullptr);

    /// Shows the `limit` connections with the highest monthly transfer cost, named by the
    /// names of their ends in `design`.
    void setCost(const model::DesignCost& cost, const model::Design& design,
                 const QString& currency, int limit = 5);
    /// The ids of the bars, most expensive first.
    const QStringList& connectionIds() const { return m_ids; }

  private:
    QStringList m_ids;
};

} // namespace azimuth::views
