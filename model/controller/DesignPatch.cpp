#include "DesignPatch.h"

namespace azimuth::model {

void DesignPatch::applyTo(Design& copy)
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
    for (const ComponentId& id : removedComponents)
        if (int i = copy.indexOf(id); i >= 0) copy.removeComponentAt(i);
    for (const ConnectionId& id : removedConnections)
        if (int i = copy.indexOf(id); i >= 0) copy.removeConnectionAt(i);
    // What was there is overwritten in place; what is new goes in ascending order of its
    // live index, so everything before it is already in place when it is inserted.
    for (auto& [index, component] : components) {
        if (Component* c = copy.mutableComponent(component.id))
            *c = std::move(component);
        else
            copy.insertComponent(std::move(component), index);
    }
    for (auto& [index, connection] : connections) {
        if (Connection* c = copy.mutableConnection(connection.id))
            *c = std::move(connection);
        else
            copy.insertConnection(std::move(connection), index);
    }
}

} // namespace azimuth::model
