#pragma once
// One component's lines and figures (cost-model.md), written into a bill's store. The engine
// (CostEngine.cpp) calls these for every component of a design, or for one.

#include "CostEngine.h"
#include "CostStore.h"
#include "RegionTables.h"

#include <span>
#include <string>
#include <string_view>
#include <unordered_map>

namespace azimuth::model::costing {

/// What is left of the account's free tier while components are costed in file order.
struct FreeTierLeft
{
    double lambdaRequests = 0, lambdaGbSeconds = 0, sqsRequests = 0, snsPublishes = 0,
           snsHttpDeliveries = 0, dynamodbStorageGb = 0;

    explicit FreeTierLeft(const PriceCatalog& p)
        : lambdaRequests(p.freeTier("lambdaRequests")),
          lambdaGbSeconds(p.freeTier("lambdaGbSeconds")), sqsRequests(p.freeTier("sqsRequests")),
          snsPublishes(p.freeTier("snsPublishes")),
          snsHttpDeliveries(p.freeTier("snsHttpDeliveries")),
          dynamodbStorageGb(p.freeTier("dynamodbStorageGb"))
    {
    }
};

/// What one computation costs with: the design, its prices and settings, and what it shares
/// between components.
struct Context
{
    const Design& design;
    const PriceCatalog& prices;
    const KindCatalog& catalog;
    double hours;
    double factor; ///< 1 - discountPercent / 100
    FreeTierLeft* free = nullptr;
    bool allOnDemand = false; ///< cost every fleet and group as On-Demand
    /// HTTP/S subscriptions by topic id, counted once for a whole design; null: count per topic.
    const std::unordered_map<std::string_view, int>* httpSubscriptions = nullptr;
    /// Region tables, and which one each parent's children use, filled as components are
    /// costed (siblings share one). Owned by the caller of contextFor.
    RegionTables* regions = nullptr;

    /// The price table of the region a component is in.
    RegionTable& regionOf(const Component& c) const;
};

Context contextFor(const Design& design, const PriceCatalog& prices, const KindCatalog& catalog,
                   RegionTables& regions);

/// Whether a subscriber of a topic is an HTTP/S endpoint: anything but a queue or a function.
bool isHttpSubscriber(const Component* to);

/// Where a component's lines go: the bill's store, and buffers reused for every line's words
/// and price path (a large bill would otherwise build a temporary string per line).
struct LineWriter
{
    CostStore& store;
    std::string item;
    std::string path;

    explicit LineWriter(CostStore& s) : store(s) {}
};

/// Costs a component into `writer`'s store and sums its lines into `cc`, which keeps
/// `lines` empty: the caller sets it once the store has all its lines (they move while it
/// grows). Returns the index of the component's first line in the store.
size_t costComponent(const Context& ctx, const Component& c, LineWriter& writer, ComponentCost& cc);

/// The figures of an ec2-fleet or auto-scaling-group of `count` instances under one
/// pricing option (comparePricing), into `cc`.
void costInstances(const Context& ctx, const Component& c, LineWriter& writer, ComponentCost& cc,
                   double count, std::string_view pricing, std::string_view payment);

/// The figures of an ec2-fleet or auto-scaling-group as drawn, at `count` instances
/// (scalingBand), into `cc`.
void costFleet(const Context& ctx, const Component& c, LineWriter& writer, ComponentCost& cc,
               double count);

} // namespace azimuth::model::costing
