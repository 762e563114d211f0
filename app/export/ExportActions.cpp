#include "ExportActions.h"

#include "OutputFormat.h"
#include "model/io/SafeWrite.h"
#include "views/canvas/CanvasScene.h"
#include "views/export/DiagramRenderer.h"
#include "views/export/ReportBuilder.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace azimuth::app {

ExportActions::ExportActions(QWidget* parent, views::CanvasScene* scene,
                             std::function<QString()> filePath)
    : m_parent(parent), m_scene(scene), m_filePath(std::move(filePath))
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
    QString selected;
    const QString path = QFileDialog::getSaveFileName(
        m_parent, QObject::tr("Export Diagram"), baseName() + QStringLiteral(".png"),
        QObject::tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"), &selected);
    if (path.isEmpty()) return;
    const std::string ext = extensionOf(path.toStdString());
    views::DiagramRenderer renderer(*m_scene);
    const QString title = QFileInfo(path).completeBaseName();
    QByteArray bytes;
    if (ext == "svg") {
        bytes = renderer.toSvg(title);
    } else if (ext == "pdf") {
        bytes = renderer.toPdf(title);
    } else if (ext == "png") {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        renderer.toImage(2.0).save(&buffer, "PNG");
    } else {
        fail(QObject::tr("Export Diagram"),
             QObject::tr("Cannot tell the format of %1: use a name ending in .png, .svg or .pdf.")
                 .arg(path));
        return;
    }
    if (auto error = model::writeFileAtomically(path.toStdString(), bytes.toStdString()))
        fail(QObject::tr("Export Diagram"), QString::fromStdString(*error));
}

void ExportActions::exportReport()
{
    const QString path = QFileDialog::getSaveFileName(
        m_parent, QObject::tr("Export Report"), baseName() + QStringLiteral("-report.html"),
        QObject::tr("HTML page (*.html);;PDF document (*.pdf);;CSV table (*.csv);;JSON (*.json)"));
    if (path.isEmpty()) return;
    const std::string ext = extensionOf(path.toStdString());
    const QString source = m_filePath();
    views::ReportBuilder report(*m_scene, model::PriceCatalog::builtin(),
                                source.isEmpty() ? std::string("unsaved design")
                                                 : QFileInfo(source).fileName().toStdString());
    std::string bytes;
    if (ext == "html" || ext == "htm")
        bytes = report.html();
    else if (ext == "pdf")
        bytes = report.pdf().toStdString();
    else if (ext == "csv")
        bytes = report.csv();
    else if (ext == "json")
        bytes = report.json();
    else {
        fail(QObject::tr("Export Report"),
             QObject::tr("Cannot tell the format of %1: use a name ending in .html, .pdf, .csv or "
                         ".json.")
                 .arg(path));
        return;
    }
    if (auto error = model::writeFileAtomically(path.toStdString(), bytes))
        fail(QObject::tr("Export Report"), QString::fromStdString(*error));
}

void ExportActions::copyAsImage()
{
    QApplication::clipboard()->setImage(views::DiagramRenderer(*m_scene).toImage(2.0));
}

void ExportActions::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, m_parent);
    if (dialog.exec() != QDialog::Accepted) return;
    QPainter painter(&printer);
    views::DiagramRenderer(*m_scene).paint(
        painter, printer.pageRect(QPrinter::DevicePixel)
                     .translated(-printer.pageRect(QPrinter::DevicePixel).topLeft()));
}

void ExportActions::printPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintPreviewDialog dialog(&printer, m_parent);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, m_parent, [this](QPrinter* p) {
        QPainter painter(p);
        const QRectF page = p->pageRect(QPrinter::DevicePixel);
        views::DiagramRenderer(*m_scene).paint(painter, page.translated(-page.topLeft()));
    });
    dialog.exec();
}

} // namespace azimuth::app
