#include "RenameCommand.h"

namespace azimuth::app {

RenameCommand::RenameCommand(model::DocumentController& controller, model::ComponentId id,
                             std::string name, QUndoCommand* parent)
    : QUndoCommand(parent), m_controller(controller), m_id(std::move(id))
{
    if (const model::Component* c = controller.design().component(m_id)) m_before = c->name;
    if (!name.empty()) m_after = std::move(name);
    setText(QObject::tr("Rename"));
}

void RenameCommand::redo()
{
    m_controller.setName(m_id, m_after);
}

void RenameCommand::undo()
{
    m_controller.setName(m_id, m_before);
}

} // namespace azimuth::app
