#include "DesignQueries.h"

namespace azimuth::model {

const Component* regionOf(const Design& design, const Component& component)
{
    if (component.kind == "region") return &component;
    return design.ancestorOfKind(component.id, "region");
}

std::string regionCode(const Design& design, const KindCatalog& catalog, const Component& component)
{
    const Component* region = regionOf(design, component);
    if (!region) return {};
    return catalog.string(*region, "code").value_or("us-east-1");
}

std::vector<ComponentId> zonesOf(const Design& design, const KindCatalog& catalog,
                                 const Component& component)
{
    std::vector<ComponentId> out;
    if (component.kind == "ec2-fleet") {
        if (!component.parent.empty()) out.push_back(component.parent);
        return out;
    }
    const KindSpec* spec = catalog.find(component.kind);
    if (spec && spec->prop("zones"))
        for (const auto& z : catalog.idList(component, "zones"))
            out.emplace_back(z);
    (void)design;
    return out;
}

bool isAsync(const Design& design, const Connection& connection)
{
    if (connection.mode) return *connection.mode == "async";
    for (const ComponentId* end : {&connection.from, &connection.to}) {
        const Component* c = design.component(*end);
        if (c && (c->kind == "sqs-queue" || c->kind == "sns-topic")) return true;
    }
    return false;
}

} // namespace azimuth::model
