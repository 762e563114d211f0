#include "RemoveCommand.h"

namespace azimuth::app {

RemoveCommand::RemoveCommand(model::DocumentController& controller,
                             std::vector<model::ComponentId> components,
                             std::vector<model::ConnectionId> connections, QUndoCommand* parent)
    : QUndoCommand(parent), m_controller(controller), m_components(std::move(components)),
      m_connections(std::move(connections))
{
    const size_t n = m_components.size() + m_connections.size();
    setText(n == 1 ? QObject::tr("Delete") : QObject::tr("Delete %1 items").arg(n));
}

void RemoveCommand::redo()
{
    // Connections first, so each snapshot's indexes are those of the design it was taken from.
    m_connectionSnapshot = m_controller.removeConnections(m_connections);
    m_componentSnapshot = m_controller.removeComponents(m_components);
}

void RemoveCommand::undo()
{
    m_controller.restore(m_componentSnapshot);
    m_controller.restore(m_connectionSnapshot);
}

} // namespace azimuth::app
