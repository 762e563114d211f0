#include "MoveCommand.h"

namespace azimuth::app {

MoveCommand::MoveCommand(model::DocumentController& controller, model::ComponentId id,
                         model::ComponentId newParent, std::optional<model::Geometry> newGeometry,
                         QUndoCommand* parent)
    : QUndoCommand(parent), m_controller(controller), m_id(std::move(id)),
      m_newParent(std::move(newParent)), m_newGeometry(newGeometry)
{
    if (const model::Component* c = controller.design().component(m_id)) {
        m_oldParent = c->parent;
        m_oldGeometry = c->geometry;
    }
    setText(m_oldParent == m_newParent ? QObject::tr("Move") : QObject::tr("Move into container"));
}

void MoveCommand::apply(const model::ComponentId& parent, const std::optional<model::Geometry>& g)
{
    const model::Component* c = m_controller.design().component(m_id);
    if (!c) return;
    if (c->parent != parent)
        m_controller.reparent(m_id, parent, g);
    else
        m_controller.setGeometry(m_id, g);
}

void MoveCommand::redo()
{
    apply(m_newParent, m_newGeometry);
}

void MoveCommand::undo()
{
    apply(m_oldParent, m_oldGeometry);
}

} // namespace azimuth::app
