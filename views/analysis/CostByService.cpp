#include "CostByService.h"

#include "model/catalog/KindCatalog.h"

namespace azimuth::views {

QString serviceOfKind(std::string_view kind)
{
    const model::KindSpec* spec = model::KindCatalog::builtin().find(kind);
    return QString::fromStdString(spec ? spec->service : std::string("Other"));
}

std::vector<ServiceShare> costByService(const model::DesignCost& cost)
{
    std::vector<ServiceShare> shares;
    for (const model::Service& s : model::KindCatalog::builtin().services())
        shares.push_back(
            {QString::fromStdString(s.name), QColor(QString::fromStdString(s.color)), 0.0});
    for (const model::ComponentCost& c : cost.components) {
        if (c.container) continue;
        const QString service = serviceOfKind(c.kind);
        for (ServiceShare& s : shares)
            if (s.service == service) s.effectiveMonthly += c.effectiveMonthly;
    }
    // Connections' traffic is the catalog's "Data transfer" service (networking.md).
    const QString transfer = QStringLiteral("Data transfer");
    for (const model::ConnectionCost& c : cost.connections)
        for (ServiceShare& s : shares)
            if (s.service == transfer) s.effectiveMonthly += c.monthly;
    std::erase_if(shares, [](const ServiceShare& s) { return s.effectiveMonthly <= 0.0; });
    for (ServiceShare& s : shares)
        s.effectiveMonthly = model::roundCents(s.effectiveMonthly);
    return shares;
}

} // namespace azimuth::views
