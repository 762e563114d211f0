#pragma once
// The one gateway through which a live design changes. It enforces containment and
// references, tells observers, and (in tests and debug builds) checks its invariants
// after every change.

#include "model/catalog/ContainmentPolicy.h"
#include "model/catalog/KindCatalog.h"
#include "model/controller/DocumentObserver.h"
#include "model/controller/RemovalSnapshot.h"
#include "model/core/Design.h"

#include <optional>
#include <string>
#include <vector>

namespace azimuth::model {

/// Empty when an edit was applied; otherwise why it was refused, in one sentence.
using Refusal = std::optional<std::string>;

class DocumentController
{
  public:
    explicit DocumentController(const KindCatalog& catalog = KindCatalog::builtin());

    const Design& design() const { return m_design; }
    const KindCatalog& catalog() const { return m_catalog; }
    const ContainmentPolicy& containment() const { return m_policy; }

    void addObserver(DocumentObserver* observer);
    void removeObserver(DocumentObserver* observer);

    /// Replaces the whole design (opening a file, New).
    void reset(Design design);

    /// Adds a component (at `index` in file order, or last). Refused for a bad or taken
    /// id, an unknown kind, a missing parent or one that may not hold it.
    Refusal addComponent(Component component, int index = -1);
    /// Removes components with everything inside them, their connections, and their
    /// mentions in other components' `zones`. The snapshot undoes it.
    RemovalSnapshot removeComponents(const std::vector<ComponentId>& ids);
    /// Removes connections only.
    RemovalSnapshot removeConnections(const std::vector<ConnectionId>& ids);
    /// Puts back what a removal took.
    void restore(const RemovalSnapshot& snapshot);

    /// Sets a property; a null value removes it (the default applies again).
    Refusal setProperty(const ComponentId& id, const std::string& name, Json value);
    /// Replaces all props at once (used by undo).
    Refusal setProps(const ComponentId& id, Json props);
    Refusal setName(const ComponentId& id, std::optional<std::string> name);
    Refusal setGeometry(const ComponentId& id, std::optional<Geometry> geometry);
    /// Moves a component into another container (empty id: the top level).
    Refusal reparent(const ComponentId& id, const ComponentId& newParent,
                     std::optional<Geometry> geometry);

    /// Adds a connection; an empty id gets the next free one. Refused for missing ends,
    /// a connection to itself, or a taken id.
    Refusal addConnection(Connection connection, int index = -1);
    Refusal setConnectionLabel(const ConnectionId& id, std::optional<std::string> label);
    Refusal setConnectionMode(const ConnectionId& id, std::optional<std::string> mode);

    void setTitle(std::optional<std::string> title);
    void setSettings(Settings settings);

    /// Problems with the design's invariants (unique ids, indexes, references, no parent
    /// cycles); empty when all hold.
    std::vector<std::string> invariantViolations() const;
    /// When on, every change is followed by an invariant check that throws
    /// std::logic_error on a violation. On in debug builds and tests.
    void setCheckInvariants(bool on) { m_checkInvariants = on; }

  private:
    void afterChange();
    Refusal checkZones(const Json& props) const;
    template <typename F> void notify(F&& f);

    const KindCatalog& m_catalog;
    ContainmentPolicy m_policy;
    Design m_design;
    std::vector<DocumentObserver*> m_observers;
    bool m_checkInvariants;
};

} // namespace azimuth::model
