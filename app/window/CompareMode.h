#pragma once
// File > Compare With… (diff.md): compares the design in the window with another file or
// with the last saved version of itself, marks the canvas and lists the sections of
// `azimuth diff` in a panel. The mode only looks: the canvas, palette, inspector and Edit
// menu take no edits while it is on, and leaving it leaves the document and the undo
// stack as they were.

#include "model/core/Design.h"

#include <QObject>
#include <QString>
#include <optional>
#include <vector>

class QAction;
class QDockWidget;
class QMenu;

namespace azimuth::views {
class CompareOverlay;
class ComparePanel;
} // namespace azimuth::views

namespace azimuth::app {

class MainWindow;

class CompareMode : public QObject
{
    Q_OBJECT
  public:
    /// Adds File > Compare With… before `before` in `fileMenu`; the window owns the result.
    static CompareMode* install(MainWindow& window, QMenu* fileMenu, QAction* before);

    /// Compares with a design file; false (with the loader's message) when it cannot be read.
    bool compareWith(const QString& path, QString* error = nullptr);
    /// Compares with the window's file as last saved; false when there is none.
    bool compareWithSaved(QString* error = nullptr);
    /// Takes the marks and the panel away and gives editing back.
    void leave();
    bool isActive() const { return m_other.has_value(); }

    QAction* action() const { return m_action; }
    views::CompareOverlay* overlay() const { return m_overlay; }
    views::ComparePanel* panel() const { return m_panel; }
    QDockWidget* dock() const { return m_dock; }

  private:
    explicit CompareMode(MainWindow& window);
    void choose();
    void enter(model::Design other, const QString& label);
    void refresh();
    void setEditing(bool on);

    MainWindow& m_window;
    QAction* m_action = nullptr;
    views::CompareOverlay* m_overlay = nullptr;
    views::ComparePanel* m_panel = nullptr;
    QDockWidget* m_dock = nullptr;
    std::optional<model::Design> m_other;
    QString m_label;
    bool m_wasInteractive = true;
    bool m_acceptedDrops = true;
    std::vector<std::pair<QAction*, bool>> m_editActions; ///< and whether each was enabled
};

} // namespace azimuth::app
