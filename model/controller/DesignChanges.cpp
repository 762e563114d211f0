#include "DesignChanges.h"

#include <algorithm>

namespace azimuth::model {

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

DesignPatch DesignChanges::take(const Design& live)
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
        patch.components = current<ComponentId, Component>(
            m_touchedComponents, [&](const auto& id) { return live.component(id); },
            [&](const auto& id) { return live.indexOf(id); });
        patch.connections = current<ConnectionId, Connection>(
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

void DesignChanges::componentAdded(const ComponentId& id)
{
    m_touchedComponents.insert(id);
    m_structural = true;
}

void DesignChanges::componentRemoved(const ComponentId& id)
{
    m_removedComponents.insert(id);
    m_structural = true;
}

void DesignChanges::componentChanged(const ComponentId& id)
{
    m_touchedComponents.insert(id);
}

void DesignChanges::componentReparented(const ComponentId& id, const ComponentId&)
{
    m_touchedComponents.insert(id);
    m_structural = true;
}

void DesignChanges::connectionAdded(const ConnectionId& id)
{
    m_touchedConnections.insert(id);
    m_structural = true;
}

void DesignChanges::connectionRemoved(const ConnectionId& id)
{
    m_removedConnections.insert(id);
    m_structural = true;
}

void DesignChanges::connectionChanged(const ConnectionId& id)
{
    m_touchedConnections.insert(id);
}

void DesignChanges::designChanged()
{
    m_header = true;
}

} // namespace azimuth::model
