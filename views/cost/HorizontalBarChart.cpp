#include "HorizontalBarChart.h"

#include "ChartTooltip.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QValueAxis>
#include <algorithm>

namespace azimuth::views {

namespace {
const QColor kNameColor(0x23, 0x2F, 0x3E);
const QColor kFigureColor(0x54, 0x5B, 0x64);
/// The bar's share of its row; the rest is the line of text above it and a gap below.
constexpr qreal kBarShare = 0.42;
/// Room for the first line of text, which starts a little above its row.
constexpr int kTopMargin = 6;
} // namespace

HorizontalBarChart::HorizontalBarChart(const QColor& barColor, QWidget* parent)
    : QChartView(parent), m_series(new QHorizontalBarSeries), m_set(new QBarSet(QString())),
      m_categories(new QBarCategoryAxis), m_values(new QValueAxis)
{
    m_set->setColor(barColor);
    m_set->setBorderColor(Qt::transparent);
    m_series->append(m_set);
    m_series->setBarWidth(kBarShare);
    auto* c = new QChart;
    c->addSeries(m_series);
    c->legend()->hide();
    c->setMargins(QMargins(2, kTopMargin, 2, 0));
    c->setBackgroundRoundness(0);
    c->layout()->setContentsMargins(0, 0, 0, 0);
    // The axes only place the bars: the text above each bar says what the axes would.
    c->addAxis(m_categories, Qt::AlignLeft);
    c->addAxis(m_values, Qt::AlignBottom);
    m_series->attachAxis(m_categories);
    m_series->attachAxis(m_values);
    m_categories->setVisible(false);
    m_values->setVisible(false);
    // QChartView made a chart of its own and lets go of it, undeleted, on setChart.
    std::unique_ptr<QChart> initial(chart());
    setChart(c);
    setRenderHint(QPainter::Antialiasing);
    connect(c, &QChart::plotAreaChanged, this, &HorizontalBarChart::placeLabels);
    connect(m_series, &QHorizontalBarSeries::hovered, this,
            [this](bool state, int index, QBarSet*) {
                const int row = int(m_rows.size()) - 1 - index;
                showChartTooltip(state && row >= 0 && row < int(m_rows.size()) ? m_rows[row].tip
                                                                               : QString());
            });
    setFixedHeight(kRowHeight);
}

void HorizontalBarChart::setRows(std::vector<Row> rows)
{
    m_rows = std::move(rows);
    m_current = -1;
    m_set->deselectAllBars();
    m_set->remove(0, m_set->count());
    QStringList categories;
    double max = 0;
    for (auto it = m_rows.rbegin(); it != m_rows.rend(); ++it) {
        m_set->append(it->value);
        max = std::max(max, it->value);
        // The axis drops repeated categories: number them instead of naming them.
        categories << QString::number(categories.size());
    }
    m_categories->clear();
    m_categories->append(categories);
    setScale(max);

    for (auto* item : m_names)
        delete item;
    for (auto* item : m_figures)
        delete item;
    m_names.clear();
    m_figures.clear();
    QFont font = this->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    for (const Row& row : m_rows) {
        auto* name = new QGraphicsSimpleTextItem(chart());
        name->setFont(font);
        name->setBrush(kNameColor);
        name->setToolTip(row.tip);
        auto* figure = new QGraphicsSimpleTextItem(row.figure, chart());
        figure->setFont(font);
        figure->setBrush(kFigureColor);
        figure->setToolTip(row.tip);
        m_names.push_back(name);
        m_figures.push_back(figure);
    }
    setFixedHeight(kTopMargin + kRowHeight * std::max<int>(1, int(m_rows.size())));
    placeLabels();
}

void HorizontalBarChart::setScale(double max)
{
    m_values->setRange(0, max > 0 ? max : 1);
}

double HorizontalBarChart::scale() const
{
    return m_values->max();
}

void HorizontalBarChart::setCurrentRow(int index)
{
    m_current = index;
    m_set->deselectAllBars();
    if (index >= 0 && index < int(m_rows.size())) m_set->selectBar(int(m_rows.size()) - 1 - index);
    for (int i = 0; i < int(m_names.size()); ++i) {
        QFont f = m_names[i]->font();
        f.setBold(i == index);
        m_names[i]->setFont(f);
        m_figures[i]->setFont(f);
    }
    placeLabels();
}

void HorizontalBarChart::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    placeLabels();
}

void HorizontalBarChart::placeLabels()
{
    const QRectF plot = chart()->plotArea();
    const int n = int(m_rows.size());
    if (n == 0 || plot.isEmpty()) return;
    const qreal barHalf = plot.height() / n * kBarShare / 2;
    for (int i = 0; i < n; ++i) {
        const QFontMetricsF fm(m_names[i]->font());
        const qreal figureWidth = fm.horizontalAdvance(m_rows[i].figure);
        const qreal nameRoom = plot.width() - figureWidth - fm.averageCharWidth() * 2;
        m_names[i]->setText(
            fm.elidedText(m_rows[i].name, Qt::ElideRight, std::max<qreal>(0, nameRoom)));
        // The bar's centre, then the line of text just above the bar.
        const QPointF centre = chart()->mapToPosition(QPointF(0, n - 1 - i), m_series);
        const qreal top = centre.y() - barHalf - 1 - fm.height();
        m_names[i]->setPos(plot.left(), top);
        m_figures[i]->setPos(plot.right() - figureWidth, top);
    }
}

QStringList HorizontalBarChart::shownNames() const
{
    QStringList out;
    for (const auto* item : m_names)
        out << item->text();
    return out;
}

QStringList HorizontalBarChart::shownFigures() const
{
    QStringList out;
    for (const auto* item : m_figures)
        out << item->text();
    return out;
}

} // namespace azimuth::views
