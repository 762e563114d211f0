#include "ExportFile.h"

#include "model/io/SafeWrite.h"
#include "views/export/DiagramRenderer.h"
#include "views/export/ReportBuilder.h"

#include <QBuffer>
#include <QImageWriter>
#include <QObject>
#include <QPaintEngine>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <cmath>

namespace azimuth::app {

ExportBytes renderDiagram(const views::DiagramRenderer& renderer, const std::string& format,
                          const QString& title, double scale, bool transparent)
{
    ExportBytes out;
    if (format == "svg") {
        out.bytes = renderer.toSvg(title);
    } else if (format == "pdf") {
        out.bytes = renderer.toPdf(title);
        if (const qreal s = renderer.pdfScale(); s < 1.0)
            out.note = QObject::tr("scaled to %1 to fit the 200-inch pages PDF readers support; "
                                   "the drawing stays vector")
                           .arg(s, 0, 'f', 2);
    } else if (format == "drawio") {
        out.bytes = renderer.toDrawio(title);
    } else if (format == "png") {
        using views::DiagramRenderer;
        const std::optional<views::RasterSize> size = renderer.rasterSize(scale);
        if (!size) {
            const QSizeF source = renderer.sourceRect().size();
            out.error = QObject::tr("the diagram is too large for a PNG: %1 x %2 units would "
                                    "need a scale under %3 to stay under %4 px a side and "
                                    "%5 MP; use SVG or PDF")
                            .arg(qint64(std::ceil(source.width())))
                            .arg(qint64(std::ceil(source.height())))
                            .arg(DiagramRenderer::kMinRasterScale)
                            .arg(DiagramRenderer::kMaxRasterSide)
                            .arg(DiagramRenderer::kMaxRasterPixels / 1'000'000);
            return out;
        }
        if (size->reduced)
            out.note = QObject::tr("scaled to %1 to stay under %2 px a side and %3 MP; use SVG "
                                   "or PDF for full size")
                           .arg(size->scale, 0, 'g', 2)
                           .arg(DiagramRenderer::kMaxRasterSide)
                           .arg(DiagramRenderer::kMaxRasterPixels / 1'000'000);
        const QImage image = renderer.toImage(scale, transparent);
        if (image.isNull()) {
            out.error = QObject::tr("not enough memory for a %1 x %2 px image; use SVG or PDF")
                            .arg(size->pixels.width())
                            .arg(size->pixels.height());
            return out;
        }
        QBuffer buffer(&out.bytes);
        buffer.open(QIODevice::WriteOnly);
        QImageWriter writer(&buffer, "png");
        writer.setText(QStringLiteral("Title"), title);
        if (!writer.write(image))
            out.error = QObject::tr("could not encode the PNG: %1").arg(writer.errorString());
    } else {
        out.error = QObject::tr("a diagram is written as .png, .svg, .pdf or .drawio, not .%1")
                        .arg(QString::fromStdString(format));
    }
    return out;
}

ExportBytes renderReport(const views::ReportBuilder& report, const std::string& format)
{
    ExportBytes out;
    if (format == "html" || format == "htm")
        out.bytes = QByteArray::fromStdString(report.html());
    else if (format == "pdf")
        out.bytes = report.pdf();
    else if (format == "csv")
        out.bytes = QByteArray::fromStdString(report.csv());
    else if (format == "json")
        out.bytes = QByteArray::fromStdString(report.json());
    else if (format == "xlsx")
        out.bytes = report.xlsx(out.error);
    else
        out.error = QObject::tr("a report is written as .html, .pdf, .csv, .json or .xlsx, not .%1")
                        .arg(QString::fromStdString(format));
    return out;
}

std::optional<QString> writeExportFile(const QString& path, const QByteArray& bytes)
{
    if (auto why = model::writeFileAtomically(path.toStdString(), bytes.toStdString()))
        return QObject::tr("Could not write %1: %2").arg(path, QString::fromStdString(*why));
    return std::nullopt;
}

bool printsToFile(QPrinter& printer)
{
    // A print preview paints through a picture engine even when the dialog's printer
    // is set to a file: that paints pages on screen and writes nothing.
    const QPaintEngine* engine = printer.paintEngine();
    return printer.outputFormat() == QPrinter::PdfFormat && !printer.outputFileName().isEmpty() &&
           !(engine && engine->type() == QPaintEngine::Picture);
}

std::optional<QString> printDiagram(QPrinter& printer, const views::DiagramRenderer& renderer,
                                    const QString& title)
{
    if (!printsToFile(printer)) {
        QPainter painter;
        if (!painter.begin(&printer))
            return QObject::tr("Could not start printing on %1").arg(printer.printerName());
        const QRectF page = printer.pageRect(QPrinter::DevicePixel);
        renderer.paint(painter, page.translated(-page.topLeft()));
        painter.end();
        return std::nullopt;
    }
    // QPrinter would write the file in place as it paints; make the same PDF in memory
    // (the printer's page size, orientation, margins and resolution) and write it safely.
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(printer.pdfVersion());
        writer.setPageLayout(printer.pageLayout());
        writer.setResolution(printer.resolution());
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Azimuth"));
        QPainter painter;
        if (!painter.begin(&writer))
            return QObject::tr("Could not write %1: could not start the PDF")
                .arg(printer.outputFileName());
        const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
        renderer.paint(painter, QRectF(QPointF(0, 0), page.size()));
        painter.end();
    }
    return writeExportFile(printer.outputFileName(), bytes);
}

} // namespace azimuth::app
