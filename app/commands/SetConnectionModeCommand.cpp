#include "SetConnectionModeCommand.h"

namespace azimuth::app {

SetConnectionModeCommand::SetConnectionModeCommand(model::DocumentController& controller,
                                                   model::ConnectionId id,
                                                   std::optional<std::string> mode,
                                                   QUndoCommand* parent)
    : QUndoCommand(parent), m_controller(controller), m_id(std::move(id)), m_after(std::move(mode))
{
    if (const model::Connection* c = controller.design().connection(m_id)) m_before = c->mode;
    setText(QObject::tr("Set Connection Mode"));
}

void SetConnectionModeCommand::redo()
{
    m_controller.setConnectionMode(m_id, m_after);
}

void SetConnectionModeCommand::undo()
{
    m_controller.setConnectionMode(m_id, m_before);
}

} // namespace azimuth::app
