#pragma once
// The palette an exported diagram or report is drawn in: light (the canvas as seen) or
// dark.

#include "views/canvas/CanvasTheme.h"

#include <QColor>
#include <QString>
#include <optional>

namespace azimuth::views {

struct Theme
{
    QString name;
    QColor background;      ///< page behind the diagram
    QColor frame;           ///< rules, borders, chart tracks
    QColor text;            ///< body text
    QColor mutedText;       ///< captions and secondary figures
    QColor line;            ///< connection arrows
    QColor labelBackground; ///< the box behind connection labels

    /// The colours canvas items draw their text and arrows in under this theme.
    CanvasTheme canvas() const { return {text, mutedText, line, labelBackground}; }

    /// The canvas's own look: white page, dark text.
    static Theme light();
    /// Dark page, light text, for slides with a dark background.
    static Theme dark();
    /// The theme called `name` ("light" or "dark"); nullopt for any other name.
    static std::optional<Theme> byName(const QString& name);
};

} // namespace azimuth::views
