#include "ImportReportDock.h"

#include "views/import/ImportReportPanel.h"

namespace azimuth::app {

ImportReportDock::ImportReportDock(QWidget* parent)
    : QDockWidget(tr("Import report"), parent), m_panel(new views::ImportReportPanel(this))
{
    setObjectName("import-report");
    setWidget(m_panel);
    setFeatures(DockWidgetClosable | DockWidgetMovable | DockWidgetFloatable);
    connect(m_panel, &views::ImportReportPanel::dismissed, this, &QDockWidget::hide);
    hide();
}

void ImportReportDock::showReport(const model::ImportReport& report)
{
    m_panel->setReport(report);
    show();
    raise();
}

} // namespace azimuth::app
