#include "HorizontalBarChart.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QGraphicsLayout>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QValueAxis>

namespace azimuth::views {

QChart* makeHorizontalBarChart(QHorizontalBarSeries* series, QBarCategoryAxis* categories)
{
    auto* c = new QChart;
    c->addSeries(series);
    c->legend()->hide();
    c->setMargins(QMargins(0, 0, 8, 0));
    c->setBackgroundRoundness(0);
    c->layout()->setContentsMargins(0, 0, 0, 0);
    categories->setGridLineVisible(false);
    categories->setLineVisible(false);
    QFont small = categories->labelsFont();
    small.setPointSizeF(8);
    categories->setLabelsFont(small);
    c->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    auto* values = new QValueAxis;
    values->setVisible(false);
    values->setGridLineVisible(false);
    c->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    return c;
}

} // namespace azimuth::views
