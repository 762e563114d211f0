#include "SetSettingsCommand.h"

#include <QObject>

namespace azimuth::app {

SetSettingsCommand::SetSettingsCommand(model::DocumentController& controller,
                                       model::Settings settings, QUndoCommand* parent)
    : QUndoCommand(parent), m_controller(controller), m_before(controller.design().settings),
      m_after(std::move(settings))
{
    setText(QObject::tr("Change settings"));
}

void SetSettingsCommand::redo()
{
    m_controller.setSettings(m_after);
}

void SetSettingsCommand::undo()
{
    m_controller.setSettings(m_before);
}

} // namespace azimuth::app
