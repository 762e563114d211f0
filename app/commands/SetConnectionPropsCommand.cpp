#include "SetConnectionPropsCommand.h"

namespace azimuth::app {

SetConnectionPropsCommand::SetConnectionPropsCommand(model::DocumentController& controller,
                                                     model::ConnectionId id, model::Json props,
                                                     QUndoCommand* parent)
    : QUndoCommand(parent), m_controller(controller), m_id(std::move(id)), m_props(std::move(props))
{
    if (const model::Connection* c = controller.design().connection(m_id)) m_before = c->props;
    setText(QObject::tr("Set Traffic"));
}

void SetConnectionPropsCommand::redo()
{
    m_result = m_controller.setConnectionProps(m_id, m_props);
    if (!m_result) setObsolete(true); // the stack drops a refused edit
}

void SetConnectionPropsCommand::undo()
{
    if (m_result) m_controller.setConnectionProps(m_id, m_before);
}

} // namespace azimuth::app
