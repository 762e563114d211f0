#pragma once
// Cumulative cost month by month over the design's term: as drawn against all
// On-Demand. Upfront payments show as vertical steps at the start of their month.

#include "model/cost/CostEngine.h"

#include <QChartView>

class QCategoryAxis;
class QLineSeries;
class QValueAxis;

namespace azimuth::views {

class CumulativeCostChart : public QChartView
{
    Q_OBJECT
  public:
    explicit CumulativeCostChart(QWidget* parent = nullptr);

    /// `recurringMonthly` is the design's monthly charge without upfronts: what a
    /// month adds beyond that is drawn as a step.
    void setCurve(const model::CostOverTime& curve, double recurringMonthly,
                  const QString& currency);
    QLineSeries* asDrawn() const { return m_asDrawn; }
    QLineSeries* allOnDemand() const { return m_onDemand; }
    /// The cumulative figure at the end of month `month` (1-based) of a series.
    static double valueAtMonth(const QLineSeries* series, int month);

  private:
    QLineSeries* m_asDrawn;
    QLineSeries* m_onDemand;
    QValueAxis* m_months;
    QCategoryAxis* m_money;
    QString m_currency;
};

} // namespace azimuth::views
