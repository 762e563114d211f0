#pragma once
// The part of a design that decides whether one group of users is served when a zone
// or region fails, as a small design of its own, so a diff can drill every zone for
// every group without drilling the whole design each time.

#include "DesignLinks.h"
#include "model/catalog/KindCatalog.h"
#include "model/core/Design.h"

#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

namespace azimuth::model {

/// What the drill reads to say whether `users` is served (drill.md): the components a
/// path of connections from it reaches (up to the first compute on each path), their
/// containers, the zones they use and those zones' containers, and every zone of each
/// region among them (a Multi-AZ database fails over to any of them).
class DrillWorld
{
  public:
    DrillWorld(const DesignLinks& links, const ComponentId& users, const KindCatalog& catalog);

    /// Every component that matters, by id.
    const std::unordered_set<std::string>& ids() const { return m_ids; }
    /// The zones and regions among them, in file order.
    const std::vector<ComponentId>& targets() const { return m_targets; }
    /// Whether the users are served when `failed` fails; nullopt when the design has no
    /// such zone or region, or `users` is not a group of users there.
    std::optional<bool> servedWhen(const ComponentId& failed) const;
    /// Whether both worlds hold the same components, alike but for canvas geometry, with
    /// the same connections between them.
    bool sameAs(const DrillWorld& other) const;

  private:
    const DesignLinks& m_links;
    const Design& m_design;
    const KindCatalog& m_catalog;
    ComponentId m_users;
    std::unordered_set<std::string> m_ids;
    std::vector<int> m_members; ///< indexes into the design, file order
    std::vector<ComponentId> m_targets;
    Design m_world;
};

} // namespace azimuth::model
