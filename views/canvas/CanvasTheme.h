#pragma once
// The colours canvas items draw text and lines in, so an export can draw the same
// scene on a dark page. Kind colours stay as they are in every theme.

#include <QColor>

namespace azimuth::views {

struct CanvasTheme
{
    QColor title{0x23, 0x2F, 0x3E};             ///< component names
    QColor fact{0x54, 0x5B, 0x64};              ///< the summary line under a name
    QColor line{0x54, 0x5B, 0x64};              ///< connection arrows
    QColor labelBackground{255, 255, 255, 230}; ///< the box behind a connection label
};

} // namespace azimuth::views
