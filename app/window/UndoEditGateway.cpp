#include "UndoEditGateway.h"

#include "app/commands/AddComponentCommand.h"
#include "app/commands/AddConnectionCommand.h"
#include "app/commands/FreezeLayoutCommand.h"
#include "app/commands/MakeRoomCommand.h"
#include "app/commands/MoveCommand.h"
#include "app/commands/PasteCommand.h"
#include "app/commands/RemoveCommand.h"
#include "app/commands/RenameCommand.h"
#include "app/commands/SetConnectionLabelCommand.h"
#include "app/commands/SetConnectionModeCommand.h"
#include "app/commands/SetConnectionPropsCommand.h"
#include "app/commands/SetPropertyCommand.h"
#include "app/commands/TidyCommand.h"
#include "model/layout/AutoLayout.h"
#include "model/layout/RoomMaker.h"
#include "model/layout/ZoneGeometry.h"
#include "views/canvas/CanvasLabelMetrics.h"

#include <QUndoStack>
#include <algorithm>
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

bool overlaps(const model::Geometry& a, const model::Geometry& b)
{
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/// The zone column of a region under a point's x, if any.
const model::Component* columnAt(const model::Design& design, const model::KindCatalog& catalog,
                                 const model::ComponentId& region, double x)
{
    for (const model::Component* z : model::zoneColumns(design, catalog, region))
        if (x >= z->geometry->x && x < z->geometry->x + z->geometry->w) return z;
    return nullptr;
}

bool contains(const std::vector<std::string>& list, const std::string& s)
{
    return std::find(list.begin(), list.end(), s) != list.end();
}
} // namespace

const model::PriceCatalog& UndoEditGateway::prices() const
{
    return m_prices ? m_prices() : model::PriceCatalog::builtin();
}

void UndoEditGateway::makeRoomFor(const std::vector<model::ComponentId>& ids)
{
    // Measured as the canvas draws them: a name widens its box past its geometry.
    const views::CanvasLabelMetrics labels(m_controller.catalog());
    const model::Layout drawn =
        model::computeLayout(m_controller.design(), m_controller.catalog(), &labels);
    auto boxes = model::makeRoom(m_controller.design(), m_controller.catalog(), ids, &drawn);
    if (!boxes.empty()) m_stack.push(new MakeRoomCommand(m_controller, std::move(boxes)));
}

void UndoEditGateway::fitNew(model::Component& c) const
{
    const auto& design = m_controller.design();
    const auto& catalog = m_controller.catalog();
    const model::Component* region = design.component(c.parent);
    if (!region || !catalog.isRegion(region->kind) || !c.geometry) return;
    const model::KindSpec* spec = catalog.find(c.kind);
    if (catalog.isZone(c.kind)) {
        std::vector<std::string> taken;
        for (const model::Component* z : design.children(c.parent))
            if (catalog.isZone(z->kind)) taken.push_back(z->displayName());
        const std::string code = catalog.string(*region, "code").value_or("");
        for (const std::string& name : prices().zoneNames(code))
            if (!contains(taken, name)) {
                c.name = name;
                break;
            }
        // Dropped onto the zones already there: beside them, as tall as the first.
        const auto columns = model::zoneColumns(design, catalog, c.parent);
        const bool onTop = std::any_of(columns.begin(), columns.end(), [&](const auto* z) {
            return overlaps(*c.geometry, *z->geometry);
        });
        if (onTop) {
            // Beside the last as drawn: its name may draw it wider than its geometry.
            const views::CanvasLabelMetrics labels(catalog);
            const model::Layout drawn = model::computeLayout(design, catalog, &labels);
            const model::Geometry& first = *columns.front()->geometry;
            const model::Geometry& last = *columns.back()->geometry;
            const model::Geometry* lastDrawn = drawn.box(columns.back()->id);
            const double lastW = std::max(last.w, lastDrawn ? lastDrawn->w : 0.0);
            c.geometry =
                model::Geometry{model::ceilToGrid(last.x + lastW + model::LayoutMetrics::gap),
                                first.y, std::max(first.w, c.geometry->w), first.h};
        }
        return;
    }
    if (!spec || !spec->prop("zones")) return;
    if (spec->spansZones) {
        const auto zones = catalog.idList(c, "zones");
        if (zones.empty()) return;
        if (auto g = model::boxForZones(design, catalog, c, zones)) c.geometry = *g;
    } else if (!spec->failover.empty()) {
        const double x = c.geometry->x + c.geometry->w / 2;
        if (const model::Component* z = columnAt(design, catalog, c.parent, x)) {
            const bool on = catalog.boolean(c, spec->failover).value_or(false);
            c.props.set("zones",
                        zonesJson(model::failoverZones(design, catalog, c, z->id.value, on)));
        }
    }
}

std::optional<std::vector<std::string>> UndoEditGateway::followedZones(const model::ComponentId& id,
                                                                       bool failover) const
{
    const auto& design = m_controller.design();
    const auto& catalog = m_controller.catalog();
    const model::Component* c = design.component(id);
    if (!c || !c->geometry || !model::zonesFollowGeometry(design, catalog, *c)) return std::nullopt;
    const model::KindSpec* spec = catalog.find(c->kind);
    if (!spec || spec->failover.empty()) return std::nullopt;
    const model::Component* z =
        columnAt(design, catalog, c->parent, c->geometry->x + c->geometry->w / 2);
    if (!z) return std::nullopt;
    auto zones = model::failoverZones(design, catalog, *c, z->id.value, failover);
    if (zones == catalog.idList(*c, "zones")) return std::nullopt;
    return zones;
}

void UndoEditGateway::renameZones(const model::ComponentId& region, const std::string& oldCode,
                                  const std::string& newCode)
{
    const auto& design = m_controller.design();
    const auto& catalog = m_controller.catalog();
    const auto oldNames = prices().zoneNames(oldCode);
    const auto newNames = prices().zoneNames(newCode);
    if (oldCode == newCode || newNames.empty()) return;
    std::vector<const model::Component*> generated;
    std::vector<std::string> taken;
    for (const model::Component* z : design.children(region)) {
        if (!catalog.isZone(z->kind)) continue;
        // A name the user typed is theirs to keep.
        if (z->name && contains(oldNames, *z->name))
            generated.push_back(z);
        else
            taken.push_back(z->displayName());
    }
    std::vector<std::pair<model::ComponentId, std::string>> renames;
    for (const model::Component* z : generated) {
        const auto at = std::find(oldNames.begin(), oldNames.end(), *z->name) - oldNames.begin();
        std::string name = static_cast<size_t>(at) < newNames.size() ? newNames[at] : "";
        if (name.empty() || contains(taken, name)) {
            name.clear();
            for (const auto& n : newNames)
                if (!contains(taken, n)) {
                    name = n;
                    break;
                }
        }
        if (name.empty()) continue; // more zones than the region has: keep the old name
        taken.push_back(name);
        renames.emplace_back(z->id, name);
    }
    for (auto& [id, name] : renames)
        m_stack.push(new RenameCommand(m_controller, id, name));
}

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
    // The name and box its region decides; should they not pass, it goes in as dropped.
    model::Component fitted = c;
    fitNew(fitted);
    if (m_controller.canAddComponent(fitted)) c = std::move(fitted);
    const model::ComponentId id = c.id;
    m_stack.push(new AddComponentCommand(m_controller, std::move(c)));
    makeRoomFor({id});
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
    std::vector<model::ComponentId> ids;
    for (const auto& m : moves) {
        m_stack.push(new MoveCommand(m_controller, m.id, m.parent, m.geometry));
        if (m.zones)
            m_stack.push(new SetPropertyCommand(m_controller, m.id, "zones", zonesJson(*m.zones)));
        const model::Component* c = design.component(m.id);
        const model::KindSpec* spec = c ? m_controller.catalog().find(c->kind) : nullptr;
        const bool on = spec && !spec->failover.empty() &&
                        m_controller.catalog().boolean(*c, spec->failover).value_or(false);
        if (auto followed = followedZones(m.id, on))
            m_stack.push(new SetPropertyCommand(m_controller, m.id, "zones", zonesJson(*followed)));
        ids.push_back(m.id);
    }
    makeRoomFor(ids);
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
    const auto& design = m_controller.design();
    const auto& catalog = m_controller.catalog();
    const model::Component* c = design.component(id);
    const model::KindSpec* spec = c ? catalog.find(c->kind) : nullptr;
    const bool follows = c && model::zonesFollowGeometry(design, catalog, *c);
    const bool zonesEdit = follows && name == "zones";
    const bool failoverEdit = follows && !spec->failover.empty() && name == spec->failover;
    const bool codeEdit = c && catalog.isRegion(c->kind) && name == "code";
    if (codeEdit) {
        // The region's AZs that still carry its zone names take the new region's.
        const std::string oldCode = catalog.string(*c, "code").value_or("");
        m_stack.beginMacro(QObject::tr("Set Region code"));
        m_stack.push(new SetPropertyCommand(m_controller, id, name, std::move(value)));
        renameZones(id, oldCode, catalog.string(*design.component(id), "code").value_or(""));
        m_stack.endMacro();
        return model::EditResult::applied();
    }
    if (!zonesEdit && !failoverEdit) {
        m_stack.push(new SetPropertyCommand(m_controller, id, name, std::move(value)));
        return model::EditResult::applied();
    }
    // Zones and geometry are one thing: the group runs across its zones' columns, the
    // database stands in its primary's, and the rest makes room.
    beginGeometryEdit(QObject::tr("Set %1").arg(
        QString::fromStdString(spec->prop(name) ? spec->prop(name)->label : name)));
    m_stack.push(new SetPropertyCommand(m_controller, id, name, std::move(value)));
    if (failoverEdit) {
        const bool on = catalog.boolean(*design.component(id), name).value_or(false);
        if (auto followed = followedZones(id, on))
            m_stack.push(new SetPropertyCommand(m_controller, id, "zones", zonesJson(*followed)));
    }
    c = design.component(id);
    const auto zones = catalog.idList(*c, "zones");
    if (!zones.empty())
        if (auto g = model::boxForZones(design, catalog, *c, zones); g && !(*g == *c->geometry))
            m_stack.push(new MoveCommand(m_controller, id, c->parent, *g));
    makeRoomFor({id});
    m_stack.endMacro();
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
