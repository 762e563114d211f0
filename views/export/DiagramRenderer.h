#pragma once
// The canvas drawn for export: cropped to the design with a margin, with no selection
// or hover marks, as a bitmap (PNG), SVG (real <text> elements) or a one-page PDF.

#include "Theme.h"

#include <QByteArray>
#include <QImage>
#include <QRectF>

class QPainter;

namespace azimuth::views {

class CanvasScene;

class DiagramRenderer
{
  public:
    /// Blank space around the design, in scene units.
    static constexpr qreal kMargin = 24;

    explicit DiagramRenderer(CanvasScene& scene, Theme theme = Theme::light());

    /// The part of the scene drawn: every item's bounds plus the margin.
    QRectF sourceRect() const;
    /// The design at `scale` device pixels per scene unit; a transparent or themed
    /// background.
    QImage toImage(qreal scale = 1.0, bool transparent = false) const;
    /// SVG 1.1 text; `title` becomes the document's <title>.
    QByteArray toSvg(const QString& title) const;
    /// A one-page PDF the size of the diagram, vector with selectable text.
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
};

} // namespace azimuth::views
