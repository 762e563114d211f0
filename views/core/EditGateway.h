#pragma once
// What the canvas, palette and inspector ask for when the user edits. The app answers
// with undoable commands; views never touch the undo stack or change the model directly.

#include "model/controller/DocumentController.h"
#include "model/core/Geometry.h"
#include "model/core/Ids.h"
#include "model/core/Json.h"

#include <optional>
#include <string>
#include <vector>

namespace azimuth::views {

/// One component put somewhere else: a new parent (maybe the same) and a new box
/// relative to it; for a spanning group, the zones it now lies across.
struct MoveRequest
{
    model::ComponentId id;
    model::ComponentId parent;
    model::Geometry geometry;
    std::optional<std::vector<std::string>> zones;
};

class EditGateway
{
  public:
    virtual ~EditGateway() = default;
    /// Adds a new component of `kind`. Every request answers with the controller's own
    /// result: `if (!result)`, `result.reason()` is the sentence to show the user.
    virtual model::EditResult addComponent(const std::string& kind,
                                           const model::ComponentId& parent,
                                           const model::Geometry& geometry,
                                           std::optional<std::vector<std::string>> zones) = 0;
    /// Moves, reparents or resizes components, as one edit.
    virtual model::EditResult moveComponents(const std::vector<MoveRequest>& moves) = 0;
    virtual model::EditResult addConnection(const model::ComponentId& from,
                                            const model::ComponentId& to) = 0;
    virtual model::EditResult setProperty(const model::ComponentId& id, const std::string& name,
                                          model::Json value) = 0;
    /// Replaces a connection's props (its traffic, networking.md).
    virtual model::EditResult setConnectionProps(const model::ConnectionId& id,
                                                 model::Json props) = 0;
    /// Labels a connection ("HTTPS"); no label takes it away.
    virtual model::EditResult setConnectionLabel(const model::ConnectionId& id,
                                                 std::optional<std::string> label) = 0;
    /// Sets a connection's mode ("sync" or "async"); none gives it the default of its ends.
    virtual model::EditResult setConnectionMode(const model::ConnectionId& id,
                                                std::optional<std::string> mode) = 0;
    virtual model::EditResult rename(const model::ComponentId& id, const std::string& name) = 0;
    /// Removes components (with what they hold and their connections) and connections.
    virtual void remove(const std::vector<model::ComponentId>& components,
                        const std::vector<model::ConnectionId>& connections) = 0;
};

} // namespace azimuth::views
