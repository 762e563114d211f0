#include "DocumentController.h"

#include <algorithm>
#include <stdexcept>
#include <unordered_set>

namespace azimuth::model {

DocumentController::DocumentController(const KindCatalog& catalog)
    : m_catalog(catalog), m_policy(catalog),
#ifdef NDEBUG
      m_checkInvariants(false)
#else
      m_checkInvariants(true)
#endif
{
}

void DocumentController::addObserver(DocumentObserver* observer)
{
    m_observers.push_back(observer);
}

void DocumentController::removeObserver(DocumentObserver* observer)
{
    m_observers.erase(std::remove(m_observers.begin(), m_observers.end(), observer),
                      m_observers.end());
}

template <typename F> void DocumentController::notify(F&& f)
{
    afterChange();
    // Copy: an observer may unregister itself while being told.
    auto observers = m_observers;
    for (DocumentObserver* o : observers)
        f(*o);
}

void DocumentController::afterChange()
{
    if (!m_checkInvariants) return;
    auto problems = invariantViolations();
    if (!problems.empty()) throw std::logic_error("document invariant broken: " + problems.front());
}

void DocumentController::reset(Design design)
{
    m_design = std::move(design);
    notify([](DocumentObserver& o) { o.designReset(); });
}

Refusal DocumentController::checkZones(const Json& props) const
{
    const Json* zones = props.find("zones");
    if (!zones || !zones->isArray()) return std::nullopt;
    for (const auto& z : zones->asArray())
        if (z.isString() && !m_design.component(ComponentId(z.asString())))
            return "There is no zone \"" + z.asString() + "\".";
    return std::nullopt;
}

Refusal DocumentController::addComponent(Component component, int index)
{
    if (!isValidId(component.id.value))
        return "\"" + component.id.value +
               "\" is not a valid id (1 to 64 letters, digits, '-', '_' or '.').";
    if (m_design.component(component.id))
        return "The id \"" + component.id.value + "\" is already used.";
    if (auto why = m_policy.refusal(m_design, component.kind, component.parent)) return why;
    if (!component.props.isObject()) component.props = Json::object();
    if (auto why = checkZones(component.props)) return why;
    ComponentId id = component.id;
    m_design.insertComponent(std::move(component), index);
    notify([&](DocumentObserver& o) { o.componentAdded(id); });
    return std::nullopt;
}

RemovalSnapshot DocumentController::removeComponents(const std::vector<ComponentId>& ids)
{
    RemovalSnapshot snap;
    // Gather the components and everything nested in them.
    std::unordered_set<ComponentId> doomed;
    for (const auto& id : ids)
        if (m_design.component(id)) doomed.insert(id);
    if (doomed.empty()) return snap;
    for (bool grew = true; grew;) {
        grew = false;
        for (const auto& c : m_design.components())
            if (!c.parent.empty() && doomed.count(c.parent) && doomed.insert(c.id).second)
                grew = true;
    }
    const auto& comps = m_design.components();
    for (size_t i = 0; i < comps.size(); ++i)
        if (doomed.count(comps[i].id)) snap.components.emplace_back(static_cast<int>(i), comps[i]);
    const auto& conns = m_design.connections();
    for (size_t i = 0; i < conns.size(); ++i)
        if (doomed.count(conns[i].from) || doomed.count(conns[i].to))
            snap.connections.emplace_back(static_cast<int>(i), conns[i]);
    // Other components' zones that name a doomed zone lose that entry.
    for (const auto& c : comps) {
        if (doomed.count(c.id)) continue;
        const Json* zones = c.props.find("zones");
        if (!zones || !zones->isArray()) continue;
        bool hits =
            std::any_of(zones->asArray().begin(), zones->asArray().end(), [&](const Json& z) {
                return z.isString() && doomed.count(ComponentId(z.asString()));
            });
        if (hits) snap.propsBefore.emplace_back(c.id, c.props);
    }

    for (auto it = snap.connections.rbegin(); it != snap.connections.rend(); ++it)
        m_design.removeConnectionAt(it->first);
    for (auto& [id, props] : snap.propsBefore) {
        Json* zones = m_design.mutableComponent(id)->props.find("zones");
        auto& arr = zones->asArray();
        arr.erase(std::remove_if(arr.begin(), arr.end(),
                                 [&](const Json& z) {
                                     return z.isString() && doomed.count(ComponentId(z.asString()));
                                 }),
                  arr.end());
    }
    for (auto it = snap.components.rbegin(); it != snap.components.rend(); ++it)
        m_design.removeComponentAt(it->first);

    notify([&](DocumentObserver& o) {
        for (const auto& [i, conn] : snap.connections)
            o.connectionRemoved(conn.id);
        for (const auto& [id, props] : snap.propsBefore)
            o.componentChanged(id);
        // Children first, so observers never see an orphan.
        for (auto it = snap.components.rbegin(); it != snap.components.rend(); ++it)
            o.componentRemoved(it->second.id);
    });
    return snap;
}

RemovalSnapshot DocumentController::removeConnections(const std::vector<ConnectionId>& ids)
{
    RemovalSnapshot snap;
    std::unordered_set<ConnectionId> doomed(ids.begin(), ids.end());
    const auto& conns = m_design.connections();
    for (size_t i = 0; i < conns.size(); ++i)
        if (doomed.count(conns[i].id)) snap.connections.emplace_back(static_cast<int>(i), conns[i]);
    if (snap.connections.empty()) return snap;
    for (auto it = snap.connections.rbegin(); it != snap.connections.rend(); ++it)
        m_design.removeConnectionAt(it->first);
    notify([&](DocumentObserver& o) {
        for (const auto& [i, conn] : snap.connections)
            o.connectionRemoved(conn.id);
    });
    return snap;
}

void DocumentController::restore(const RemovalSnapshot& snap)
{
    for (const auto& [i, c] : snap.components)
        m_design.insertComponent(c, i);
    for (const auto& [id, props] : snap.propsBefore)
        m_design.mutableComponent(id)->props = props;
    for (const auto& [i, c] : snap.connections)
        m_design.insertConnection(c, i);
    notify([&](DocumentObserver& o) {
        for (const auto& [i, c] : snap.components)
            o.componentAdded(c.id);
        for (const auto& [id, props] : snap.propsBefore)
            o.componentChanged(id);
        for (const auto& [i, c] : snap.connections)
            o.connectionAdded(c.id);
    });
}

Refusal DocumentController::setProperty(const ComponentId& id, const std::string& name, Json value)
{
    Component* c = m_design.mutableComponent(id);
    if (!c) return "There is no component \"" + id.value + "\".";
    Json props = c->props;
    if (value.isNull())
        props.erase(name);
    else
        props.set(name, std::move(value));
    return setProps(id, std::move(props));
}

Refusal DocumentController::setProps(const ComponentId& id, Json props)
{
    Component* c = m_design.mutableComponent(id);
    if (!c) return "There is no component \"" + id.value + "\".";
    if (!props.isObject()) return "Properties must be an object.";
    if (auto why = checkZones(props)) return why;
    if (c->props == props) return std::nullopt;
    c->props = std::move(props);
    notify([&](DocumentObserver& o) { o.componentChanged(id); });
    return std::nullopt;
}

Refusal DocumentController::setName(const ComponentId& id, std::optional<std::string> name)
{
    Component* c = m_design.mutableComponent(id);
    if (!c) return "There is no component \"" + id.value + "\".";
    if (c->name == name) return std::nullopt;
    c->name = std::move(name);
    notify([&](DocumentObserver& o) { o.componentChanged(id); });
    return std::nullopt;
}

Refusal DocumentController::setGeometry(const ComponentId& id, std::optional<Geometry> geometry)
{
    Component* c = m_design.mutableComponent(id);
    if (!c) return "There is no component \"" + id.value + "\".";
    if (c->geometry == geometry) return std::nullopt;
    c->geometry = geometry;
    notify([&](DocumentObserver& o) { o.componentChanged(id); });
    return std::nullopt;
}

Refusal DocumentController::reparent(const ComponentId& id, const ComponentId& newParent,
                                     std::optional<Geometry> geometry)
{
    const Component* c = m_design.component(id);
    if (!c) return "There is no component \"" + id.value + "\".";
    if (auto why = m_policy.refusal(m_design, c->kind, newParent, id)) return why;
    ComponentId oldParent = c->parent;
    Component* mc = m_design.mutableComponent(id);
    mc->parent = newParent;
    mc->geometry = geometry;
    notify([&](DocumentObserver& o) {
        if (oldParent != newParent) o.componentReparented(id, oldParent);
        o.componentChanged(id);
    });
    return std::nullopt;
}

Refusal DocumentController::addConnection(Connection connection, int index)
{
    if (connection.id.empty()) connection.id = m_design.nextConnectionId();
    if (!isValidId(connection.id.value))
        return "\"" + connection.id.value + "\" is not a valid connection id.";
    if (m_design.connection(connection.id))
        return "The connection id \"" + connection.id.value + "\" is already used.";
    if (!m_design.component(connection.from) || !m_design.component(connection.to))
        return "A connection needs a component at both ends.";
    if (connection.from == connection.to) return "A component cannot connect to itself.";
    ConnectionId id = connection.id;
    m_design.insertConnection(std::move(connection), index);
    notify([&](DocumentObserver& o) { o.connectionAdded(id); });
    return std::nullopt;
}

Refusal DocumentController::setConnectionLabel(const ConnectionId& id,
                                               std::optional<std::string> label)
{
    Connection* c = m_design.mutableConnection(id);
    if (!c) return "There is no connection \"" + id.value + "\".";
    if (c->label == label) return std::nullopt;
    c->label = std::move(label);
    notify([&](DocumentObserver& o) { o.connectionChanged(id); });
    return std::nullopt;
}

Refusal DocumentController::setConnectionMode(const ConnectionId& id,
                                              std::optional<std::string> mode)
{
    Connection* c = m_design.mutableConnection(id);
    if (!c) return "There is no connection \"" + id.value + "\".";
    if (mode && *mode != "sync" && *mode != "async")
        return "A connection's mode is \"sync\" or \"async\".";
    if (c->mode == mode) return std::nullopt;
    c->mode = std::move(mode);
    notify([&](DocumentObserver& o) { o.connectionChanged(id); });
    return std::nullopt;
}

void DocumentController::setTitle(std::optional<std::string> title)
{
    if (m_design.title == title) return;
    m_design.title = std::move(title);
    notify([](DocumentObserver& o) { o.designChanged(); });
}

void DocumentController::setSettings(Settings settings)
{
    if (m_design.settings == settings) return;
    m_design.settings = std::move(settings);
    notify([](DocumentObserver& o) { o.designChanged(); });
}

std::vector<std::string> DocumentController::invariantViolations() const
{
    std::vector<std::string> out;
    const auto& comps = m_design.components();
    std::unordered_set<ComponentId> seen;
    for (size_t i = 0; i < comps.size(); ++i) {
        const auto& c = comps[i];
        if (!seen.insert(c.id).second) out.push_back("duplicate component id " + c.id.value);
        if (m_design.indexOf(c.id) != static_cast<int>(i))
            out.push_back("component index out of date for " + c.id.value);
        if (!c.parent.empty() && !m_design.component(c.parent))
            out.push_back("component " + c.id.value + " has a missing parent " + c.parent.value);
        if (const Json* zones = c.props.find("zones"); zones && zones->isArray())
            for (const auto& z : zones->asArray())
                if (z.isString() && !m_design.component(ComponentId(z.asString())))
                    out.push_back("component " + c.id.value + " names a missing zone " +
                                  z.asString());
    }
    // Parent cycles: walk up from each component at most N steps.
    for (const auto& c : comps) {
        const Component* p = &c;
        size_t steps = 0;
        while (p && !p->parent.empty() && steps <= comps.size()) {
            p = m_design.component(p->parent);
            ++steps;
        }
        if (steps > comps.size()) {
            out.push_back("parent cycle through " + c.id.value);
            break;
        }
    }
    const auto& conns = m_design.connections();
    std::unordered_set<ConnectionId> seenConn;
    for (size_t i = 0; i < conns.size(); ++i) {
        const auto& c = conns[i];
        if (!seenConn.insert(c.id).second) out.push_back("duplicate connection id " + c.id.value);
        if (m_design.indexOf(c.id) != static_cast<int>(i))
            out.push_back("connection index out of date for " + c.id.value);
        if (!m_design.component(c.from) || !m_design.component(c.to))
            out.push_back("connection " + c.id.value + " has a missing end");
    }
    return out;
}

} // namespace azimuth::model
