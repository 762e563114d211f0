#include "FreezeLayoutCommand.h"

#include "views/canvas/CanvasLabelMetrics.h"

namespace azimuth::app {

FreezeLayoutCommand::FreezeLayoutCommand(model::DocumentController& controller,
                                         QUndoCommand* parent)
    : QUndoCommand(parent), m_controller(controller)
{
    const auto& design = controller.design();
    // Measured with the canvas's fonts, so the frozen boxes are the ones on screen.
    const views::CanvasLabelMetrics labels(controller.catalog());
    const model::Layout layout = model::computeLayout(design, controller.catalog(), &labels);
    for (const auto& c : design.components()) {
        if (c.geometry) continue;
        const model::Geometry* box = layout.box(c.id);
        if (!box) continue;
        model::Geometry rel = *box;
        if (const model::Geometry* p = c.parent.empty() ? nullptr : layout.box(c.parent)) {
            rel.x -= p->x;
            rel.y -= p->y;
        }
        m_frozen.emplace_back(c.id, rel);
    }
    setText(QObject::tr("Fix layout"));
}

bool FreezeLayoutCommand::needed(const model::Design& design)
{
    for (const auto& c : design.components())
        if (!c.geometry) return true;
    return false;
}

void FreezeLayoutCommand::redo()
{
    for (const auto& [id, g] : m_frozen)
        m_controller.setGeometry(id, g);
}

void FreezeLayoutCommand::undo()
{
    for (auto it = m_frozen.rbegin(); it != m_frozen.rend(); ++it)
        m_controller.setGeometry(it->first, std::nullopt);
}

} // namespace azimuth::app
