#include "CostByService.h"

#include <array>

namespace azimuth::views {

namespace {
struct ServiceDef
{
    const char* name;
    QColor color;
};

// The order of the donut and its legend; colours follow the AWS category hues.
const std::array<ServiceDef, 9>& services()
{
    static const std::array<ServiceDef, 9> defs{{
        {"EC2", QColor(0xED, 0x71, 0x00)},
        {"Lightsail", QColor(0xFF, 0xB0, 0x4D)},
        {"Load balancing", QColor(0x8C, 0x4F, 0xFF)},
        {"Lambda", QColor(0xF5, 0xA6, 0x23)},
        {"Containers", QColor(0xB3, 0x4B, 0x00)},
        {"Messaging", QColor(0xE7, 0x15, 0x7B)},
        {"Databases", QColor(0xC9, 0x25, 0xD1)},
        {"Storage", QColor(0x7A, 0xA1, 0x16)},
        {"Other", QColor(0x87, 0x91, 0x96)},
    }};
    return defs;
}
} // namespace

QString serviceOfKind(std::string_view kind)
{
    if (kind == "ec2-fleet" || kind == "auto-scaling-group") return QStringLiteral("EC2");
    if (kind == "lightsail-instance") return QStringLiteral("Lightsail");
    if (kind == "load-balancer") return QStringLiteral("Load balancing");
    if (kind == "lambda-function") return QStringLiteral("Lambda");
    if (kind == "container-service") return QStringLiteral("Containers");
    if (kind == "sqs-queue" || kind == "sns-topic") return QStringLiteral("Messaging");
    if (kind == "rds-database" || kind == "dynamodb-table") return QStringLiteral("Databases");
    if (kind == "s3-bucket") return QStringLiteral("Storage");
    return QStringLiteral("Other");
}

std::vector<ServiceShare> costByService(const model::DesignCost& cost)
{
    std::vector<ServiceShare> shares;
    for (const ServiceDef& def : services())
        shares.push_back({QString::fromLatin1(def.name), def.color, 0.0});
    for (const model::ComponentCost& c : cost.components) {
        if (c.container) continue;
        const QString service = serviceOfKind(c.kind);
        for (ServiceShare& s : shares)
            if (s.service == service) s.effectiveMonthly += c.effectiveMonthly;
    }
    std::erase_if(shares, [](const ServiceShare& s) { return s.effectiveMonthly <= 0.0; });
    for (ServiceShare& s : shares)
        s.effectiveMonthly = model::roundCents(s.effectiveMonthly);
    return shares;
}

} // namespace azimuth::views
