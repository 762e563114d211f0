#pragma once

#include "model/controller/DocumentController.h"
#include "model/layout/LabelMetrics.h"

#include <QUndoCommand>
#include <optional>
#include <vector>

namespace azimuth::app {

/// Arrange > Tidy: lays out the given components (with everything they hold) afresh, as
/// auto layout would place them; every other component is pinned and keeps its place,
/// though a container grows to fit what now sits in it. An empty scope tidies the whole
/// design. One undoable step; undo puts every box back.
class TidyCommand : public QUndoCommand
{
  public:
    TidyCommand(model::DocumentController& controller, const std::vector<model::ComponentId>& scope,
                const model::LabelMetrics& labels, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
    /// Whether tidying would move or resize nothing.
    bool isEmpty() const { return m_changes.empty(); }

  private:
    struct Change
    {
        model::ComponentId id;
        std::optional<model::Geometry> before;
        model::Geometry after;
    };
    model::DocumentController& m_controller;
    std::vector<Change> m_changes;
};

} // namespace azimuth::app
