#pragma once
// File > Export Diagram…, Export Report…, Print…, Print Preview… and Edit > Copy as
// Image: what the designer's menus call, kept here so the window only wires them up.

#include <QString>
#include <functional>
#include <optional>

class QAction;
class QMenu;
class QWidget;

namespace azimuth::model {
class PriceCatalog;
}
namespace azimuth::views {
class CanvasScene;
}

namespace azimuth::app {

class ExportActions
{
  public:
    /// `filePath` says which file the document is (empty when unsaved), for names.
    /// `prices` gives the price catalog the design is costed with (the one chosen in
    /// Settings), so a report says what the cost panel says; none means the built-in one.
    ExportActions(QWidget* parent, views::CanvasScene* scene, std::function<QString()> filePath,
                  std::function<const model::PriceCatalog&()> prices = {});

    /// Adds the export and print entries to `file` before `fileBefore`, and Copy as
    /// Image to `edit` before `editBefore`.
    void addTo(QMenu* file, QAction* fileBefore, QMenu* edit, QAction* editBefore);

    /// Called with the path of every file an export wrote (the status bar says where).
    void setWrittenHandler(std::function<void(const QString&)> written)
    {
        m_written = std::move(written);
    }

    /// Asks for a file (and whether to include findings) and writes the diagram as PNG,
    /// SVG, PDF or draw.io by its extension.
    void exportDiagram();
    /// Asks for a file and writes the report as HTML, PDF, CSV, JSON or an Excel workbook
    /// by its extension.
    void exportReport();
    /// Writes the diagram to `path` (format by extension) through the safe-write path.
    /// Empty on success; otherwise what failed, naming the path. A failure leaves an
    /// existing file untouched. `note`, when given, receives what the user should know
    /// of a written file (a lowered scale), or is cleared. The finding badges are drawn
    /// only with `includeFindings`; never the selection or editing handles.
    std::optional<QString> exportDiagramTo(const QString& path, QString* note = nullptr,
                                           bool includeFindings = false) const;
    /// The same for the report.
    std::optional<QString> exportReportTo(const QString& path) const;
    /// Puts the diagram on the clipboard as an image (twice the canvas resolution).
    void copyAsImage();
    void print();
    void printPreview();

  private:
    QString baseName() const;
    QString printTitle() const;
    void fail(const QString& what, const QString& why) const;
    /// Tells the written handler of a good write; passes `error` on.
    std::optional<QString> written(const QString& path, std::optional<QString> error) const;

    QWidget* m_parent;
    views::CanvasScene* m_scene;
    std::function<QString()> m_filePath;
    std::function<const model::PriceCatalog&()> m_prices;
    std::function<void(const QString&)> m_written;
};

} // namespace azimuth::app
