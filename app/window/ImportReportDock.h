#pragma once
// The import report's dock: hidden until a template is imported, shown beside the findings
// with the report, and hidden again when dismissed or when another design replaces the
// imported one (the report is about that import only).

#include "model/import/ImportReport.h"

#include <QDockWidget>

namespace azimuth::views {
class ImportReportPanel;
}

namespace azimuth::app {

class ImportReportDock : public QDockWidget
{
    Q_OBJECT
  public:
    explicit ImportReportDock(QWidget* parent = nullptr);

    /// Shows a report in front of the docks it shares a place with.
    void showReport(const model::ImportReport& report);
    views::ImportReportPanel* panel() const { return m_panel; }

  private:
    views::ImportReportPanel* m_panel = nullptr;
};

} // namespace azimuth::app
