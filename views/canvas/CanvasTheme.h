#pragma once
// The colours canvas items draw text and lines in, so an export can draw the same
// scene on a dark page, and the sizes of that text and those lines, so a presentation
// can be read from the back of a room. Kind colours stay as they are in every theme.

#include <QColor>

namespace azimuth::views {

struct CanvasTheme
{
    QColor title{0x23, 0x2F, 0x3E};             ///< component names
    QColor fact{0x54, 0x5B, 0x64};              ///< the summary line under a name
    QColor line{0x54, 0x5B, 0x64};              ///< connection arrows
    QColor labelBackground{255, 255, 255, 230}; ///< the box behind a connection label
    qreal textScale = 1.0; ///< names, facts, frame titles and connection labels
    qreal lineScale = 1.0; ///< connection, frame and band line widths

    bool operator==(const CanvasTheme&) const = default;

    /// `base` for a projector: larger text and lines twice as thick. Boxes keep their
    /// size, so the layout is the same as when editing; the text grows only as far as
    /// the room arrows leave beside a zone's title.
    static CanvasTheme presentation(CanvasTheme base)
    {
        base.textScale = 1.15;
        base.lineScale = 2.0;
        return base;
    }
};

} // namespace azimuth::views
