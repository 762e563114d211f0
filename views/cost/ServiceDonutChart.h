#pragma once
// The cost panel's donut: the effective monthly bill by service, legend with figures.

#include "views/analysis/CostByService.h"

#include <QChartView>

class QPieSeries;

namespace azimuth::views {

class ServiceDonutChart : public QChartView
{
    Q_OBJECT
  public:
    explicit ServiceDonutChart(QWidget* parent = nullptr);

    void setShares(const std::vector<ServiceShare>& shares, const QString& currency);
    QPieSeries* series() const { return m_series; }

  private:
    QPieSeries* m_series;
    QString m_currency;
};

} // namespace azimuth::views
