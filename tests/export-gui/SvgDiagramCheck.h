#pragma once
// Reads an exported diagram back from its SVG alone and checks what a reader of a slide
// relies on: names whole as text, arrows clear of icons and text, containers that do not
// overlap unless one holds the other, icons drawn as vectors. The SVG is read with
// QXmlStreamReader; what each shape is comes from how Azimuth draws it (below).

#include <QByteArray>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <vector>

namespace exporttest {

/// A <text> element: its characters and its box on the page.
struct SvgText
{
    QString text;
    QRectF box;
};

/// A straight piece of an arrow's line, on the page.
struct SvgSegment
{
    QPointF a, b;
};

/// What an exported diagram holds, as read from its SVG.
struct SvgDiagram
{
    std::vector<SvgText> texts;
    /// Icons: drawn from the 64 x 64 icon files, so a 64 x 64 rounded square in the
    /// icon's own units opens each one.
    std::vector<QRectF> icons;
    /// Arrow lines: stroked in the theme's line colour at 1.5 units, unfilled.
    std::vector<SvgSegment> arrows;
    /// Container frames: a region's solid unfilled outline two units wide, or a zone's or
    /// frame's dashed outline over a see-through fill (a band's fill is opaque).
    std::vector<QRectF> containers;
    int images = 0; ///< <image> elements: bitmaps
    QString error;
};

/// Reads `svg`; `lineColor` is the theme's arrow colour ("#545b64" in the light theme).
SvgDiagram readSvgDiagram(const QByteArray& svg, const QString& lineColor = "#545b64");

/// Everything wrong with a diagram, one line each; empty when it passes. `names` must
/// each appear whole in one text; `minIcons` icons at least must be vectors.
QStringList diagramProblems(const SvgDiagram& d, const QStringList& names, int minIcons);

} // namespace exporttest
