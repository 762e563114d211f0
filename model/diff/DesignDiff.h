#pragma once
// What a change does to a design (diff.md): cost, findings, resilience and structure of
// OLD against NEW. A pure function of the two designs and the price catalog.

#include "model/catalog/KindCatalog.h"
#include "model/core/Design.h"
#include "model/core/Json.h"
#include "model/rules/Finding.h"

#include <optional>
#include <string>
#include <vector>

namespace azimuth::model {

class PriceCatalog;

enum class ItemChangeKind
{
    Added,
    Removed,
    Changed
};

/// "+", "-" or "~", as diff.md writes them.
const char* itemChangeMark(ItemChangeKind kind);

/// One field of a component or connection that differs: `instanceType`, `zones`, `name`,
/// `parent`, `kind`, `from`, `to`, `mode`, `label`, or a key the reader keeps as written
/// (`props.gbPerMonth` of a connection). A missing value is null.
struct FieldChange
{
    std::string field;
    Json before;
    Json after;
};

/// A component or connection added, removed or changed. Connections have the kind
/// "connection" and a name of "FROM → TO" (their label when they have one).
struct ItemChange
{
    ItemChangeKind change = ItemChangeKind::Changed;
    bool connection = false;
    std::string id; ///< NEW's id; OLD's for a removed item
    std::string kind;
    std::string name;
    std::vector<FieldChange> fields; ///< only for Changed
};

/// The money of one item or of the whole design, rounded to cents.
struct CostFigures
{
    double monthly = 0, upfront = 0, effectiveMonthly = 0;
    bool complete = true; ///< every price was known
};

/// One item whose cost moved.
struct CostChange
{
    ItemChange item;
    CostFigures before; ///< zeros for an added item
    CostFigures after;  ///< zeros for a removed item
    double delta() const { return after.monthly - before.monthly; }
};

struct CostSection
{
    std::string currency = "USD";
    CostFigures before, after;
    std::vector<CostChange> items; ///< largest monthly delta first
    double delta() const { return after.monthly - before.monthly; }
    /// The monthly change in percent of OLD's total; nullopt from an old total of $0.00.
    std::optional<double> percent() const;
    bool totalsChanged() const;
};

/// One group of users whose fate when a zone or region fails is not what it was.
struct ResilienceChange
{
    ComponentId failed;         ///< an AZ, Wavelength Zone or Region of NEW
    std::string failedName;     ///< its display name (`us-east-1a`)
    ComponentId entryPoint;     ///< a `users` component of NEW
    std::string entryName;      ///< its display name (`Customers`)
    std::optional<bool> before; ///< served in OLD; nullopt when OLD has no such zone or users
    bool after = false;         ///< served in NEW
};

struct DesignDiff
{
    CostSection cost;
    std::vector<Finding> introduced; ///< in NEW and not in OLD, rules.md order
    std::vector<Finding> resolved;   ///< in OLD and not in NEW
    std::vector<ResilienceChange> resilience;
    std::vector<ItemChange> structure; ///< added, removed, changed; by kind, then id

    /// Nothing differs but canvas positions.
    bool empty() const;
};

/// Compares two designs: components by id, connections by id where both files gave
/// one, else by (from, to).
DesignDiff diffDesigns(const Design& before, const Design& after, const PriceCatalog& prices,
                       const KindCatalog& catalog = KindCatalog::builtin());

} // namespace azimuth::model
