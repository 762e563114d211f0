#include "AddComponentCommand.h"

namespace azimuth::app {

AddComponentCommand::AddComponentCommand(model::DocumentController& controller,
                                         model::Component component, QUndoCommand* parent)
    : QUndoCommand(parent), m_controller(controller), m_component(std::move(component))
{
    const auto* spec = controller.catalog().find(m_component.kind);
    setText(
        QObject::tr("Add %1").arg(QString::fromStdString(spec ? spec->label : m_component.kind)));
}

void AddComponentCommand::redo()
{
    m_index = static_cast<int>(m_controller.design().components().size());
    m_result = m_controller.addComponent(m_component, m_index);
    if (!m_result) setObsolete(true); // the stack drops a refused edit
}

void AddComponentCommand::undo()
{
    if (m_result) m_controller.removeComponents({m_component.id});
}

} // namespace azimuth::app
