#pragma once
// What changed in a live design since the last look, with the new values: enough to
// bring a copy of the design (the analysis worker's) up to date without copying it
// whole. Copying a 10,000-component design takes tens of milliseconds, too long after
// every keystroke or drag step; a patch usually holds one component. DesignChanges
// takes patches; applyTo brings a copy up to date.

#include "model/core/Design.h"

#include <optional>
#include <utility>
#include <vector>

namespace azimuth::model {

/// What changed between two states of a design, with the new values.
struct DesignPatch
{
    /// The whole design, when patching would not be cheaper (first use, a file opened).
    std::optional<Design> whole;

    /// Title, settings and unknown top-level keys, when they changed.
    struct Header
    {
        std::optional<std::string> title;
        Settings settings;
        Json extra;
        int version = 1;
    };
    std::optional<Header> header;

    std::vector<ComponentId> removedComponents;
    std::vector<ConnectionId> removedConnections;
    /// Added or changed components and connections with their index in the new design,
    /// ascending: inserted in that order they land where they are in the live design.
    std::vector<std::pair<int, Component>> components;
    std::vector<std::pair<int, Connection>> connections;

    /// What an IncrementalChecker must be told: everything, or only these property edits.
    bool recheckAll = false;
    std::vector<ComponentId> changedComponents;
    std::vector<ConnectionId> changedConnections;

    /// Brings `copy` (equal to the design this patch was taken after) up to date.
    void applyTo(Design& copy);
};

} // namespace azimuth::model
