#pragma once
// Every file the designer and the command line export is made in memory first and then
// written through the same safe-write path as a save (model/io/SafeWrite.h: a temporary
// file, flushed, renamed over the target), so a failure at any step, from encoding to
// the rename, leaves an existing file exactly as it was.

#include <QByteArray>
#include <QString>
#include <optional>
#include <string>

class QPrinter;

namespace azimuth::views {
class DiagramRenderer;
class ReportBuilder;
} // namespace azimuth::views

namespace azimuth::app {

/// An export made in memory: the file's bytes, or why it could not be made.
struct ExportBytes
{
    QByteArray bytes;
    QString error; ///< empty when the bytes are good
    QString note;  ///< what the user should know of good bytes (a lowered scale)
};

/// The diagram as a "png", "svg", "pdf" or "drawio" file. `title` goes into the file's
/// metadata (the page name of a draw.io file); `scale` (device pixels per scene unit) and
/// `transparent` apply to PNG only. A PNG past the raster limits is made at a lower scale
/// and a PDF past the page limit is scaled down, each with a note; a PNG whose components
/// would be under a pixel is an error.
ExportBytes renderDiagram(const views::DiagramRenderer& renderer, const std::string& format,
                          const QString& title, double scale, bool transparent = false);
/// The report as an "html" ("htm"), "pdf", "csv", "json" or "xlsx" file.
ExportBytes renderReport(const views::ReportBuilder& report, const std::string& format);

/// Writes `bytes` to `path` through the safe-write path. Empty on success; otherwise
/// "Could not write PATH: what failed".
std::optional<QString> writeExportFile(const QString& path, const QByteArray& bytes);

/// True when `printer` would write a PDF file of its own (the print dialog's "Print to
/// File"), rather than paint a print preview or send pages to a printer.
bool printsToFile(QPrinter& printer);
/// Prints the diagram fitted to the printer's page. When the printer prints to a file,
/// the PDF is made in memory with the printer's page layout and written through the
/// safe-write path instead of by the printer. Empty on success, else what failed.
std::optional<QString> printDiagram(QPrinter& printer, const views::DiagramRenderer& renderer,
                                    const QString& title);

} // namespace azimuth::app
