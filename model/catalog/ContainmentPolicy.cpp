#include "ContainmentPolicy.h"

#include <algorithm>

namespace azimuth::model {

std::optional<std::string> ContainmentPolicy::refusal(std::string_view kind,
                                                      std::string_view parentKind) const
{
    const KindSpec* spec = m_catalog.find(kind);
    if (!spec) return "\"" + std::string(kind) + "\" is not a kind Azimuth knows.";
    if (parentKind.empty()) {
        if (spec->topLevel) return std::nullopt;
        return spec->placement;
    }
    if (std::find(spec->parents.begin(), spec->parents.end(), parentKind) != spec->parents.end())
        return std::nullopt;
    return spec->placement;
}

std::optional<std::string> ContainmentPolicy::refusal(const Design& design, std::string_view kind,
                                                      const ComponentId& parent,
                                                      const ComponentId& self) const
{
    if (parent.empty()) return refusal(kind, "");
    const Component* p = design.component(parent);
    if (!p) return "There is no component \"" + parent.value + "\" to hold it.";
    if (!self.empty() && isSelfOrAncestor(design, self, parent))
        return "A component cannot go inside itself.";
    return refusal(kind, p->kind);
}

bool ContainmentPolicy::isSelfOrAncestor(const Design& design, const ComponentId& ancestor,
                                         const ComponentId& id)
{
    const Component* c = design.component(id);
    for (size_t steps = 0; c && steps <= design.components().size(); ++steps) {
        if (c->id == ancestor) return true;
        if (c->parent.empty()) return false;
        c = design.component(c->parent);
    }
    return false;
}

} // namespace azimuth::model
