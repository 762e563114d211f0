#pragma once
// One component's lines and figures (cost-model.md), written into a bill's store. The engine
// (CostEngine.cpp) calls these for every component of a design, or for one.

#include "CostEngine.h"
#include "CostStore.h"
#include "RegionTables.h"

#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>

namespace azimuth::model::costing {

/// What is left of the account's free tier while components are costed in file order.
struct FreeTierLeft
{
    double lambdaRequests = 0, lambdaGbSeconds = 0, sqsRequests = 0, snsPublishes = 0,
           snsHttpDeliveries = 0, dynamodbStorageGb = 0, dataOutGb = 0, cognitoMaus = 0,
           stepFunctionsTransitions = 0, cloudfrontRequests = 0, cloudfrontDataOutGb = 0;

    explicit FreeTierLeft(const PriceCatalog& p)
        : lambdaRequests(p.freeTier("lambdaRequests")),
          lambdaGbSeconds(p.freeTier("lambdaGbSeconds")), sqsRequests(p.freeTier("sqsRequests")),
          snsPublishes(p.freeTier("snsPublishes")),
          snsHttpDeliveries(p.freeTier("snsHttpDeliveries")),
          dynamodbStorageGb(p.freeTier("dynamodbStorageGb")), dataOutGb(p.freeTier("dataOutGb")),
          cognitoMaus(p.freeTier("cognitoMaus")),
          stepFunctionsTransitions(p.freeTier("stepFunctionsTransitions")),
          cloudfrontRequests(p.freeTier("cloudfrontRequests")),
          cloudfrontDataOutGb(p.freeTier("cloudfrontDataOutGb"))
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
    /// GB a month each NAT gateway and interface endpoint processes, by id, from the data
    /// transfer pass (TransferCoster.h); null when the design carries no traffic.
    const std::unordered_map<std::string_view, double>* processedGb = nullptr;

    /// The price table of the region a component is in.
    RegionTable& regionOf(const Component& c) const;
};

Context contextFor(const Design& design, const PriceCatalog& prices, const KindCatalog& catalog,
                   RegionTables& regions);

/// Whether a subscriber of a topic is an HTTP/S endpoint: anything its kind does not say an
/// SNS topic delivers to free (queues and functions do).
bool isHttpSubscriber(const KindCatalog& catalog, const Component* to);

/// Where a component's lines go: the bill's store, and buffers reused for every line's words
/// and price path (a large bill would otherwise build a temporary string per line).
struct LineWriter
{
    CostStore& store;
    std::string item;
    std::string path;

    explicit LineWriter(CostStore& s) : store(s) {}
};

/// Writes one component's lines into a bill's store: the kit a kind's cost function
/// (model/kinds/units/) writes its lines with, and the instance pricing that EC2 fleets and
/// Auto Scaling groups share.
class ComponentCoster
{
  public:
    ComponentCoster(const Context& ctx, const Component& c, ComponentCost& out, LineWriter& writer);

    const Context& context() const { return m_ctx; }
    const Component& component() const { return m_c; }
    ComponentCost& figures() { return m_out; }

    /// A property, the component's own else its kind's default (the kind is looked up once).
    const Json* prop(std::string_view name) const;
    double number(std::string_view name, double fallback = 0) const;
    std::string_view text(std::string_view name) const;
    bool flag(std::string_view name) const;
    /// GB a month the component processes for others' data transfer (a NAT gateway, an
    /// interface endpoint); 0 when none.
    double processedGb() const;
    const KindSpec* spec() const { return m_spec; }

    /// The lines added so far, in the store (valid until the store's next line).
    std::span<const CostLine> lines() const
    {
        return std::span<const CostLine>(m_store.lines).subspan(m_first);
    }
    size_t firstLine() const { return m_first; }

    /// Adds a line; `price` null means unknown. `upfront` is before the discount. The item
    /// is copied into the store; `unit` is always a string literal and is kept as it is.
    void line(std::string_view item, double quantity, std::string_view unit, const PriceFact* price,
              double upfront = 0, bool estimate = false);
    /// The reused buffer for a line's words, emptied.
    std::string& startItem()
    {
        m_writer.item.clear();
        return m_writer.item;
    }
    /// The reused buffer for a price path, emptied.
    std::string& startPath()
    {
        m_writer.path.clear();
        return m_writer.path;
    }
    /// A price path of dotted parts ("aurora", engine, class), in the reused path buffer.
    std::string_view pricePath(std::initializer_list<std::string_view> parts);
    /// `count` nodes of a type billed by the hour, worded "2 nodes cache.t3.micro, Redis
    /// OSS" (no ", ..." when `after` is empty); `unit` is a string literal.
    void nodeHours(const PriceFact* rate, double count, std::string_view one, std::string_view many,
                   std::string_view type, std::string_view after, std::string_view unit);
    /// Storage in GB-months, worded "LABEL, 20 GB".
    void storage(std::string_view label, double gb, const PriceFact* rate);
    /// Takes what it can of `quantity` from a free tier allowance left for the design;
    /// returns the part that is free (none when the design does not use the free tier).
    double takeFree(double FreeTierLeft::*allowance, double quantity);

    /// `count` EC2 instances of the component's type under a pricing option, and their EBS.
    void instances(RegionTable& region, double count, std::string_view pricing,
                   std::string_view payment);
    /// `count` instances under the component's own pricing (On-Demand when the context
    /// costs everything On-Demand).
    void fleet(RegionTable& region, double count);

  private:
    const Context& m_ctx;
    const Component& m_c;
    ComponentCost& m_out;
    LineWriter& m_writer;
    CostStore& m_store;
    const size_t m_first;
    const KindSpec* m_spec;
};

/// Costs a component into `writer`'s store and sums its lines into `cc`, which keeps
/// `lines` empty: the caller sets it once the store has all its lines (they move while it
/// grows). Returns the index of the component's first line in the store.
size_t costComponent(const Context& ctx, const Component& c, LineWriter& writer, ComponentCost& cc);

/// The figures of an instance group of `count` instances under one pricing option
/// (comparePricing), into `cc`.
void costInstances(const Context& ctx, const Component& c, LineWriter& writer, ComponentCost& cc,
                   double count, std::string_view pricing, std::string_view payment);

/// The figures of an instance group as drawn, at `count` instances (scalingBand), into
/// `cc`.
void costFleet(const Context& ctx, const Component& c, LineWriter& writer, ComponentCost& cc,
               double count);

} // namespace azimuth::model::costing
