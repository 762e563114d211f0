#pragma once
// The cost engine (cost-model.md): a pure function of a design and a price catalog.
//
// computeCost() is the design's bill. It takes the free tier off once for the whole
// design, in file order, so a component's figures there may be lower than what
// computeComponentCost() says for it alone: computeComponentCost() never applies the
// free tier (it is per account, not per resource) and is otherwise the same.

#include "PriceCatalog.h"
#include "model/catalog/KindCatalog.h"
#include "model/core/Design.h"

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace azimuth::model {

/// One line of a component's bill. An unknown price leaves `rate` and `monthly` empty.
/// Its text is kept by the ComponentCost it belongs to.
struct CostLine
{
    std::string_view item;
    double quantity = 0;
    std::string_view unit;
    std::optional<double> rate;    ///< after the discount
    std::optional<double> monthly; ///< quantity x rate, rounded to cents
    double upfront = 0;            ///< one-time payment, rounded to cents
    bool estimate = false;         ///< the price is derived or estimated
};

/// The text and lines of a bill, in a few large blocks: a 10,000-component bill is made
/// on every edit, and a string or vector per component and line would be tens of
/// thousands of allocations. Shared by the bill's components; never changed once made.
struct CostStore;

struct ComponentCost
{
    ComponentId id;
    std::string_view kind;
    std::string_view name;
    double monthly = 0, upfront = 0, effectiveMonthly = 0;
    bool complete = true;     ///< false when a line's price is unknown
    bool estimate = false;    ///< a line's price is an estimate
    int commitmentMonths = 0; ///< 12 or 36 for a reservation or savings plan, else 0
    bool container = false;   ///< a region, zone or environment: never billed, not listed in JSON
    std::span<const CostLine> lines;
    std::shared_ptr<const CostStore> store; ///< keeps `kind`, `name` and `lines`; copies share it
};

/// The data transfer a connection causes (networking.md): one line per direction and
/// charge. Its text is kept by `store`, as a component's is.
struct ConnectionCost
{
    ConnectionId id;
    ComponentId from, to;
    double monthly = 0;
    bool complete = true; ///< false when a line's price is unknown
    bool estimate = false;
    std::span<const CostLine> lines;
    std::shared_ptr<const CostStore> store;
};

struct DesignCost
{
    std::string currency;
    double hoursPerMonth = 730;
    std::string pricesAsOf;
    double monthly = 0, upfront = 0, effectiveMonthly = 0;
    bool complete = true;
    bool estimate = false;
    std::vector<ComponentCost> components; ///< every component, file order
    /// The connections that cost something, file order; the design's figures include them.
    std::vector<ConnectionCost> connections;
};

/// What an ec2-fleet or auto-scaling-group would cost under one pricing option.
struct PricingOptionCost
{
    std::string pricing;
    std::string payment;                                      ///< "" when n/a
    std::optional<double> monthly, upfront, effectiveMonthly; ///< empty when a price is unknown
    bool estimate = false;
};

/// The whole design's cost (cost-model.md), free tier included when the design asks.
DesignCost computeCost(const Design& design, const PriceCatalog& prices,
                       const KindCatalog& catalog = KindCatalog::builtin());

/// One component's cost in its design, without the free tier (see the file comment).
ComponentCost computeComponentCost(const Design& design, const Component& component,
                                   const PriceCatalog& prices, const KindCatalog& catalog);

/// effectiveMonthly of an ec2-fleet or auto-scaling-group under every pricing option
/// (on-demand; 4 reserved x 3 payments; 4 savings plans x 3 payments; spot;
/// dedicated-host), in that order; empty for other kinds.
std::vector<PricingOptionCost> comparePricing(const Design& design, const Component& component,
                                              const PriceCatalog& prices,
                                              const KindCatalog& catalog);

/// An auto-scaling-group's effectiveMonthly at `min` and at `max` instances.
struct CostBand
{
    std::optional<double> atMin, atMax;
};
CostBand scalingBand(const Design& design, const Component& component, const PriceCatalog& prices,
                     const KindCatalog& catalog);

/// Cumulative cost month by month over settings.termMonths: as drawn, and all On-Demand.
/// Upfront payments fall in month 1 and again each time a commitment renews.
struct CostOverTime
{
    std::vector<double> asDrawn;
    std::vector<double> allOnDemand;
};
CostOverTime costOverTime(const Design& design, const PriceCatalog& prices,
                          const KindCatalog& catalog);
/// The same, reusing `asDrawn`: computeCost of this design with these prices, when the
/// caller has it already (the live analysis costs every edit of a large design).
CostOverTime costOverTime(const Design& design, const DesignCost& asDrawn,
                          const PriceCatalog& prices, const KindCatalog& catalog);

/// JSON of cli.md `cost --format json`, exactly (also used by reports). Containers
/// (regions, zones, environments) are left out, as in the spec's example.
std::string costToJson(const DesignCost& cost);

/// Money rounded to cents, half away from zero.
double roundCents(double value);

/// A quantity or rate at 10 significant digits, so binary noise (0.08640000000000001)
/// does not reach the user: "0.0864", "730".
std::string formatFigure(double value);

} // namespace azimuth::model
