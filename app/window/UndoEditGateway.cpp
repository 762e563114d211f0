#include "UndoEditGateway.h"

#include "app/commands/AddComponentCommand.h"
#include "app/commands/AddConnectionCommand.h"
#include "app/commands/FreezeLayoutCommand.h"
#include "app/commands/MoveCommand.h"
#include "app/commands/PasteCommand.h"
#include "app/commands/RemoveCommand.h"
#include "app/commands/RenameCommand.h"
#include "app/commands/SetConnectionLabelCommand.h"
#include "app/commands/SetConnectionModeCommand.h"
#include "app/commands/SetConnectionPropsCommand.h"
#include "app/commands/SetPropertyCommand.h"
#include "app/commands/TidyCommand.h"
#include "views/canvas/CanvasLabelMetrics.h"

#include <QUndoStack>
#include <memory>

namespace azimuth::app {

using model::Json;

namespace {
Json zonesJson(const std::vector<std::string>& zones)
{
    Json::Array arr;
    for (const auto& z : zones)
        arr.emplace_back(z);
    return Json(std::move(arr));
}
} // namespace

UndoEditGateway::UndoEditGateway(model::DocumentController& controller, QUndoStack& stack)
    : m_controller(controller), m_stack(stack)
{
}

bool UndoEditGateway::tidy(const std::vector<model::ComponentId>& scope)
{
    const views::CanvasLabelMetrics labels(m_controller.catalog());
    auto command = std::make_unique<TidyCommand>(m_controller, scope, labels);
    if (command->isEmpty()) return false;
    m_stack.push(command.release());
    return true;
}

model::ComponentId UndoEditGateway::nextId(const std::string& kind) const
{
    return m_controller.design().nextComponentId(kind);
}

void UndoEditGateway::beginGeometryEdit(const QString& text)
{
    m_stack.beginMacro(text);
    if (FreezeLayoutCommand::needed(m_controller.design()))
        m_stack.push(new FreezeLayoutCommand(m_controller));
}

model::EditResult UndoEditGateway::addComponent(const std::string& kind,
                                                const model::ComponentId& parent,
                                                const model::Geometry& geometry,
                                                std::optional<std::vector<std::string>> zones)
{
    model::Component c;
    c.id = nextId(kind);
    c.kind = kind;
    c.parent = parent;
    c.geometry = geometry;
    if (zones) c.props.set("zones", zonesJson(*zones));
    if (auto result = m_controller.canAddComponent(c); !result) return result;
    const auto* spec = m_controller.catalog().find(kind);
    beginGeometryEdit(QObject::tr("Add %1").arg(QString::fromStdString(spec ? spec->label : kind)));
    m_stack.push(new AddComponentCommand(m_controller, std::move(c)));
    m_stack.endMacro();
    return model::EditResult::applied();
}

model::EditResult UndoEditGateway::moveComponents(const std::vector<views::MoveRequest>& moves)
{
    if (moves.empty()) return model::EditResult::applied();
    for (const auto& m : moves) {
        if (auto result = m_controller.canReparent(m.id, m.parent); !result) return result;
        if (m.zones)
            if (auto result = m_controller.canSetProperty(m.id, "zones", zonesJson(*m.zones));
                !result)
                return result;
    }
    const auto& design = m_controller.design();
    bool reparents = false;
    for (const auto& m : moves)
        reparents = reparents || design.component(m.id)->parent != m.parent;
    beginGeometryEdit(reparents ? QObject::tr("Move into container") : QObject::tr("Move"));
    for (const auto& m : moves) {
        m_stack.push(new MoveCommand(m_controller, m.id, m.parent, m.geometry));
        if (m.zones)
            m_stack.push(new SetPropertyCommand(m_controller, m.id, "zones", zonesJson(*m.zones)));
    }
    m_stack.endMacro();
    return model::EditResult::applied();
}

model::EditResult UndoEditGateway::addConnection(const model::ComponentId& from,
                                                 const model::ComponentId& to)
{
    model::Connection c;
    c.from = from;
    c.to = to;
    if (auto result = m_controller.canAddConnection(c); !result) return result;
    m_stack.push(new AddConnectionCommand(m_controller, std::move(c)));
    return model::EditResult::applied();
}

model::EditResult UndoEditGateway::setProperty(const model::ComponentId& id,
                                               const std::string& name, Json value)
{
    if (auto result = m_controller.canSetProperty(id, name, value); !result) return result;
    m_stack.push(new SetPropertyCommand(m_controller, id, name, std::move(value)));
    return model::EditResult::applied();
}

model::EditResult UndoEditGateway::setConnectionProps(const model::ConnectionId& id, Json props)
{
    if (auto result = m_controller.canSetConnectionProps(id, props); !result) return result;
    m_stack.push(new SetConnectionPropsCommand(m_controller, id, std::move(props)));
    return model::EditResult::applied();
}

model::EditResult UndoEditGateway::setConnectionLabel(const model::ConnectionId& id,
                                                      std::optional<std::string> label)
{
    const model::Connection* c = m_controller.design().connection(id);
    if (!c) return model::EditResult::refused("There is no connection \"" + id.value + "\".");
    if (c->label == label) return model::EditResult::applied(); // nothing to undo
    m_stack.push(new SetConnectionLabelCommand(m_controller, id, std::move(label)));
    return model::EditResult::applied();
}

model::EditResult UndoEditGateway::setConnectionMode(const model::ConnectionId& id,
                                                     std::optional<std::string> mode)
{
    const model::Connection* c = m_controller.design().connection(id);
    if (!c) return model::EditResult::refused("There is no connection \"" + id.value + "\".");
    if (mode && *mode != "sync" && *mode != "async")
        return model::EditResult::refused("A connection's mode is \"sync\" or \"async\".");
    if (c->mode == mode) return model::EditResult::applied();
    m_stack.push(new SetConnectionModeCommand(m_controller, id, std::move(mode)));
    return model::EditResult::applied();
}

model::EditResult UndoEditGateway::rename(const model::ComponentId& id, const std::string& name)
{
    if (auto result = m_controller.canSetName(id); !result) return result;
    m_stack.push(new RenameCommand(m_controller, id, name));
    return model::EditResult::applied();
}

void UndoEditGateway::remove(const std::vector<model::ComponentId>& components,
                             const std::vector<model::ConnectionId>& connections)
{
    if (components.empty() && connections.empty()) return;
    m_stack.push(new RemoveCommand(m_controller, components, connections));
}

model::EditResult UndoEditGateway::paste(std::vector<model::Component> components,
                                         std::vector<model::Connection> connections)
{
    if (components.empty()) return model::EditResult::refused("The clipboard holds no components.");
    if (auto result = m_controller.canAddAll(components, connections); !result) return result;
    beginGeometryEdit(QObject::tr("Paste"));
    m_stack.push(new PasteCommand(m_controller, std::move(components), std::move(connections)));
    m_stack.endMacro();
    return model::EditResult::applied();
}

} // namespace azimuth::app
