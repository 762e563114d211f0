#include "UndoEditGateway.h"

#include "app/commands/AddComponentCommand.h"
#include "app/commands/AddConnectionCommand.h"
#include "app/commands/FreezeLayoutCommand.h"
#include "app/commands/MoveCommand.h"
#include "app/commands/PasteCommand.h"
#include "app/commands/RemoveCommand.h"
#include "app/commands/RenameCommand.h"
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
    const views::CanvasLabelMetrics labels(m_controller.design(), m_controller.catalog());
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

model::Refusal UndoEditGateway::addComponent(const std::string& kind,
                                             const model::ComponentId& parent,
                                             const model::Geometry& geometry,
                                             std::optional<std::vector<std::string>> zones)
{
    const auto& design = m_controller.design();
    if (auto why = m_controller.containment().refusal(design, kind, parent)) return why;
    const auto* spec = m_controller.catalog().find(kind);
    model::Component c;
    c.id = nextId(kind);
    c.kind = kind;
    c.parent = parent;
    c.geometry = geometry;
    if (zones) c.props.set("zones", zonesJson(*zones));
    beginGeometryEdit(QObject::tr("Add %1").arg(QString::fromStdString(spec ? spec->label : kind)));
    m_stack.push(new AddComponentCommand(m_controller, std::move(c)));
    m_stack.endMacro();
    return std::nullopt;
}

model::Refusal UndoEditGateway::moveComponents(const std::vector<views::MoveRequest>& moves)
{
    if (moves.empty()) return std::nullopt;
    const auto& design = m_controller.design();
    for (const auto& m : moves) {
        const model::Component* c = design.component(m.id);
        if (!c) return "There is no component \"" + m.id.value + "\".";
        if (auto why = m_controller.containment().refusal(design, c->kind, m.parent, m.id))
            return why;
    }
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
    return std::nullopt;
}

model::Refusal UndoEditGateway::addConnection(const model::ComponentId& from,
                                              const model::ComponentId& to)
{
    const auto& design = m_controller.design();
    if (!design.component(from) || !design.component(to))
        return std::string("A connection needs a component at both ends.");
    if (from == to) return std::string("A component cannot connect to itself.");
    for (const model::Connection* c : design.outgoing(from))
        if (c->to == to)
            return "\"" + design.component(from)->displayName() + "\" is already connected to \"" +
                   design.component(to)->displayName() + "\".";
    model::Connection c;
    c.from = from;
    c.to = to;
    auto* cmd = new AddConnectionCommand(m_controller, std::move(c));
    m_stack.push(cmd);
    return std::nullopt;
}

model::Refusal UndoEditGateway::setProperty(const model::ComponentId& id, const std::string& name,
                                            Json value)
{
    const model::Component* c = m_controller.design().component(id);
    if (!c) return "There is no component \"" + id.value + "\".";
    const int before = m_stack.count();
    const Json old = c->props;
    m_stack.push(new SetPropertyCommand(m_controller, id, name, std::move(value)));
    // A refused command marks itself obsolete and the stack drops it.
    if (m_stack.count() == before && m_controller.design().component(id)->props == old)
        return "\"" + name + "\" cannot take that value.";
    return std::nullopt;
}

model::Refusal UndoEditGateway::rename(const model::ComponentId& id, const std::string& name)
{
    if (!m_controller.design().component(id)) return "There is no component \"" + id.value + "\".";
    m_stack.push(new RenameCommand(m_controller, id, name));
    return std::nullopt;
}

void UndoEditGateway::remove(const std::vector<model::ComponentId>& components,
                             const std::vector<model::ConnectionId>& connections)
{
    if (components.empty() && connections.empty()) return;
    m_stack.push(new RemoveCommand(m_controller, components, connections));
}

model::Refusal UndoEditGateway::paste(std::vector<model::Component> components,
                                      std::vector<model::Connection> connections)
{
    if (components.empty()) return std::string("The clipboard holds no components.");
    const auto& design = m_controller.design();
    for (const auto& c : components) {
        bool parentIsNew = std::any_of(components.begin(), components.end(),
                                       [&](const model::Component& o) { return o.id == c.parent; });
        if (parentIsNew) continue;
        if (auto why = m_controller.containment().refusal(design, c.kind, c.parent)) return why;
    }
    beginGeometryEdit(QObject::tr("Paste"));
    m_stack.push(new PasteCommand(m_controller, std::move(components), std::move(connections)));
    m_stack.endMacro();
    return std::nullopt;
}

} // namespace azimuth::app
