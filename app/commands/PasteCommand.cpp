#include "PasteCommand.h"

#include "AddComponentCommand.h"
#include "AddConnectionCommand.h"

namespace azimuth::app {

PasteCommand::PasteCommand(model::DocumentController& controller,
                           std::vector<model::Component> components,
                           std::vector<model::Connection> connections, QUndoCommand* parent)
    : QUndoCommand(parent)
{
    setText(QObject::tr("Paste %n component(s)", nullptr, static_cast<int>(components.size())));
    for (auto& c : components)
        new AddComponentCommand(controller, std::move(c), this);
    for (auto& c : connections)
        new AddConnectionCommand(controller, std::move(c), this);
}

} // namespace azimuth::app
