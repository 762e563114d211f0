#pragma once
// Listens to a live design's controller and turns what it heard into a DesignPatch.

#include "model/controller/DesignPatch.h"
#include "model/controller/DocumentObserver.h"

#include <unordered_set>

namespace azimuth::model {

/// Listens to a live design's controller and records what changed since the last patch.
class DesignChanges : public DocumentObserver
{
  public:
    /// The next patch needs the whole design (a new worker copy, a replaced design).
    void requireWhole() { m_whole = true; }
    /// What changed since the last call, with values read from `live`; then starts over.
    DesignPatch take(const Design& live);

    void componentAdded(const ComponentId& id) override;
    void componentRemoved(const ComponentId& id) override;
    void componentChanged(const ComponentId& id) override;
    void componentReparented(const ComponentId& id, const ComponentId&) override;
    void connectionAdded(const ConnectionId& id) override;
    void connectionRemoved(const ConnectionId& id) override;
    void connectionChanged(const ConnectionId& id) override;
    void designChanged() override;
    void designReset() override { m_whole = true; }

  private:
    bool m_whole = true;
    bool m_header = false;
    bool m_structural = false; ///< anything but property edits: the checker starts over
    std::unordered_set<ComponentId> m_removedComponents, m_touchedComponents;
    std::unordered_set<ConnectionId> m_removedConnections, m_touchedConnections;
};

} // namespace azimuth::model
