#pragma once
// The one gateway through which a live design changes. It alone decides whether an edit
// is allowed (containment, references, ids, no second arrow between the same two
// components) and says why not; it tells observers, and (in tests and debug builds)
// checks its invariants after every change. The `can...` checks answer exactly what the
// edit itself would, without changing anything, so the app can refuse an edit before it
// reaches the undo stack and show the controller's own words.

#include "model/catalog/ContainmentPolicy.h"
#include "model/catalog/KindCatalog.h"
#include "model/controller/DocumentObserver.h"
#include "model/controller/EditResult.h"
#include "model/controller/RemovalSnapshot.h"
#include "model/core/Design.h"

#include <optional>
#include <string>
#include <vector>

namespace azimuth::model {

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
    /// id, an unknown kind, a missing parent or one that may not hold it, or `zones`
    /// naming a missing component.
    EditResult addComponent(Component component, int index = -1);
    EditResult canAddComponent(const Component& component) const;
    /// Adds components and the connections among them as one edit would: each may sit
    /// in one added before it. Checks only, on a scratch copy of the design.
    EditResult canAddAll(const std::vector<Component>& components,
                         const std::vector<Connection>& connections) const;
    /// Removes components with everything inside them, their connections, and their
    /// mentions in other components' `zones`. The snapshot undoes it.
    RemovalSnapshot removeComponents(const std::vector<ComponentId>& ids);
    /// Removes connections only.
    RemovalSnapshot removeConnections(const std::vector<ConnectionId>& ids);
    /// Puts back what a removal took.
    void restore(const RemovalSnapshot& snapshot);

    /// Sets a property; a null value removes it (the default applies again).
    EditResult setProperty(const ComponentId& id, const std::string& name, Json value);
    EditResult canSetProperty(const ComponentId& id, const std::string& name,
                              const Json& value) const;
    /// Replaces all props at once (used by undo).
    EditResult setProps(const ComponentId& id, Json props);
    EditResult canSetProps(const ComponentId& id, const Json& props) const;
    EditResult setName(const ComponentId& id, std::optional<std::string> name);
    EditResult canSetName(const ComponentId& id) const;
    EditResult setGeometry(const ComponentId& id, std::optional<Geometry> geometry);
    /// Moves a component into another container (empty id: the top level).
    EditResult reparent(const ComponentId& id, const ComponentId& newParent,
                        std::optional<Geometry> geometry);
    EditResult canReparent(const ComponentId& id, const ComponentId& newParent) const;

    /// Adds a connection; an empty id gets the next free one. Refused for missing ends,
    /// a connection to itself, a taken id, or when `from` already has an arrow to `to`
    /// (a file that holds such a pair still opens: the rule is about edits).
    EditResult addConnection(Connection connection, int index = -1);
    EditResult canAddConnection(const Connection& connection) const;
    EditResult setConnectionLabel(const ConnectionId& id, std::optional<std::string> label);
    EditResult setConnectionMode(const ConnectionId& id, std::optional<std::string> mode);
    /// Replaces a connection's props. Refused for a missing connection, props that are not
    /// an object, or traffic (`gbPerMonth`, `gbPerMonthReturn`) that is not a number of GB,
    /// 0 or more.
    EditResult setConnectionProps(const ConnectionId& id, Json props);
    EditResult canSetConnectionProps(const ConnectionId& id, const Json& props) const;

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
    EditResult checkZones(const Json& props) const;
    EditResult noComponent(const ComponentId& id) const;
    template <typename F> void notify(F&& f);

    const KindCatalog& m_catalog;
    ContainmentPolicy m_policy;
    Design m_design;
    std::vector<DocumentObserver*> m_observers;
    bool m_checkInvariants;
};

} // namespace azimuth::model
