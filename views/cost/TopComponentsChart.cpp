#include "TopComponentsChart.h"

#include "views/analysis/CostByService.h"
#include "views/analysis/Money.h"

#include <algorithm>

namespace azimuth::views {

TopComponentsChart::TopComponentsChart(QWidget* parent)
    : HorizontalBarChart(QColor(0xED, 0x71, 0x00), parent)
{
}

void TopComponentsChart::setCost(const model::DesignCost& cost, const QString& currency, int limit)
{
    std::vector<const model::ComponentCost*> billed;
    for (const model::ComponentCost& c : cost.components)
        if (!c.container && c.effectiveMonthly > 0) billed.push_back(&c);
    std::stable_sort(billed.begin(), billed.end(),
                     [](auto* a, auto* b) { return a->effectiveMonthly > b->effectiveMonthly; });
    if (int(billed.size()) > limit) billed.resize(limit);

    m_ids.clear();
    std::vector<Row> rows;
    for (const model::ComponentCost* c : billed) {
        const QString name =
            QString::fromUtf8(c->name.empty() ? std::string_view(c->id.value) : c->name);
        QString tip =
            tr("%1 (%2)\n%3/mo effective · %4/mo · %5 upfront")
                .arg(name, serviceOfKind(c->kind), formatMoney(c->effectiveMonthly, currency),
                     formatMoney(c->monthly, currency), formatMoney(c->upfront, currency));
        if (c->estimate) tip += tr("\nIncludes estimated prices.");
        rows.push_back(
            {name, formatMoney(c->effectiveMonthly, currency), tip, c->effectiveMonthly});
        m_ids << QString::fromStdString(c->id.value);
    }
    setRows(std::move(rows));
}

} // namespace azimuth::views
