#include "AddConnectionCommand.h"

namespace azimuth::app {

AddConnectionCommand::AddConnectionCommand(model::DocumentController& controller,
                                           model::Connection connection, QUndoCommand* parent)
    : QUndoCommand(parent), m_controller(controller), m_connection(std::move(connection))
{
    // The id is fixed now so redo after undo gives back the same connection.
    if (m_connection.id.empty()) m_connection.id = controller.design().nextConnectionId();
    setText(QObject::tr("Connect"));
}

void AddConnectionCommand::redo()
{
    m_result = m_controller.addConnection(m_connection);
    if (!m_result) setObsolete(true); // the stack drops a refused edit
}

void AddConnectionCommand::undo()
{
    if (m_result) m_controller.removeConnections({m_connection.id});
}

} // namespace azimuth::app
