#include "SetPropertyCommand.h"

namespace azimuth::app {

SetPropertyCommand::SetPropertyCommand(model::DocumentController& controller, model::ComponentId id,
                                       std::string name, model::Json value, QUndoCommand* parent)
    : QUndoCommand(parent), m_controller(controller), m_id(std::move(id)), m_name(std::move(name)),
      m_value(std::move(value))
{
    if (const model::Component* c = controller.design().component(m_id)) m_before = c->props;
    QString label = QString::fromStdString(m_name);
    if (const model::Component* c = controller.design().component(m_id))
        if (const auto* spec = controller.catalog().find(c->kind))
            if (const auto* p = spec->prop(m_name)) label = QString::fromStdString(p->label);
    setText(QObject::tr("Set %1").arg(label));
}

void SetPropertyCommand::redo()
{
    m_result = m_controller.setProperty(m_id, m_name, m_value);
    if (!m_result) setObsolete(true); // the stack drops a refused edit
}

void SetPropertyCommand::undo()
{
    if (m_result) m_controller.setProps(m_id, m_before);
}

} // namespace azimuth::app
