#include "StructureDiff.h"

#include <algorithm>
#include <map>
#include <unordered_map>
#include <unordered_set>

namespace azimuth::model {

namespace {

Json optionalText(const std::optional<std::string>& s)
{
    return s ? Json(*s) : Json();
}

/// Compares two objects key by key: keys of `after` in its order, then keys only `before`
/// has. `prefix` is put before each key ("" for props, "extra." style for nested keys).
void compareMembers(const Json& before, const Json& after, const std::string& prefix,
                    std::vector<FieldChange>& out)
{
    static const Json kNull;
    std::vector<std::string> keys;
    std::unordered_set<std::string> seen;
    for (const Json* o : {&after, &before})
        if (o->isObject())
            for (const auto& m : o->asObject())
                if (seen.insert(m.key).second) keys.push_back(m.key);
    for (const auto& key : keys) {
        const Json* a = before.isObject() ? before.find(key) : nullptr;
        const Json* b = after.isObject() ? after.find(key) : nullptr;
        const Json& av = a ? *a : kNull;
        const Json& bv = b ? *b : kNull;
        if (av == bv) continue;
        out.push_back({prefix + key, av, bv});
    }
}

/// Keys a reader keeps as written: a `props` object is compared member by member under
/// the members' own names (a connection's `gbPerMonth`), other keys whole.
std::string connectionName(const Design& design, const Connection& c)
{
    if (c.label && !c.label->empty()) return *c.label;
    auto nameOf = [&](const ComponentId& id) {
        const Component* comp = design.component(id);
        return comp ? comp->displayName() : id.value;
    };
    return nameOf(c.from) + " → " + nameOf(c.to);
}

} // namespace

std::vector<ConnectionPair> pairConnections(const Design& before, const Design& after)
{
    const auto& olds = before.connections();
    const auto& news = after.connections();
    std::vector<ConnectionPair> pairs;
    pairs.reserve(std::max(olds.size(), news.size()));
    std::vector<bool> oldTaken(olds.size(), false);
    std::vector<int> newMatch(news.size(), -1);

    // Ids the files gave: a made-up id (c1, c2, ... by position) names no connection.
    for (size_t i = 0; i < news.size(); ++i) {
        if (news[i].idAssigned) continue;
        const int j = before.indexOf(news[i].id);
        if (j >= 0 && !olds[static_cast<size_t>(j)].idAssigned) {
            newMatch[i] = j;
            oldTaken[static_cast<size_t>(j)] = true;
        }
    }
    // The rest by their ends, first unpaired first.
    std::map<std::pair<std::string, std::string>, std::vector<size_t>> byEnds;
    for (size_t j = olds.size(); j-- > 0;)
        if (!oldTaken[j]) byEnds[{olds[j].from.value, olds[j].to.value}].push_back(j);
    for (size_t i = 0; i < news.size(); ++i) {
        if (newMatch[i] >= 0) continue;
        auto it = byEnds.find({news[i].from.value, news[i].to.value});
        if (it == byEnds.end() || it->second.empty()) continue;
        const size_t j = it->second.back();
        it->second.pop_back();
        newMatch[i] = static_cast<int>(j);
        oldTaken[j] = true;
    }
    for (size_t j = 0; j < olds.size(); ++j)
        if (!oldTaken[j]) pairs.push_back({&olds[j], nullptr});
    for (size_t i = 0; i < news.size(); ++i)
        pairs.push_back(
            {newMatch[i] >= 0 ? &olds[static_cast<size_t>(newMatch[i])] : nullptr, &news[i]});
    return pairs;
}

std::vector<FieldChange> componentChanges(const Component& before, const Component& after,
                                          const KindCatalog& catalog)
{
    std::vector<FieldChange> out;
    if (before.kind != after.kind) out.push_back({"kind", Json(before.kind), Json(after.kind)});
    // An absent name and an empty one read the same to a person.
    const std::string nameBefore = before.name.value_or(""), nameAfter = after.name.value_or("");
    if (nameBefore != nameAfter) out.push_back({"name", Json(nameBefore), Json(nameAfter)});
    if (before.parent != after.parent)
        out.push_back({"parent", before.parent.empty() ? Json() : Json(before.parent.value),
                       after.parent.empty() ? Json() : Json(after.parent.value)});
    // Props compare by the value in force: writing out a default is not a change.
    std::vector<std::string> keys;
    std::unordered_set<std::string> seen;
    for (const Component* c : {&after, &before})
        if (c->props.isObject())
            for (const auto& m : c->props.asObject())
                if (seen.insert(m.key).second) keys.push_back(m.key);
    for (const auto& key : keys) {
        const Json& a = catalog.prop(before, key);
        const Json& b = catalog.prop(after, key);
        if (!(a == b)) out.push_back({key, a, b});
    }
    compareMembers(before.extra, after.extra, "", out);
    return out;
}

std::vector<FieldChange> connectionChanges(const Connection& before, const Connection& after)
{
    std::vector<FieldChange> out;
    if (before.from != after.from)
        out.push_back({"from", Json(before.from.value), Json(after.from.value)});
    if (before.to != after.to) out.push_back({"to", Json(before.to.value), Json(after.to.value)});
    if (before.mode != after.mode)
        out.push_back({"mode", optionalText(before.mode), optionalText(after.mode)});
    if (before.label.value_or("") != after.label.value_or(""))
        out.push_back({"label", Json(before.label.value_or("")), Json(after.label.value_or(""))});
    static const Json kEmpty = Json::object();
    compareMembers(before.props.isObject() ? before.props : kEmpty,
                   after.props.isObject() ? after.props : kEmpty, "", out);
    compareMembers(before.extra, after.extra, "", out);
    return out;
}

ItemChange componentItem(const Component& c, ItemChangeKind change)
{
    ItemChange item;
    item.change = change;
    item.id = c.id.value;
    item.kind = c.kind;
    item.name = c.name.value_or("");
    return item;
}

ItemChange connectionItem(const Design& design, const Connection& c, ItemChangeKind change)
{
    ItemChange item;
    item.change = change;
    item.connection = true;
    item.id = c.id.value;
    item.kind = "connection";
    item.name = connectionName(design, c);
    return item;
}

std::vector<ItemChange> diffStructure(const Design& before, const Design& after,
                                      const std::vector<ConnectionPair>& pairs,
                                      const KindCatalog& catalog)
{
    std::vector<ItemChange> components;
    for (const auto& c : after.components()) {
        const Component* old = before.component(c.id);
        if (!old) {
            components.push_back(componentItem(c, ItemChangeKind::Added));
            continue;
        }
        auto fields = componentChanges(*old, c, catalog);
        if (fields.empty()) continue;
        components.push_back(componentItem(c, ItemChangeKind::Changed));
        components.back().fields = std::move(fields);
    }
    for (const auto& c : before.components())
        if (!after.component(c.id)) components.push_back(componentItem(c, ItemChangeKind::Removed));
    std::stable_sort(components.begin(), components.end(),
                     [](const ItemChange& a, const ItemChange& b) {
                         return std::tie(a.kind, a.id) < std::tie(b.kind, b.id);
                     });

    std::vector<ItemChange> connections;
    for (const auto& p : pairs) {
        if (!p.before) {
            connections.push_back(connectionItem(after, *p.after, ItemChangeKind::Added));
        } else if (!p.after) {
            connections.push_back(connectionItem(before, *p.before, ItemChangeKind::Removed));
        } else if (auto fields = connectionChanges(*p.before, *p.after); !fields.empty()) {
            connections.push_back(connectionItem(after, *p.after, ItemChangeKind::Changed));
            connections.back().fields = std::move(fields);
        }
    }
    std::stable_sort(connections.begin(), connections.end(),
                     [](const ItemChange& a, const ItemChange& b) { return a.id < b.id; });
    components.insert(components.end(), std::make_move_iterator(connections.begin()),
                      std::make_move_iterator(connections.end()));
    return components;
}

} // namespace azimuth::model
