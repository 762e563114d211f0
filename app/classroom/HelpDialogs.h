#pragma once
// Help > Keyboard Shortcuts (built from the window's own actions, so it never goes
// stale) and Help > Getting Started.

#include <QList>
#include <QPair>
#include <QString>

class QWidget;

namespace azimuth::app {

/// (what, keys) for every action of `window` that has a shortcut, then the canvas's
/// gestures; in menu order.
QList<QPair<QString, QString>> shortcutRows(const QWidget& window);
/// Shows the shortcuts table in a dialog.
void showKeyboardShortcuts(QWidget* window);
/// The Getting Started page.
QString gettingStartedHtml();
/// Shows the Getting Started page in a dialog.
void showGettingStarted(QWidget* window);

} // namespace azimuth::app
