#include "DiagramExportDialog.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QRegularExpression>
#include <QSettings>

namespace azimuth::app {

namespace {
constexpr const char* kSetting = "export/includeFindings";
}

DiagramExportDialog::DiagramExportDialog(QWidget* parent, const QString& suggested)
    : QFileDialog(parent, tr("Export Diagram")), m_findings(new QCheckBox(tr("Include &findings")))
{
    // The platform's dialog takes no extra widgets.
    setOption(QFileDialog::DontUseNativeDialog);
    setAcceptMode(QFileDialog::AcceptSave);
    setFileMode(QFileDialog::AnyFile);
    setNameFilters({tr("PNG image (*.png)"), tr("SVG drawing (*.svg)"), tr("PDF document (*.pdf)"),
                    tr("draw.io diagram (*.drawio)")});
    const QFileInfo info(suggested);
    if (info.path() != QLatin1String(".")) setDirectory(info.absolutePath());
    selectFile(info.fileName());
    m_findings->setToolTip(tr("Draw the findings' red, amber and blue dots on the components "
                              "(PNG, SVG and PDF)."));
    m_findings->setAccessibleDescription(m_findings->toolTip());
    m_findings->setChecked(QSettings().value(kSetting, false).toBool());
    if (auto* grid = qobject_cast<QGridLayout*>(layout()))
        grid->addWidget(m_findings, grid->rowCount(), 0, 1, grid->columnCount());
    connect(this, &QFileDialog::accepted, this,
            [this] { QSettings().setValue(kSetting, m_findings->isChecked()); });
}

bool DiagramExportDialog::includeFindings() const
{
    return m_findings->isChecked();
}

void DiagramExportDialog::setIncludeFindings(bool on)
{
    m_findings->setChecked(on);
}

QString DiagramExportDialog::chosenPath() const
{
    const QStringList files = selectedFiles();
    if (files.isEmpty()) return {};
    QString path = files.front();
    if (QFileInfo(path).suffix().isEmpty()) {
        static const QRegularExpression ext(QStringLiteral("\\*(\\.\\w+)"));
        if (auto m = ext.match(selectedNameFilter()); m.hasMatch()) path += m.captured(1);
    }
    return path;
}

} // namespace azimuth::app
