#include "DesignLinks.h"

namespace azimuth::model {

DesignLinks::DesignLinks(const Design& design)
    : m_design(design), m_outgoing(design.components().size()),
      m_children(design.components().size())
{
    const auto& connections = design.connections();
    for (size_t k = 0; k < connections.size(); ++k) {
        const int from = design.indexOf(connections[k].from);
        if (from >= 0) m_outgoing[static_cast<size_t>(from)].push_back(static_cast<int>(k));
    }
    const auto& components = design.components();
    for (size_t i = 0; i < components.size(); ++i) {
        if (components[i].parent.empty()) continue;
        const int parent = design.indexOf(components[i].parent);
        if (parent >= 0) m_children[static_cast<size_t>(parent)].push_back(static_cast<int>(i));
    }
}

} // namespace azimuth::model
