#pragma once
// The cost report of a design in five formats, all from the same figures: HTML (one
// self-contained file), PDF (several pages), CSV (one row per cost line), JSON (the
// cost JSON plus the findings) and an Excel workbook (CostWorkbook.h).

#include "Theme.h"
#include "model/cost/CostEngine.h"
#include "model/cost/PriceCatalog.h"
#include "model/rules/Finding.h"

#include <QByteArray>
#include <QString>
#include <string>
#include <vector>

namespace azimuth::views {

class CanvasScene;

class ReportBuilder
{
  public:
    /// Computes the cost and findings of the scene's design. `fileLabel` names the
    /// design file in the report (and in the findings JSON).
    ReportBuilder(CanvasScene& scene, const model::PriceCatalog& prices, std::string fileLabel);

    const model::DesignCost& cost() const { return m_cost; }
    const std::vector<model::Finding>& findings() const { return m_findings; }
    /// The design's title, else the file's name.
    std::string title() const;

    std::string html() const;
    QByteArray pdf() const;
    std::string csv() const;
    std::string json() const;
    /// The .xlsx workbook's bytes; empty with `error` set when it could not be made.
    QByteArray xlsx(QString& error) const;

  private:
    std::string componentLabel(const model::ComponentId& id) const;

    CanvasScene& m_scene;
    const model::PriceCatalog& m_prices;
    std::string m_file;
    model::DesignCost m_cost;
    std::vector<model::Finding> m_findings;
    Theme m_theme = Theme::light();
};

} // namespace azimuth::views
