#pragma once
// The design's bill split by AWS service, for the cost panel's donut.

#include "model/cost/CostEngine.h"

#include <QColor>
#include <QString>
#include <string_view>
#include <vector>

namespace azimuth::views {

/// One service's share of the bill.
struct ServiceShare
{
    QString service; ///< "EC2", "Load balancing", ...
    QColor color;
    double effectiveMonthly = 0;
};

/// The service a component kind is billed under (its catalog entry's); "Other" if none.
QString serviceOfKind(std::string_view kind);

/// effectiveMonthly summed by service, in the catalog's service order, services with a
/// non-zero share only (computeCost's per-component figures, free tier included);
/// connections' data transfer is the "Data transfer" service.
std::vector<ServiceShare> costByService(const model::DesignCost& cost);

} // namespace azimuth::views
