#pragma once
// Insert > every kind of the catalog, one submenu per palette category with the palette's
// labels and icons: a component added from the keyboard lands at the view's centre, as
// a drop there would.

class QMenu;

namespace azimuth::views {
class CanvasView;
}

namespace azimuth::app {

/// Adds a submenu per category to `menu`, each kind placing itself at `view`'s centre.
void addKindsToInsertMenu(QMenu& menu, views::CanvasView& view);

} // namespace azimuth::app
