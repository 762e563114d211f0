#include "Design.h"

#include <cctype>

namespace azimuth::model {

bool isValidId(std::string_view s)
{
    if (s.empty() || s.size() > 64) return false;
    for (char c : s) {
        auto u = static_cast<unsigned char>(c);
        if (!(std::isalnum(u) || c == '-' || c == '_' || c == '.')) return false;
    }
    return true;
}

const Component* Design::component(const ComponentId& id) const
{
    auto it = m_componentIndex.find(id);
    return it == m_componentIndex.end() ? nullptr : &m_components[it->second];
}

const Connection* Design::connection(const ConnectionId& id) const
{
    auto it = m_connectionIndex.find(id);
    return it == m_connectionIndex.end() ? nullptr : &m_connections[it->second];
}

int Design::indexOf(const ComponentId& id) const
{
    auto it = m_componentIndex.find(id);
    return it == m_componentIndex.end() ? -1 : static_cast<int>(it->second);
}

int Design::indexOf(const ConnectionId& id) const
{
    auto it = m_connectionIndex.find(id);
    return it == m_connectionIndex.end() ? -1 : static_cast<int>(it->second);
}

std::vector<const Component*> Design::children(const ComponentId& parent) const
{
    std::vector<const Component*> out;
    for (const auto& c : m_components)
        if (c.parent == parent) out.push_back(&c);
    return out;
}

std::vector<const Connection*> Design::outgoing(const ComponentId& id) const
{
    std::vector<const Connection*> out;
    for (const auto& c : m_connections)
        if (c.from == id) out.push_back(&c);
    return out;
}

std::vector<const Connection*> Design::incoming(const ComponentId& id) const
{
    std::vector<const Connection*> out;
    for (const auto& c : m_connections)
        if (c.to == id) out.push_back(&c);
    return out;
}

Component& Design::insertComponent(Component c, int index)
{
    size_t at = index < 0 || static_cast<size_t>(index) > m_components.size()
                    ? m_components.size()
                    : static_cast<size_t>(index);
    m_components.insert(m_components.begin() + static_cast<std::ptrdiff_t>(at), std::move(c));
    reindexComponents(at);
    return m_components[at];
}

Component* Design::mutableComponent(const ComponentId& id)
{
    auto it = m_componentIndex.find(id);
    return it == m_componentIndex.end() ? nullptr : &m_components[it->second];
}

void Design::removeComponentAt(int index)
{
    m_componentIndex.erase(m_components[static_cast<size_t>(index)].id);
    m_components.erase(m_components.begin() + index);
    reindexComponents(static_cast<size_t>(index));
}

Connection& Design::insertConnection(Connection c, int index)
{
    size_t at = index < 0 || static_cast<size_t>(index) > m_connections.size()
                    ? m_connections.size()
                    : static_cast<size_t>(index);
    m_connections.insert(m_connections.begin() + static_cast<std::ptrdiff_t>(at), std::move(c));
    reindexConnections(at);
    return m_connections[at];
}

Connection* Design::mutableConnection(const ConnectionId& id)
{
    auto it = m_connectionIndex.find(id);
    return it == m_connectionIndex.end() ? nullptr : &m_connections[it->second];
}

void Design::removeConnectionAt(int index)
{
    m_connectionIndex.erase(m_connections[static_cast<size_t>(index)].id);
    m_connections.erase(m_connections.begin() + index);
    reindexConnections(static_cast<size_t>(index));
}

void Design::reserve(size_t components, size_t connections)
{
    m_components.reserve(components);
    m_componentIndex.reserve(components);
    m_connections.reserve(connections);
    m_connectionIndex.reserve(connections);
}

void Design::reindexComponents(size_t from)
{
    for (size_t i = from; i < m_components.size(); ++i)
        m_componentIndex[m_components[i].id] = i;
}

void Design::reindexConnections(size_t from)
{
    for (size_t i = from; i < m_connections.size(); ++i)
        m_connectionIndex[m_connections[i].id] = i;
}

ConnectionId Design::nextConnectionId() const
{
    for (size_t n = m_connections.size() + 1;; ++n) {
        ConnectionId id("c" + std::to_string(n));
        if (!m_connectionIndex.count(id)) return id;
    }
}

ComponentId Design::nextComponentId(std::string_view stem) const
{
    std::string base(stem.substr(0, 50));
    for (size_t n = 1;; ++n) {
        ComponentId id(base + "-" + std::to_string(n));
        if (!m_componentIndex.count(id)) return id;
    }
}

} // namespace azimuth::model
