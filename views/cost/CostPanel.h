#pragma once
// The cost dock: the design's totals in large type with the price catalog's date, a
// donut by service, the ten most expensive components and connections (their data
// transfer), the pricing options of the
// selected EC2 fleet or Auto Scaling group, and the cumulative cost over the term.

#include "views/analysis/CostSnapshot.h"

#include <QWidget>
#include <memory>

class QLabel;

namespace azimuth::views {

class AnalysisService;
class CumulativeCostChart;
class PricingComparisonChart;
class ServiceDonutChart;
class TopComponentsChart;
class TopConnectionsChart;

class CostPanel : public QWidget
{
    Q_OBJECT
  public:
    /// Follows the service's costChanged; asks it for pricing options on selection.
    explicit CostPanel(AnalysisService& service, QWidget* parent = nullptr);

    QLabel* totalLabel() const { return m_total; }
    QLabel* detailLabel() const { return m_detail; }
    ServiceDonutChart* donut() const { return m_donut; }
    TopComponentsChart* topComponents() const { return m_top; }
    /// Shown only when some connection's data transfer costs something.
    TopConnectionsChart* topConnections() const { return m_topConnections; }
    PricingComparisonChart* pricingChart() const { return m_pricing; }
    CumulativeCostChart* cumulativeChart() const { return m_cumulative; }
    QString selectedComponent() const { return m_selected; }

  public slots:
    void setCost(std::shared_ptr<const azimuth::views::CostSnapshot> cost);
    /// The component selected on the canvas (empty: none); the pricing comparison shows
    /// it when it is an EC2 fleet or Auto Scaling group.
    void setSelectedComponent(const QString& id);

  private:
    void updatePricing();

    AnalysisService& m_service;
    std::shared_ptr<const CostSnapshot> m_cost;
    QString m_selected;
    QLabel* m_total;
    QLabel* m_detail;
    QLabel* m_notes;
    ServiceDonutChart* m_donut;
    TopComponentsChart* m_top;
    QLabel* m_topConnectionsTitle;
    TopConnectionsChart* m_topConnections;
    QLabel* m_pricingTitle;
    QLabel* m_pricingHint;
    PricingComparisonChart* m_pricing;
    QLabel* m_cumulativeTitle;
    CumulativeCostChart* m_cumulative;
};

} // namespace azimuth::views
