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
    if (auto why = refusal(kind, p->kind)) return why;
    // Where its parent must itself be (a subnet's AZ in a VPC), and what it must be (a NAT
    // gateway's subnet public).
    const KindSpec* spec = m_catalog.find(kind);
    if (!spec->grandparents.empty()) {
        const Component* gp = p->parent.empty() ? nullptr : design.component(p->parent);
        if (!gp || std::find(spec->grandparents.begin(), spec->grandparents.end(), gp->kind) ==
                       spec->grandparents.end())
            return spec->placement;
    }
    if (!spec->parentFlag.empty() && !m_catalog.boolean(*p, spec->parentFlag).value_or(false))
        return spec->placement;
    return std::nullopt;
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
