#include "DocumentController.h"

#include <algorithm>
#include <cmath>
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

EditResult DocumentController::noComponent(const ComponentId& id) const
{
    return EditResult::refused("There is no component \"" + id.value + "\".");
}

EditResult DocumentController::checkZones(const Json& props) const
{
    const Json* zones = props.find("zones");
    if (!zones || !zones->isArray()) return EditResult::applied();
    for (const auto& z : zones->asArray())
        if (z.isString() && !m_design.component(ComponentId(z.asString())))
            return EditResult::refused("There is no zone \"" + z.asString() + "\".");
    return EditResult::applied();
}

EditResult DocumentController::canAddComponent(const Component& component) const
{
    if (!isValidId(component.id.value))
        return EditResult::refused(
            "\"" + component.id.value +
            "\" is not a valid id (1 to 64 letters, digits, '-', '_' or '.').");
    if (m_design.component(component.id))
        return EditResult::refused("The id \"" + component.id.value + "\" is already used.");
    if (auto why = m_policy.refusal(m_design, component.kind, component.parent))
        return EditResult::refused(std::move(*why));
    if (component.props.isObject()) return checkZones(component.props);
    return EditResult::applied();
}

EditResult DocumentController::addComponent(Component component, int index)
{
    if (auto result = canAddComponent(component); !result) return result;
    if (!component.props.isObject()) component.props = Json::object();
    ComponentId id = component.id;
    m_design.insertComponent(std::move(component), index);
    notify([&](DocumentObserver& o) { o.componentAdded(id); });
    return EditResult::applied();
}

EditResult DocumentController::canAddAll(const std::vector<Component>& components,
                                         const std::vector<Connection>& connections) const
{
    // A component may sit in one added before it, so the check runs the edit itself on a
    // scratch copy that nobody observes.
    DocumentController scratch(m_catalog);
    scratch.setCheckInvariants(false);
    scratch.m_design = m_design;
    for (const auto& c : components)
        if (auto result = scratch.addComponent(c); !result) return result;
    for (const auto& c : connections)
        if (auto result = scratch.addConnection(c); !result) return result;
    return EditResult::applied();
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

namespace {
/// `props` with `name` set to `value`, or removed when `value` is null.
Json withProperty(Json props, const std::string& name, Json value)
{
    if (value.isNull())
        props.erase(name);
    else
        props.set(name, std::move(value));
    return props;
}
} // namespace

EditResult DocumentController::canSetProperty(const ComponentId& id, const std::string& name,
                                              const Json& value) const
{
    const Component* c = m_design.component(id);
    if (!c) return noComponent(id);
    return canSetProps(id, withProperty(c->props, name, value));
}

EditResult DocumentController::setProperty(const ComponentId& id, const std::string& name,
                                           Json value)
{
    const Component* c = m_design.component(id);
    if (!c) return noComponent(id);
    return setProps(id, withProperty(c->props, name, std::move(value)));
}

EditResult DocumentController::canSetProps(const ComponentId& id, const Json& props) const
{
    if (!m_design.component(id)) return noComponent(id);
    if (!props.isObject()) return EditResult::refused("Properties must be an object.");
    return checkZones(props);
}

EditResult DocumentController::setProps(const ComponentId& id, Json props)
{
    if (auto result = canSetProps(id, props); !result) return result;
    Component* c = m_design.mutableComponent(id);
    if (c->props == props) return EditResult::applied();
    c->props = std::move(props);
    notify([&](DocumentObserver& o) { o.componentChanged(id); });
    return EditResult::applied();
}

EditResult DocumentController::canSetName(const ComponentId& id) const
{
    return m_design.component(id) ? EditResult::applied() : noComponent(id);
}

EditResult DocumentController::setName(const ComponentId& id, std::optional<std::string> name)
{
    Component* c = m_design.mutableComponent(id);
    if (!c) return noComponent(id);
    if (c->name == name) return EditResult::applied();
    c->name = std::move(name);
    notify([&](DocumentObserver& o) { o.componentChanged(id); });
    return EditResult::applied();
}

EditResult DocumentController::setGeometry(const ComponentId& id, std::optional<Geometry> geometry)
{
    Component* c = m_design.mutableComponent(id);
    if (!c) return noComponent(id);
    if (c->geometry == geometry) return EditResult::applied();
    c->geometry = geometry;
    notify([&](DocumentObserver& o) { o.componentChanged(id); });
    return EditResult::applied();
}

EditResult DocumentController::canReparent(const ComponentId& id,
                                           const ComponentId& newParent) const
{
    const Component* c = m_design.component(id);
    if (!c) return noComponent(id);
    if (auto why = m_policy.refusal(m_design, c->kind, newParent, id))
        return EditResult::refused(std::move(*why));
    return EditResult::applied();
}

EditResult DocumentController::reparent(const ComponentId& id, const ComponentId& newParent,
                                        std::optional<Geometry> geometry)
{
    if (auto result = canReparent(id, newParent); !result) return result;
    Component* mc = m_design.mutableComponent(id);
    ComponentId oldParent = mc->parent;
    mc->parent = newParent;
    mc->geometry = geometry;
    notify([&](DocumentObserver& o) {
        if (oldParent != newParent) o.componentReparented(id, oldParent);
        o.componentChanged(id);
    });
    return EditResult::applied();
}

EditResult DocumentController::canAddConnection(const Connection& connection) const
{
    if (!connection.id.empty()) {
        if (!isValidId(connection.id.value))
            return EditResult::refused("\"" + connection.id.value +
                                       "\" is not a valid connection id.");
        if (m_design.connection(connection.id))
            return EditResult::refused("The connection id \"" + connection.id.value +
                                       "\" is already used.");
    }
    const Component* from = m_design.component(connection.from);
    const Component* to = m_design.component(connection.to);
    if (!from || !to) return EditResult::refused("A connection needs a component at both ends.");
    if (connection.from == connection.to)
        return EditResult::refused("A component cannot connect to itself.");
    for (const Connection* c : m_design.outgoing(connection.from))
        if (c->to == connection.to)
            return EditResult::refused("\"" + from->displayName() +
                                       "\" is already connected to \"" + to->displayName() + "\".");
    return EditResult::applied();
}

EditResult DocumentController::addConnection(Connection connection, int index)
{
    if (connection.id.empty()) connection.id = m_design.nextConnectionId();
    if (auto result = canAddConnection(connection); !result) return result;
    ConnectionId id = connection.id;
    m_design.insertConnection(std::move(connection), index);
    notify([&](DocumentObserver& o) { o.connectionAdded(id); });
    return EditResult::applied();
}

EditResult DocumentController::setConnectionLabel(const ConnectionId& id,
                                                  std::optional<std::string> label)
{
    Connection* c = m_design.mutableConnection(id);
    if (!c) return EditResult::refused("There is no connection \"" + id.value + "\".");
    if (c->label == label) return EditResult::applied();
    c->label = std::move(label);
    notify([&](DocumentObserver& o) { o.connectionChanged(id); });
    return EditResult::applied();
}

EditResult DocumentController::setConnectionMode(const ConnectionId& id,
                                                 std::optional<std::string> mode)
{
    Connection* c = m_design.mutableConnection(id);
    if (!c) return EditResult::refused("There is no connection \"" + id.value + "\".");
    if (mode && *mode != "sync" && *mode != "async")
        return EditResult::refused("A connection's mode is \"sync\" or \"async\".");
    if (c->mode == mode) return EditResult::applied();
    c->mode = std::move(mode);
    notify([&](DocumentObserver& o) { o.connectionChanged(id); });
    return EditResult::applied();
}

EditResult DocumentController::canSetConnectionProps(const ConnectionId& id,
                                                     const Json& props) const
{
    const Connection* c = m_design.connection(id);
    if (!c) return EditResult::refused("There is no connection \"" + id.value + "\".");
    if (!props.isObject()) return EditResult::refused("A connection's props must be an object.");
    const auto nameOf = [&](const ComponentId& end) {
        const Component* e = m_design.component(end);
        return "\"" + (e ? e->displayName() : end.value) + "\"";
    };
    for (const auto& m : props.asObject()) {
        const bool sent = m.key == "gbPerMonth";
        if (!sent && m.key != "gbPerMonthReturn") continue;
        if (m.value.isNumber() && std::isfinite(m.value.asNumber()) && m.value.asNumber() >= 0)
            continue;
        // Named by direction, as the inspector shows it: the user sees no JSON keys there.
        return EditResult::refused("GB a month from " + nameOf(sent ? c->from : c->to) + " to " +
                                   nameOf(sent ? c->to : c->from) +
                                   " must be a number, 0 or more; it is " +
                                   writeJsonCompact(m.value) + ".");
    }
    return EditResult::applied();
}

EditResult DocumentController::setConnectionProps(const ConnectionId& id, Json props)
{
    if (auto result = canSetConnectionProps(id, props); !result) return result;
    Connection* c = m_design.mutableConnection(id);
    if (c->props == props) return EditResult::applied();
    c->props = std::move(props);
    notify([&](DocumentObserver& o) { o.connectionChanged(id); });
    return EditResult::applied();
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
