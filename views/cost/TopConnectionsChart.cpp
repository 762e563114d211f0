#include "TopConnectionsChart.h"

#include "views/analysis/Money.h"

#include <algorithm>

namespace azimuth::views {

namespace {

QString nameOf(const model::Design& design, const model::ComponentId& id)
{
    const model::Component* c = design.component(id);
    return QString::fromStdString(c ? c->displayName() : id.value);
}

} // namespace

TopConnectionsChart::TopConnectionsChart(QWidget* parent)
    : HorizontalBarChart(QColor(0x5A, 0x6B, 0x86), parent) // the "Data transfer" colour
{
}

void TopConnectionsChart::setCost(const model::DesignCost& cost, const model::Design& design,
                                  const QString& currency, int limit)
{
    std::vector<const model::ConnectionCost*> billed;
    for (const model::ConnectionCost& c : cost.connections)
        if (c.monthly > 0) billed.push_back(&c);
    std::stable_sort(billed.begin(), billed.end(),
                     [](auto* a, auto* b) { return a->monthly > b->monthly; });
    if (int(billed.size()) > limit) billed.resize(limit);

    m_ids.clear();
    std::vector<Row> rows;
    for (const model::ConnectionCost* c : billed) {
        const QString name = tr("%1 → %2").arg(nameOf(design, c->from), nameOf(design, c->to));
        QString tip = tr("%1\n%2/mo data transfer").arg(name, formatMoney(c->monthly, currency));
        for (const model::CostLine& l : c->lines)
            tip += QStringLiteral("\n· %1: %2")
                       .arg(QString::fromUtf8(l.item.data(), qsizetype(l.item.size())),
                            l.monthly ? formatMoney(*l.monthly, currency) : tr("price unknown"));
        rows.push_back({name, formatMoney(c->monthly, currency), tip, c->monthly});
        m_ids << QString::fromStdString(c->id.value);
    }
    setRows(std::move(rows));
}

} // namespace azimuth::views
