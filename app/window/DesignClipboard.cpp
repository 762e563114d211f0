#include "DesignClipboard.h"

#include "model/io/DesignReader.h"
#include "model/io/DesignWriter.h"

#include <set>
#include <unordered_map>
#include <unordered_set>

namespace azimuth::app {

using model::ComponentId;

std::string copyDesignText(const model::Design& design, const model::KindCatalog& catalog,
                           const std::vector<ComponentId>& selection)
{
    std::unordered_set<ComponentId> picked(selection.begin(), selection.end());
    // Everything inside a picked container comes along; file order keeps parents first.
    bool grew = true;
    while (grew) {
        grew = false;
        for (const auto& c : design.components())
            if (!picked.count(c.id) && picked.count(c.parent))
                grew = picked.insert(c.id).second || grew;
    }
    model::Design clip;
    clip.title = "Copied from Azimuth";
    model::Json parents = model::Json::object();
    for (const auto& c : design.components()) {
        if (!picked.count(c.id)) continue;
        model::Component copy = c;
        if (!picked.count(c.parent)) {
            if (!c.parent.empty()) parents.set(c.id.value, model::Json(c.parent.value));
            copy.parent = ComponentId{};
        }
        clip.insertComponent(std::move(copy));
    }
    for (const auto& c : design.connections())
        if (picked.count(c.from) && picked.count(c.to)) clip.insertConnection(c);
    clip.extra.set("copiedFrom", parents);
    return model::writeDesign(clip, catalog);
}

PastePlan planPaste(const std::string& text, const model::DocumentController& target,
                    const ComponentId& into, double offset)
{
    const model::Design clip = model::readDesign(text, "clipboard", target.catalog());
    const model::Design& design = target.design();
    const model::Json* parents = clip.extra.find("copiedFrom");

    // Fresh ids: keep a copied id when it is free, else the next free one of its kind.
    std::unordered_map<std::string, std::string> rename;
    std::set<std::string> used;
    auto taken = [&](const std::string& id) {
        return design.component(ComponentId{id}) || used.count(id);
    };
    for (const auto& c : clip.components()) {
        std::string id = c.id.value;
        if (taken(id)) {
            for (int n = 2;; ++n) {
                std::string candidate = c.kind + "-" + std::to_string(n);
                if (!taken(candidate)) {
                    id = candidate;
                    break;
                }
            }
        }
        used.insert(id);
        rename[c.id.value] = id;
    }

    PastePlan plan;
    for (const auto& c : clip.components()) {
        model::Component copy = c;
        copy.id = ComponentId{rename[c.id.value]};
        if (!c.parent.empty()) {
            copy.parent = ComponentId{rename[c.parent.value]};
        } else {
            ComponentId old;
            if (parents)
                if (const model::Json* p = parents->find(c.id.value); p && p->isString())
                    old = ComponentId{p->asString()};
            const auto& policy = target.containment();
            if (!into.empty() && !policy.refusal(design, c.kind, into))
                copy.parent = into;
            else if (!old.empty() && design.component(old))
                copy.parent = old;
            else
                copy.parent = ComponentId{};
            if (copy.geometry) {
                copy.geometry->x += offset;
                copy.geometry->y += offset;
            }
        }
        // Zones follow the copies when they were copied too; others stay as they were.
        if (model::Json* zones = copy.props.find("zones"); zones && zones->isArray())
            for (auto& z : zones->asArray())
                if (z.isString() && rename.count(z.asString()))
                    z = model::Json(rename[z.asString()]);
        plan.components.push_back(std::move(copy));
    }
    std::set<std::string> connIds;
    for (const auto& c : design.connections())
        connIds.insert(c.id.value);
    int next = 1;
    for (const auto& c : clip.connections()) {
        model::Connection copy = c;
        copy.from = ComponentId{rename[c.from.value]};
        copy.to = ComponentId{rename[c.to.value]};
        while (connIds.count("c" + std::to_string(next)))
            ++next;
        copy.id = model::ConnectionId{"c" + std::to_string(next)};
        connIds.insert(copy.id.value);
        plan.connections.push_back(std::move(copy));
    }
    return plan;
}

} // namespace azimuth::app
