#pragma once
// What the selected EC2 fleet or Auto Scaling group would cost under each pricing
// option, effective monthly, with the option it uses now highlighted.

#include "HorizontalBarChart.h"
#include "model/cost/CostEngine.h"

namespace azimuth::views {

class PricingComparisonChart : public HorizontalBarChart
{
    Q_OBJECT
  public:
    explicit PricingComparisonChart(QWidget* parent = nullptr);

    /// Shows the options (comparePricing's order, top to bottom); `pricing`/`payment`
    /// name the current choice.
    void setOptions(const std::vector<model::PricingOptionCost>& options, const QString& pricing,
                    const QString& payment, const QString& currency);
    /// Index in comparePricing's order of the highlighted option, or -1.
    int currentOption() const { return m_current; }
    /// The short label of an option: "Std RI 1y · all upfront".
    static QString optionLabel(const QString& pricing, const QString& payment);

  private:
    int m_current = -1;
};

} // namespace azimuth::views
