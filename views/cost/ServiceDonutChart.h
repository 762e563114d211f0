#pragma once
// The cost panel's donut: the effective monthly bill by service. Its legend is a table
// under the donut (swatch, service, figure, share) rather than the chart's own legend,
// which elides names and figures as soon as a dock is narrow.

#include "views/analysis/CostByService.h"

#include <QWidget>

class QChartView;
class QGridLayout;
class QLabel;
class QPieSeries;

namespace azimuth::views {

class ServiceDonutChart : public QWidget
{
    Q_OBJECT
  public:
    explicit ServiceDonutChart(QWidget* parent = nullptr);

    void setShares(const std::vector<ServiceShare>& shares, const QString& currency);
    QPieSeries* series() const { return m_series; }
    QChartView* chartView() const { return m_view; }
    /// The legend's text labels (service, figure and share of each row), row by row.
    QList<QLabel*> legendLabels() const { return m_legendLabels; }

  private:
    QChartView* m_view;
    QPieSeries* m_series;
    QGridLayout* m_legend;
    QList<QLabel*> m_legendLabels;
    QString m_currency;
};

} // namespace azimuth::views
