#include "ImportMetadata.h"

#include "model/core/Ids.h"
#include "model/kinds/KindUnit.h"

#include <exception>
#include <optional>
#include <set>

namespace azimuth::model {

namespace {

std::string text(const Json& entry, std::string_view key)
{
    const Json* v = entry.find(key);
    return v && v->isString() ? v->asString() : std::string();
}

} // namespace

ImportMetadata::ImportMetadata(const Json& root, const KindCatalog& catalog) : m_catalog(catalog)
{
    const Json* meta = root.find("Metadata");
    const Json* azimuth = meta && meta->isObject() ? meta->find("Azimuth") : nullptr;
    if (!azimuth || !azimuth->isObject()) return;
    const Json* components = azimuth->find("Components");
    if (!components || !components->isArray()) return;
    if (const Json* title = azimuth->find("Title"); title && title->isString())
        m_title = exactName(title->asString());
    for (const Json& entry : components->asArray()) {
        const std::string id = text(entry, "Id");
        if (!entry.isObject() || !isValidId(id) || text(entry, "Kind").empty() ||
            m_components.count(id))
            continue;
        m_components.emplace(id, &entry);
        m_order.push_back(&entry);
        if (std::string resource = text(entry, "Resource"); !resource.empty())
            m_resources.emplace(resource, id);
    }
    if (const Json* regions = azimuth->find("Regions"); regions && regions->isArray())
        for (const Json& r : regions->asArray())
            if (isValidId(text(r, "Id"))) m_regions.push_back(&r);
    if (const Json* connections = azimuth->find("Connections");
        connections && connections->isArray())
        m_connections = connections;
}

const Json* ImportMetadata::component(const std::string& id) const
{
    auto it = m_components.find(id);
    return it == m_components.end() ? nullptr : it->second;
}

std::string ImportMetadata::componentOfResource(const std::string& logicalId) const
{
    auto it = m_resources.find(logicalId);
    return it == m_resources.end() ? std::string() : it->second;
}

namespace {

/// The imported value's name an export recorded as JSON text ("" when none names it).
std::optional<Json> recordedImport(const Json& entry)
{
    const Json* text = entry.find("ImportValue");
    if (!text || !text->isString()) return std::nullopt;
    if (text->asString().empty()) return Json();
    try {
        return parseJson(ImportMetadata::exactName(text->asString()));
    } catch (const std::exception&) {
        return std::nullopt; // not what an export writes: the entry stands for nothing
    }
}

} // namespace

std::string ImportMetadata::componentOfImport(const Json& name) const
{
    for (const Json* entry : m_order)
        if (std::optional<Json> value = recordedImport(*entry); value && *value == name)
            return text(*entry, "Id");
    return {};
}

std::vector<std::pair<ComponentId, Json>> ImportMetadata::imports(const Design& design) const
{
    std::vector<std::pair<ComponentId, Json>> out;
    for (const Json* entry : m_order)
        if (std::optional<Json> value = recordedImport(*entry))
            if (ComponentId id(text(*entry, "Id")); design.component(id))
                out.emplace_back(id, std::move(*value));
    return out;
}

std::string ImportMetadata::zoneId(const std::string& name, const ComponentId& parent) const
{
    for (const Json* entry : m_order)
        if (const KindSpec* spec = m_catalog.find(text(*entry, "Kind"));
            spec && spec->listedInZones && text(*entry, "Name") == name &&
            text(*entry, "Parent") == parent.value)
            return text(*entry, "Id");
    return {};
}

void ImportMetadata::addComponents(Design& design, const ComponentId& region) const
{
    // In recorded order, so a container comes before what it holds; a parent that is not
    // in the design leaves the component in the region.
    for (const Json* entry : m_order) {
        const std::string id = text(*entry, "Id");
        const std::string kind = text(*entry, "Kind");
        if (design.component(ComponentId(id)) || entry->find("Resource")) continue;
        Component c;
        c.id = ComponentId(id);
        c.kind = kind;
        if (const Json* name = entry->find("Name"); name && name->isString())
            c.name = exactName(name->asString());
        const ComponentId parent(text(*entry, "Parent"));
        if (!parent.empty()) c.parent = design.component(parent) ? parent : region;
        if (const Json* props = entry->find("Props"); props && props->isObject()) c.props = *props;
        design.insertComponent(std::move(c));
    }
}

const Json* ImportMetadata::region(const std::string& code) const
{
    for (const Json* r : m_regions)
        if (text(*r, "Code") == code) return r;
    return m_regions.empty() ? nullptr : m_regions.front();
}

ComponentId ImportMetadata::recordedParent(const Design& design, const ComponentId& id) const
{
    const Json* entry = component(id.value);
    ComponentId parent(entry ? text(*entry, "Parent") : std::string());
    return design.component(parent) ? parent : ComponentId();
}

void ImportMetadata::restorePlaces(Design& design) const
{
    std::set<ComponentId> madeZones;
    for (const Component& c : design.components())
        if (const KindSpec* spec = m_catalog.find(c.kind);
            spec && spec->listedInZones && !component(c.id.value))
            madeZones.insert(c.id);
    for (const Json* entry : m_order) {
        const ComponentId id(text(*entry, "Id"));
        Component* c = design.mutableComponent(id);
        if (!c || !entry->find("Resource")) continue;
        if (ComponentId parent = recordedParent(design, id); !parent.empty()) c->parent = parent;
        const Json* subnets = entry->find("Subnets");
        const Json* zones = entry->find("Zones");
        if (!subnets && zones && c->props.find("subnets")) {
            c->props.erase("subnets");
            zonesFor(design, *c);
        }
    }
    // AZs the import made that the record put nothing in are dropped.
    for (const ComponentId& zone : madeZones) {
        if (!design.children(zone).empty()) continue;
        bool named = false;
        for (const Component& c : design.components())
            if (const Json* zones = c.props.find("zones"); zones && zones->isArray())
                for (const Json& z : zones->asArray())
                    named = named || (z.isString() && z.asString() == zone.value);
        if (!named) design.removeComponentAt(design.indexOf(zone));
    }
}

std::string ImportMetadata::exactName(std::string name)
{
    static const std::string mark = "\xE2\x80\x8B"; // U+200B, as userText() puts it
    for (size_t at = name.find(mark); at != std::string::npos; at = name.find(mark, at)) {
        const bool afterBrace = at > 0 && (name[at - 1] == '{' || name[at - 1] == '$') &&
                                at + mark.size() < name.size() && name[at + mark.size()] == '{';
        if (afterBrace)
            name.erase(at, mark.size());
        else
            at += mark.size();
    }
    return name;
}

bool ImportMetadata::zonesFor(const Design& design, Component& c) const
{
    const Json* entry = component(c.id.value);
    if (!entry) return false;
    const Json* zones = entry->find("Zones");
    if (!zones || !zones->isArray()) return true; // recorded with no zones
    Json known = Json::array();
    for (const Json& z : zones->asArray())
        if (z.isString() && design.component(ComponentId(z.asString())))
            known.asArray().push_back(z);
    if (!known.asArray().empty()) c.props.set("zones", std::move(known));
    return true;
}

void ImportMetadata::applyConnections(Design& design) const
{
    if (!m_connections) return;
    std::vector<Connection> derived(design.connections().begin(), design.connections().end());
    while (!design.connections().empty())
        design.removeConnectionAt(static_cast<int>(design.connections().size()) - 1);
    std::set<std::pair<ComponentId, ComponentId>> recorded;
    for (const Json& entry : m_connections->asArray()) {
        Connection c;
        c.id = ConnectionId(text(entry, "Id"));
        c.from = ComponentId(text(entry, "From"));
        c.to = ComponentId(text(entry, "To"));
        if (!design.component(c.from) || !design.component(c.to) || c.from == c.to) continue;
        if (!isValidId(c.id.value) || design.connection(c.id)) c.id = design.nextConnectionId();
        if (const Json* label = entry.find("Label"); label && label->isString())
            c.label = label->asString();
        if (const Json* mode = entry.find("Mode"); mode && mode->isString())
            c.mode = mode->asString();
        if (const Json* props = entry.find("Props"); props && props->isObject()) c.props = *props;
        recorded.emplace(c.from, c.to);
        design.insertConnection(std::move(c));
    }
    for (Connection& c : derived) {
        if (recorded.count({c.from, c.to})) continue;
        c.id = design.nextConnectionId();
        design.insertConnection(std::move(c));
    }
}

} // namespace azimuth::model
