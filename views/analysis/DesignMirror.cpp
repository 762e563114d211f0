#include "DesignMirror.h"

#include <algorithm>

namespace azimuth::views {

namespace {

/// The touched items that still exist, with their index in `live`, ascending.
template <typename Id, typename Item, typename Lookup, typename IndexOf>
std::vector<std::pair<int, Item>> current(const std::unordered_set<Id>& touched, Lookup lookup,
                                          IndexOf indexOf)
{
    std::vector<std::pair<int, Item>> out;
    out.reserve(touched.size());
    for (const Id& id : touched)
        if (const Item* item = lookup(id)) out.emplace_back(indexOf(id), *item);
    std::sort(out.begin(), out.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    return out;
}

} // namespace

void DesignPatch::applyTo(model::Design& copy)
{
    if (whole) {
        copy = std::move(*whole);
        whole.reset();
        return;
    }
    if (header) {
        copy.title = std::move(header->title);
        copy.settings = std::move(header->settings);
        copy.extra = std::move(header->extra);
        copy.version = header->version;
    }
    for (const model::ComponentId& id : removedComponents)
        if (int i = copy.indexOf(id); i >= 0) copy.removeComponentAt(i);
    for (const model::ConnectionId& id : removedConnections)
        if (int i = copy.indexOf(id); i >= 0) copy.removeConnectionAt(i);
    // What was there is overwritten in place; what is new goes in ascending order of its
    // live index, so everything before it is already in place when it is inserted.
    for (auto& [index, component] : components) {
        if (model::Component* c = copy.mutableComponent(component.id))
            *c = std::move(component);
        else
            copy.insertComponent(std::move(component), index);
    }
    for (auto& [index, connection] : connections) {
        if (model::Connection* c = copy.mutableConnection(connection.id))
            *c = std::move(connection);
        else
            copy.insertConnection(std::move(connection), index);
    }
}

DesignPatch DesignChanges::take(const model::Design& live)
{
    DesignPatch patch;
    const size_t touched = m_touchedComponents.size() + m_removedComponents.size() +
                           m_touchedConnections.size() + m_removedConnections.size();
    // Past a quarter of the design, one copy is cheaper than many lookups and inserts.
    const size_t size = live.components().size() + live.connections().size();
    if (m_whole || touched > size / 4) {
        patch.whole = live;
        patch.recheckAll = true;
    } else {
        if (m_header)
            patch.header = DesignPatch::Header{live.title, live.settings, live.extra, live.version};
        patch.removedComponents.assign(m_removedComponents.begin(), m_removedComponents.end());
        patch.removedConnections.assign(m_removedConnections.begin(), m_removedConnections.end());
        patch.components = current<model::ComponentId, model::Component>(
            m_touchedComponents, [&](const auto& id) { return live.component(id); },
            [&](const auto& id) { return live.indexOf(id); });
        patch.connections = current<model::ConnectionId, model::Connection>(
            m_touchedConnections, [&](const auto& id) { return live.connection(id); },
            [&](const auto& id) { return live.indexOf(id); });
        patch.recheckAll = m_structural || m_header;
        // Without structural changes, everything touched was a property edit.
        if (!patch.recheckAll) {
            for (const auto& [index, component] : patch.components)
                patch.changedComponents.push_back(component.id);
            for (const auto& [index, connection] : patch.connections)
                patch.changedConnections.push_back(connection.id);
        }
    }
    m_whole = m_header = m_structural = false;
    m_removedComponents.clear();
    m_touchedComponents.clear();
    m_removedConnections.clear();
    m_touchedConnections.clear();
    return patch;
}

void DesignChanges::componentAdded(const model::ComponentId& id)
{
    m_touchedComponents.insert(id);
    m_structural = true;
}

void DesignChanges::componentRemoved(const model::ComponentId& id)
{
    m_removedComponents.insert(id);
    m_structural = true;
}

void DesignChanges::componentChanged(const model::ComponentId& id)
{
    m_touchedComponents.insert(id);
}

void DesignChanges::componentReparented(const model::ComponentId& id, const model::ComponentId&)
{
    m_touchedComponents.insert(id);
    m_structural = true;
}

void DesignChanges::connectionAdded(const model::ConnectionId& id)
{
    m_touchedConnections.insert(id);
    m_structural = true;
}

void DesignChanges::connectionRemoved(const model::ConnectionId& id)
{
    m_removedConnections.insert(id);
    m_structural = true;
}

void DesignChanges::connectionChanged(const model::ConnectionId& id)
{
    m_touchedConnections.insert(id);
}

void DesignChanges::designChanged()
{
    m_header = true;
}

} // namespace azimuth::views
