#pragma once

#include "Component.h"
#include "Connection.h"
#include "Settings.h"

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace azimuth::model {

/// One architecture: components and connections in file order, with lookups by id.
/// A plain value; the DocumentController is the only thing that changes a live one.
class Design
{
  public:
    std::optional<std::string> title;
    Settings settings;
    Json extra = Json::object(); ///< top-level keys this version does not know
    int version = 1;

    const std::vector<Component>& components() const { return m_components; }
    const std::vector<Connection>& connections() const { return m_connections; }

    const Component* component(const ComponentId& id) const;
    const Connection* connection(const ConnectionId& id) const;
    /// Position of a component in file order, or -1.
    int indexOf(const ComponentId& id) const;
    int indexOf(const ConnectionId& id) const;

    /// Direct children, in file order.
    std::vector<const Component*> children(const ComponentId& parent) const;
    /// Connections that start (or end) at a component, in file order.
    std::vector<const Connection*> outgoing(const ComponentId& id) const;
    std::vector<const Connection*> incoming(const ComponentId& id) const;

    /// Low-level edits, for readers and the controller; they keep the indexes true.
    Component& insertComponent(Component c, int index = -1);
    Component* mutableComponent(const ComponentId& id);
    void removeComponentAt(int index);
    Connection& insertConnection(Connection c, int index = -1);
    Connection* mutableConnection(const ConnectionId& id);
    void removeConnectionAt(int index);
    void reserve(size_t components, size_t connections);

    /// A connection id not yet used: c1, c2, ...
    ConnectionId nextConnectionId() const;
    /// A component id not yet used, from a kind-based stem: "ec2-fleet-3".
    ComponentId nextComponentId(std::string_view stem) const;

    friend bool operator==(const Design& a, const Design& b)
    {
        return a.title == b.title && a.settings == b.settings && a.extra == b.extra &&
               a.m_components == b.m_components && a.m_connections == b.m_connections;
    }

  private:
    void reindexComponents(size_t from);
    void reindexConnections(size_t from);

    std::vector<Component> m_components;
    std::vector<Connection> m_connections;
    std::unordered_map<ComponentId, size_t> m_componentIndex;
    std::unordered_map<ConnectionId, size_t> m_connectionIndex;
};

} // namespace azimuth::model
