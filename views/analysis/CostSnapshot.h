#pragma once

#include "model/cost/CostEngine.h"

#include <QString>

namespace azimuth::views {

/// The cost engine's figures for one state of the design.
struct CostSnapshot
{
    model::DesignCost cost;
    model::CostOverTime overTime; ///< cumulative, month by month over termMonths
    int termMonths = 36;
    QString currency = QStringLiteral("USD");
    QString pricesAsOf;   ///< the price catalog's date
    QString catalogLabel; ///< "built-in" or the user file's name

    /// The cost of one component, or nullptr.
    const model::ComponentCost* component(const QString& id) const;
};

} // namespace azimuth::views
