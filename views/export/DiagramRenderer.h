#pragma once
// The canvas drawn for export: cropped to the design with a margin, with no selection,
// editing handles or hover marks, and no finding badges unless asked, as a bitmap (PNG),
// SVG (real <text> elements) or a one-page PDF.

#include "Theme.h"

#include <QByteArray>
#include <QImage>
#include <QRectF>
#include <optional>

class QPainter;

namespace azimuth::views {

class CanvasScene;

/// The size of a raster export: the scale used, and whether it is lower than asked.
struct RasterSize
{
    qreal scale = 1.0;
    QSize pixels;
    bool reduced = false;
};

class DiagramRenderer
{
  public:
    /// Blank space around the design, in scene units.
    static constexpr qreal kMargin = 24;
    /// Raster exports stay within what common image viewers open.
    static constexpr int kMaxRasterSide = 16384;
    static constexpr qint64 kMaxRasterPixels = 100'000'000;
    /// Below this scale a component's box is under a pixel: such an image shows nothing
    /// and is refused instead.
    static constexpr qreal kMinRasterScale = 0.01;
    /// PDF readers support pages up to 200 x 200 inches (in points).
    static constexpr qreal kMaxPdfPagePoints = 200 * 72;

    explicit DiagramRenderer(CanvasScene& scene, Theme theme = Theme::light());

    /// Draws the canvas's finding badges too (off by default: a diagram for a client
    /// shows the design, not its review).
    void setIncludeFindings(bool on) { m_includeFindings = on; }
    bool includesFindings() const { return m_includeFindings; }

    /// The part of the scene drawn: every item's bounds plus the margin.
    QRectF sourceRect() const;
    /// The image size at `scale`, lowered until the image is within kMaxRasterSide and
    /// kMaxRasterPixels; none when that would take a scale under kMinRasterScale.
    std::optional<RasterSize> rasterSize(qreal scale) const;
    /// The design at `scale` device pixels per scene unit, or at the lower scale
    /// rasterSize() gives (a null image when it gives none); a transparent or themed
    /// background.
    QImage toImage(qreal scale = 1.0, bool transparent = false) const;
    /// The scale of the PDF page: 1 (a scene unit a point) unless the page would pass
    /// kMaxPdfPagePoints on a side.
    qreal pdfScale() const;
    /// SVG 1.1 text; `title` becomes the document's <title>.
    QByteArray toSvg(const QString& title) const;
    /// A one-page PDF the size of the diagram (times pdfScale()), vector with selectable
    /// text.
    QByteArray toPdf(const QString& title) const;
    /// The design as a draw.io file (model/export/DrawioDiagram.h) at the same layout as
    /// the picture; `title` names its page.
    QByteArray toDrawio(const QString& title) const;
    /// Draws the diagram fitted into `target` (aspect kept, centred) on any painter:
    /// printers and report pages. Paints the background unless `transparent`.
    void paint(QPainter& painter, const QRectF& target, bool transparent = false) const;

  private:
    CanvasScene& m_scene;
    Theme m_theme;
    bool m_includeFindings = false;
};

} // namespace azimuth::views
