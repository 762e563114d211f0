#include "CostDiff.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

namespace azimuth::model {

namespace {

CostFigures figures(double monthly, double upfront, double effective, bool complete)
{
    return {roundCents(monthly), roundCents(upfront), roundCents(effective), complete};
}

bool sameCents(double a, double b)
{
    return std::abs(a - b) < 0.005;
}

bool moved(const CostFigures& a, const CostFigures& b)
{
    return !sameCents(a.monthly, b.monthly) || !sameCents(a.upfront, b.upfront) ||
           !sameCents(a.effectiveMonthly, b.effectiveMonthly) || a.complete != b.complete;
}

/// The structure entries by what they are about, so a cost line says what changed.
using ItemKey = std::tuple<bool, ItemChangeKind, std::string>;

} // namespace

ItemBills itemBills(const DesignCost& cost)
{
    ItemBills bills;
    bills.currency = cost.currency;
    bills.total = figures(cost.monthly, cost.upfront, cost.effectiveMonthly, cost.complete);
    bills.components.reserve(cost.components.size());
    for (const auto& c : cost.components)
        bills.components.emplace(c.id.value,
                                 figures(c.monthly, c.upfront, c.effectiveMonthly, c.complete));
    // Data transfer is billed monthly, nothing upfront: its effective figure is its monthly.
    for (const auto& c : cost.connections)
        bills.connections.emplace(c.id.value, figures(c.monthly, 0, c.monthly, c.complete));
    return bills;
}

CostSection diffCost(const Design& before, const Design& after, const ItemBills& billBefore,
                     const ItemBills& billAfter, const std::vector<ConnectionPair>& pairs,
                     const std::vector<ItemChange>& structure)
{
    CostSection section;
    section.currency = billAfter.currency;
    section.before = billBefore.total;
    section.after = billAfter.total;

    std::map<ItemKey, const ItemChange*> described;
    for (const auto& item : structure)
        described[{item.connection, item.change, item.id}] = &item;

    auto bill = [](const std::unordered_map<std::string, CostFigures>& bills,
                   const std::string& id) {
        auto it = bills.find(id);
        return it == bills.end() ? CostFigures{} : it->second;
    };
    auto add = [&](ItemChange fallback, const CostFigures& a, const CostFigures& b) {
        if (!moved(a, b)) return;
        auto it = described.find({fallback.connection, fallback.change, fallback.id});
        section.items.push_back({it != described.end() ? *it->second : std::move(fallback), a, b});
    };

    for (const auto& c : after.components()) {
        const bool existed = before.component(c.id) != nullptr;
        add(componentItem(c, existed ? ItemChangeKind::Changed : ItemChangeKind::Added),
            existed ? bill(billBefore.components, c.id.value) : CostFigures{},
            bill(billAfter.components, c.id.value));
    }
    for (const auto& c : before.components())
        if (!after.component(c.id))
            add(componentItem(c, ItemChangeKind::Removed), bill(billBefore.components, c.id.value),
                CostFigures{});
    for (const auto& p : pairs) {
        if (p.before && p.after)
            add(connectionItem(after, *p.after, ItemChangeKind::Changed),
                bill(billBefore.connections, p.before->id.value),
                bill(billAfter.connections, p.after->id.value));
        else if (p.after)
            add(connectionItem(after, *p.after, ItemChangeKind::Added), CostFigures{},
                bill(billAfter.connections, p.after->id.value));
        else
            add(connectionItem(before, *p.before, ItemChangeKind::Removed),
                bill(billBefore.connections, p.before->id.value), CostFigures{});
    }
    std::stable_sort(
        section.items.begin(), section.items.end(), [](const CostChange& a, const CostChange& b) {
            const double da = std::abs(a.delta()), db = std::abs(b.delta());
            if (!sameCents(da, db)) return da > db;
            const double ea = std::abs(a.after.effectiveMonthly - a.before.effectiveMonthly);
            const double eb = std::abs(b.after.effectiveMonthly - b.before.effectiveMonthly);
            if (!sameCents(ea, eb)) return ea > eb;
            return std::tie(a.item.connection, a.item.id) < std::tie(b.item.connection, b.item.id);
        });
    return section;
}

} // namespace azimuth::model
