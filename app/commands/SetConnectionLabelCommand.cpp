#include "SetConnectionLabelCommand.h"

namespace azimuth::app {

SetConnectionLabelCommand::SetConnectionLabelCommand(model::DocumentController& controller,
                                                     model::ConnectionId id,
                                                     std::optional<std::string> label,
                                                     QUndoCommand* parent)
    : QUndoCommand(parent), m_controller(controller), m_id(std::move(id)), m_after(std::move(label))
{
    if (const model::Connection* c = controller.design().connection(m_id)) m_before = c->label;
    setText(QObject::tr("Label Connection"));
}

void SetConnectionLabelCommand::redo()
{
    m_controller.setConnectionLabel(m_id, m_after);
}

void SetConnectionLabelCommand::undo()
{
    m_controller.setConnectionLabel(m_id, m_before);
}

} // namespace azimuth::app
