#include "TidyCommand.h"

#include "model/layout/AutoLayout.h"

#include <unordered_set>

namespace azimuth::app {

TidyCommand::TidyCommand(model::DocumentController& controller,
                         const std::vector<model::ComponentId>& scope,
                         const model::LabelMetrics& labels, QUndoCommand* parent)
    : QUndoCommand(parent), m_controller(controller)
{
    const model::Design& design = controller.design();
    // What moves: the scope and everything inside it (or all of the design).
    std::unordered_set<model::ComponentId> loose(scope.begin(), scope.end());
    for (bool grew = true; grew && !scope.empty();) {
        grew = false;
        for (const auto& c : design.components())
            if (!loose.count(c.id) && loose.count(c.parent)) grew = loose.insert(c.id).second;
    }
    model::Design unplaced = design;
    for (const auto& c : design.components())
        if (scope.empty() || loose.count(c.id)) unplaced.mutableComponent(c.id)->geometry.reset();
    const model::Layout layout = model::computeLayout(unplaced, controller.catalog(), &labels);
    for (const auto& c : design.components()) {
        const model::Geometry* box = layout.box(c.id);
        if (!box) continue;
        model::Geometry rel = *box;
        if (const model::Geometry* p = c.parent.empty() ? nullptr : layout.box(c.parent)) {
            rel.x -= p->x;
            rel.y -= p->y;
        }
        if (c.geometry != rel) m_changes.push_back({c.id, c.geometry, rel});
    }
    setText(scope.empty() ? QObject::tr("Tidy design") : QObject::tr("Tidy selection"));
}

void TidyCommand::redo()
{
    for (const auto& change : m_changes)
        m_controller.setGeometry(change.id, change.after);
}

void TidyCommand::undo()
{
    for (auto it = m_changes.rbegin(); it != m_changes.rend(); ++it)
        m_controller.setGeometry(it->id, it->before);
}

} // namespace azimuth::app
