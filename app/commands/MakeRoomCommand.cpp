#include "MakeRoomCommand.h"

namespace azimuth::app {

MakeRoomCommand::MakeRoomCommand(model::DocumentController& controller,
                                 std::vector<std::pair<model::ComponentId, model::Geometry>> boxes,
                                 QUndoCommand* parent)
    : QUndoCommand(parent), m_controller(controller)
{
    setText(QObject::tr("Make room"));
    for (auto& [id, after] : boxes) {
        const model::Component* c = controller.design().component(id);
        if (c) m_changes.push_back({id, c->geometry, after});
    }
}

void MakeRoomCommand::redo()
{
    for (const auto& change : m_changes)
        m_controller.setGeometry(change.id, change.after);
}

void MakeRoomCommand::undo()
{
    for (auto it = m_changes.rbegin(); it != m_changes.rend(); ++it)
        m_controller.setGeometry(it->id, it->before);
}

} // namespace azimuth::app
