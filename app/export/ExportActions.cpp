#include "ExportActions.h"

#include "DiagramExportDialog.h"
#include "ExportFile.h"
#include "OutputFormat.h"
#include "views/canvas/CanvasScene.h"
#include "views/export/DiagramRenderer.h"
#include "views/export/ReportBuilder.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace azimuth::app {

ExportActions::ExportActions(QWidget* parent, views::CanvasScene* scene,
                             std::function<QString()> filePath,
                             std::function<const model::PriceCatalog&()> prices)
    : m_parent(parent), m_scene(scene), m_filePath(std::move(filePath)), m_prices(std::move(prices))
{
}

void ExportActions::addTo(QMenu* file, QAction* fileBefore, QMenu* edit, QAction* editBefore)
{
    auto add = [this](QMenu* menu, QAction* before, const QString& text, auto slot,
                      const QKeySequence& keys) {
        auto* action = new QAction(text, menu);
        action->setShortcut(keys);
        QObject::connect(action, &QAction::triggered, m_parent, [this, slot] { (this->*slot)(); });
        menu->insertAction(before, action);
    };
    add(file, fileBefore, QObject::tr("Export &Diagram…"), &ExportActions::exportDiagram,
        QKeySequence(QObject::tr("Ctrl+E")));
    add(file, fileBefore, QObject::tr("Export &Report…"), &ExportActions::exportReport,
        QKeySequence(QObject::tr("Ctrl+Shift+E")));
    file->insertSeparator(fileBefore);
    add(file, fileBefore, QObject::tr("&Print…"), &ExportActions::print, QKeySequence::Print);
    add(file, fileBefore, QObject::tr("Print Pre&view…"), &ExportActions::printPreview,
        QKeySequence());
    file->insertSeparator(fileBefore);
    add(edit, editBefore, QObject::tr("Copy as &Image"), &ExportActions::copyAsImage,
        QKeySequence(QObject::tr("Ctrl+Shift+C")));
}

QString ExportActions::baseName() const
{
    const QString path = m_filePath();
    if (path.isEmpty()) return QObject::tr("design");
    const QFileInfo info(path);
    return info.absolutePath() + QLatin1Char('/') + info.completeBaseName();
}

void ExportActions::fail(const QString& what, const QString& why) const
{
    QMessageBox::warning(m_parent, what, why);
}

void ExportActions::exportDiagram()
{
    DiagramExportDialog dialog(m_parent, baseName() + QStringLiteral(".png"));
    if (dialog.exec() != QDialog::Accepted) return;
    const QString path = dialog.chosenPath();
    if (path.isEmpty()) return;
    QString note;
    if (auto error = exportDiagramTo(path, &note, dialog.includeFindings()))
        fail(QObject::tr("Export Diagram"), *error);
    else if (!note.isEmpty())
        QMessageBox::information(m_parent, QObject::tr("Export Diagram"),
                                 QObject::tr("%1 was %2.").arg(QFileInfo(path).fileName(), note));
}

std::optional<QString> ExportActions::exportDiagramTo(const QString& path, QString* note,
                                                      bool includeFindings) const
{
    if (note) note->clear();
    const std::string format = extensionOf(path.toStdString());
    if (!isDiagramFormat(format))
        return QObject::tr("Cannot tell the format of %1: use a name ending in .png, .svg, .pdf or "
                           ".drawio.")
            .arg(path);
    views::DiagramRenderer renderer(*m_scene);
    renderer.setIncludeFindings(includeFindings);
    const ExportBytes out =
        renderDiagram(renderer, format, QFileInfo(path).completeBaseName(), 2.0);
    if (!out.error.isEmpty()) return QObject::tr("Could not write %1: %2").arg(path, out.error);
    if (note) *note = out.note;
    return written(path, writeExportFile(path, out.bytes));
}

void ExportActions::exportReport()
{
    const QString path = QFileDialog::getSaveFileName(
        m_parent, QObject::tr("Export Report"), baseName() + QStringLiteral("-report.html"),
        QObject::tr("HTML page (*.html);;PDF document (*.pdf);;CSV table (*.csv);;JSON "
                    "(*.json);;Excel workbook (*.xlsx)"));
    if (path.isEmpty()) return;
    if (auto error = exportReportTo(path)) fail(QObject::tr("Export Report"), *error);
}

std::optional<QString> ExportActions::exportReportTo(const QString& path) const
{
    const std::string format = extensionOf(path.toStdString());
    if (!isReportFormat(format))
        return QObject::tr("Cannot tell the format of %1: use a name ending in .html, .pdf, .csv, "
                           ".json or .xlsx.")
            .arg(path);
    const QString source = m_filePath();
    const model::PriceCatalog& prices = m_prices ? m_prices() : model::PriceCatalog::builtin();
    const views::ReportBuilder report(*m_scene, prices,
                                      source.isEmpty()
                                          ? std::string("unsaved design")
                                          : QFileInfo(source).fileName().toStdString());
    const ExportBytes out = renderReport(report, format);
    if (!out.error.isEmpty()) return QObject::tr("Could not write %1: %2").arg(path, out.error);
    return written(path, writeExportFile(path, out.bytes));
}

std::optional<QString> ExportActions::written(const QString& path,
                                              std::optional<QString> error) const
{
    if (!error && m_written) m_written(path);
    return error;
}

void ExportActions::copyAsImage()
{
    QApplication::clipboard()->setImage(views::DiagramRenderer(*m_scene).toImage(2.0));
}

QString ExportActions::printTitle() const
{
    const QString path = m_filePath();
    return path.isEmpty() ? QObject::tr("design") : QFileInfo(path).completeBaseName();
}

void ExportActions::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, m_parent);
    if (dialog.exec() != QDialog::Accepted) return;
    if (auto error = printDiagram(printer, views::DiagramRenderer(*m_scene), printTitle()))
        fail(QObject::tr("Print"), *error);
}

void ExportActions::printPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintPreviewDialog dialog(&printer, m_parent);
    // Called to paint the preview and again when printing from it, maybe to a file.
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, m_parent, [this](QPrinter* p) {
        if (auto error = printDiagram(*p, views::DiagramRenderer(*m_scene), printTitle()))
            fail(QObject::tr("Print"), *error);
    });
    dialog.exec();
}

} // namespace azimuth::app
