#pragma once
// A copy of the live design that a worker thread owns, kept equal to the live one by
// patches instead of whole copies. Copying a 10,000-component design takes tens of
// milliseconds, too long for the UI thread after every keystroke or drag step; a patch
// holds only what changed since the last one (usually one component), so taking it is
// cheap, and the worker applies it to its copy.
//
// DesignChanges observes the live design (on the UI thread) and turns what it heard into
// a DesignPatch; DesignPatch::applyTo brings the worker's copy up to date.

#include "model/controller/DocumentObserver.h"
#include "model/core/Design.h"

#include <optional>
#include <unordered_set>
#include <utility>
#include <vector>

namespace azimuth::views {

/// What changed between two states of a design, with the new values.
struct DesignPatch
{
    /// The whole design, when patching would not be cheaper (first use, a file opened).
    std::optional<model::Design> whole;

    /// Title, settings and unknown top-level keys, when they changed.
    struct Header
    {
        std::optional<std::string> title;
        model::Settings settings;
        model::Json extra;
        int version = 1;
    };
    std::optional<Header> header;

    std::vector<model::ComponentId> removedComponents;
    std::vector<model::ConnectionId> removedConnections;
    /// Added or changed components and connections with their index in the new design,
    /// ascending: inserted in that order they land where they are in the live design.
    std::vector<std::pair<int, model::Component>> components;
    std::vector<std::pair<int, model::Connection>> connections;

    /// What an IncrementalChecker must be told: everything, or only these property edits.
    bool recheckAll = false;
    std::vector<model::ComponentId> changedComponents;
    std::vector<model::ConnectionId> changedConnections;

    /// Brings `copy` (equal to the design this patch was taken after) up to date.
    void applyTo(model::Design& copy);
};

/// Listens to a live design's controller and records what changed since the last patch.
class DesignChanges : public model::DocumentObserver
{
  public:
    /// The next patch needs the whole design (a new worker copy, a replaced design).
    void requireWhole() { m_whole = true; }
    /// What changed since the last call, with values read from `live`; then starts over.
    DesignPatch take(const model::Design& live);

    void componentAdded(const model::ComponentId& id) override;
    void componentRemoved(const model::ComponentId& id) override;
    void componentChanged(const model::ComponentId& id) override;
    void componentReparented(const model::ComponentId& id, const model::ComponentId&) override;
    void connectionAdded(const model::ConnectionId& id) override;
    void connectionRemoved(const model::ConnectionId& id) override;
    void connectionChanged(const model::ConnectionId& id) override;
    void designChanged() override;
    void designReset() override { m_whole = true; }

  private:
    bool m_whole = true;
    bool m_header = false;
    bool m_structural = false; ///< anything but property edits: the checker starts over
    std::unordered_set<model::ComponentId> m_removedComponents, m_touchedComponents;
    std::unordered_set<model::ConnectionId> m_removedConnections, m_touchedConnections;
};

} // namespace azimuth::views
