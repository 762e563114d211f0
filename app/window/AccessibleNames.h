#pragma once
// Names and descriptions a screen reader says for the parts of the designer window that
// the window itself assembles (the canvas, the docks' contents, the status bar), so a
// student hears where the focus is. Panels name their own fields where they make them.

class QMainWindow;
class QWidget;

namespace azimuth::app {

/// Names the window's canvas, docks and toolbars. Call once the docks exist.
void nameForScreenReaders(QMainWindow& window, QWidget* canvas);

} // namespace azimuth::app
