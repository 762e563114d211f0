#include "CostEngine.h"

#include "ComponentCoster.h"
#include "TransferCoster.h"

#include <algorithm>
#include <cmath>
#include <memory>
#include <optional>
#include <unordered_map>

namespace azimuth::model {

using costing::Context;
using costing::contextFor;
using costing::FreeTierLeft;
using costing::LineWriter;
using costing::RegionTables;

namespace {

DesignCost costAll(const Design& design, const PriceCatalog& prices, const KindCatalog& catalog,
                   bool allOnDemand)
{
    RegionTables regions;
    Context ctx = contextFor(design, prices, catalog, regions);
    ctx.allOnDemand = allOnDemand;
    std::optional<FreeTierLeft> free;
    if (design.settings.useFreeTier()) {
        free.emplace(prices);
        ctx.free = &*free;
    }
    // HTTP/S subscriptions of every component that has any, in one pass over the
    // connections instead of one per topic (a topic with none is not in the map).
    std::unordered_map<std::string_view, int> http;
    ctx.httpSubscriptions = &http;
    for (const Connection& conn : design.connections())
        if (costing::isHttpSubscriber(catalog, design.component(conn.to))) ++http[conn.from.value];
    DesignCost out;
    out.currency = prices.currency();
    out.hoursPerMonth = ctx.hours;
    out.pricesAsOf = prices.asOf();
    const size_t n = design.components().size();
    auto store = std::make_shared<CostStore>();
    store->lines.reserve(2 * n);
    LineWriter writer(*store);
    // Transfer first: NAT gateways and interface endpoints bill the GB it finds them
    // processing. A design without traffic skips it (and its NetworkMap) entirely.
    costing::ProcessedGb processed;
    std::vector<size_t> connectionLine;
    if (costing::hasTraffic(design)) {
        costing::costTransfer(ctx, writer, out.connections, connectionLine, processed);
        ctx.processedGb = &processed;
    }
    connectionLine.push_back(store->lines.size());
    out.components.resize(n);
    std::vector<size_t> firstLine(n + 1);
    for (size_t i = 0; i < n; ++i) {
        ComponentCost& cc = out.components[i];
        firstLine[i] = costing::costComponent(ctx, design.components()[i], writer, cc);
        out.monthly += cc.monthly;
        out.upfront += cc.upfront;
        out.effectiveMonthly += cc.effectiveMonthly;
        out.complete = out.complete && cc.complete;
        out.estimate = out.estimate || cc.estimate;
    }
    firstLine[n] = store->lines.size();
    const std::span<const CostLine> all(store->lines);
    for (size_t i = 0; i < n; ++i) {
        out.components[i].lines = all.subspan(firstLine[i], firstLine[i + 1] - firstLine[i]);
        out.components[i].store = store;
    }
    for (size_t i = 0; i < out.connections.size(); ++i) {
        ConnectionCost& cc = out.connections[i];
        cc.lines = all.subspan(connectionLine[i], connectionLine[i + 1] - connectionLine[i]);
        cc.store = store;
        out.monthly += cc.monthly;
        out.effectiveMonthly += cc.monthly;
        out.complete = out.complete && cc.complete;
        out.estimate = out.estimate || cc.estimate;
    }
    out.monthly = roundCents(out.monthly);
    out.upfront = roundCents(out.upfront);
    out.effectiveMonthly = roundCents(out.effectiveMonthly);
    return out;
}

std::vector<double> cumulative(const DesignCost& cost, int months)
{
    std::vector<double> out;
    out.reserve(static_cast<size_t>(std::max(0, months)));
    double sum = 0;
    for (int m = 0; m < months; ++m) {
        sum += cost.monthly;
        for (const auto& cc : cost.components)
            if (cc.upfront != 0 && (cc.commitmentMonths <= 0 || m % cc.commitmentMonths == 0))
                sum += cc.upfront;
        out.push_back(roundCents(sum));
    }
    return out;
}

} // namespace

double roundCents(double value)
{
    if (value == 0) return 0.0; // most lines have no upfront: skip the rounding
    // Nudge by a relative epsilon first: 730 x 0.0225 is 16.424999... in binary but
    // 16.425 in the decimal arithmetic a person checks the bill with.
    double scaled = value * 100.0;
    double nudge = std::max(1.0, std::abs(scaled)) * 1e-9;
    double r = std::round(scaled + std::copysign(nudge, scaled)) / 100.0;
    return r == 0 ? 0.0 : r;
}

DesignCost computeCost(const Design& design, const PriceCatalog& prices, const KindCatalog& catalog)
{
    return costAll(design, prices, catalog, false);
}

ComponentCost computeComponentCost(const Design& design, const Component& component,
                                   const PriceCatalog& prices, const KindCatalog& catalog)
{
    RegionTables regions;
    auto store = std::make_shared<CostStore>();
    store->lines.reserve(4);
    LineWriter writer(*store);
    ComponentCost cc;
    Context ctx = contextFor(design, prices, catalog, regions);
    // A NAT gateway's or interface endpoint's bill counts the GB the design's traffic
    // sends through it.
    costing::ProcessedGb processed;
    const KindSpec* spec = catalog.find(component.kind);
    if (spec &&
        (spec->networkRole == NetworkRole::NatGateway ||
         spec->networkRole == NetworkRole::Endpoint) &&
        costing::hasTraffic(design)) {
        CostStore scratch;
        LineWriter transfer(scratch);
        std::vector<ConnectionCost> connections;
        std::vector<size_t> first;
        costing::costTransfer(ctx, transfer, connections, first, processed);
        ctx.processedGb = &processed;
    }
    costing::costComponent(ctx, component, writer, cc);
    cc.lines = store->lines;
    cc.store = std::move(store);
    return cc;
}

std::vector<PricingOptionCost> comparePricing(const Design& design, const Component& component,
                                              const PriceCatalog& prices,
                                              const KindCatalog& catalog)
{
    std::vector<PricingOptionCost> out;
    const KindSpec* spec = catalog.find(component.kind);
    if (!spec || !spec->instanceGroup()) return out;
    const PropertySpec* pricingSpec = spec ? spec->prop("pricing") : nullptr;
    const PropertySpec* paymentSpec = spec ? spec->prop("payment") : nullptr;
    if (!pricingSpec || !paymentSpec) return out;

    RegionTables regions;
    const Context ctx = contextFor(design, prices, catalog, regions);
    const double count = std::max(0.0, catalog.number(component, spec->instanceCount).value_or(0));
    CostStore store; // only the figures are kept
    LineWriter writer(store);
    for (const std::string& pricing : pricingSpec->values) {
        const bool commitment = prices.commitmentMonths(pricing) > 0 ||
                                pricing.starts_with("reserved-") ||
                                pricing.starts_with("savings-plan-");
        std::vector<std::string> payments =
            commitment ? paymentSpec->values : std::vector<std::string>{""};
        for (const std::string& payment : payments) {
            ComponentCost cc;
            store.lines.clear();
            costing::costInstances(ctx, component, writer, cc, count, pricing, payment);
            PricingOptionCost option;
            option.pricing = pricing;
            option.payment = payment;
            option.estimate = cc.estimate;
            if (cc.complete) {
                option.monthly = cc.monthly;
                option.upfront = cc.upfront;
                option.effectiveMonthly = cc.effectiveMonthly;
            }
            out.push_back(std::move(option));
        }
    }
    return out;
}

CostBand scalingBand(const Design& design, const Component& component, const PriceCatalog& prices,
                     const KindCatalog& catalog)
{
    CostBand band;
    // Kinds that scale between a minimum and a maximum.
    const KindSpec* spec = catalog.find(component.kind);
    if (!spec || !spec->instanceGroup() || !spec->prop("min") || !spec->prop("max")) return band;
    RegionTables regions;
    const Context ctx = contextFor(design, prices, catalog, regions);
    CostStore store; // only the figures are kept
    LineWriter writer(store);
    auto at = [&](const char* prop) -> std::optional<double> {
        ComponentCost cc;
        costing::costFleet(ctx, component, writer, cc,
                           std::max(0.0, catalog.number(component, prop).value_or(0)));
        return cc.complete ? std::optional<double>(cc.effectiveMonthly) : std::nullopt;
    };
    band.atMin = at("min");
    band.atMax = at("max");
    return band;
}

CostOverTime costOverTime(const Design& design, const PriceCatalog& prices,
                          const KindCatalog& catalog)
{
    return costOverTime(design, costAll(design, prices, catalog, false), prices, catalog);
}

CostOverTime costOverTime(const Design& design, const DesignCost& asDrawn,
                          const PriceCatalog& prices, const KindCatalog& catalog)
{
    const int months = design.settings.term();
    CostOverTime out;
    out.asDrawn = cumulative(asDrawn, months);
    out.allOnDemand = cumulative(costAll(design, prices, catalog, true), months);
    return out;
}

} // namespace azimuth::model
