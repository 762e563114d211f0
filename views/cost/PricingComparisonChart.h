#pragma once
// What the selected EC2 fleet or Auto Scaling group would cost under each pricing
// option, effective monthly, with the option it uses now highlighted.

#include "model/cost/CostEngine.h"

#include <QChartView>
#include <QStringList>

class QBarSet;
class QBarCategoryAxis;
class QHorizontalBarSeries;

namespace azimuth::views {

class PricingComparisonChart : public QChartView
{
    Q_OBJECT
  public:
    explicit PricingComparisonChart(QWidget* parent = nullptr);

    /// Shows the options (comparePricing's order, top to bottom); `pricing`/`payment`
    /// name the current choice.
    void setOptions(const std::vector<model::PricingOptionCost>& options, const QString& pricing,
                    const QString& payment, const QString& currency);
    QBarSet* barSet() const { return m_set; }
    /// Index in comparePricing's order of the highlighted option, or -1.
    int currentOption() const { return m_current; }
    /// The short label of an option: "Std RI 1y · all upfront".
    static QString optionLabel(const QString& pricing, const QString& payment);

  private:
    QHorizontalBarSeries* m_series;
    QBarSet* m_set;
    QBarCategoryAxis* m_axis;
    QStringList m_tips;
    int m_current = -1;
};

} // namespace azimuth::views
