#pragma once
// The docks around the canvas, arranged for the window's width: at kCompactBelow px and
// wider the inspector sits above the cost panel on the right; narrower, the two share
// one tabbed dock and the side docks narrow, so the canvas keeps at least half the
// window's width (a 1024 x 700 classroom projector included). Whatever the width, side
// docks are narrowed when the canvas would get less than half.

#include <QObject>
#include <optional>

class QDockWidget;
class QMainWindow;

namespace azimuth::app {

/// The window's docks, by role.
struct WindowDocks
{
    QDockWidget* palette = nullptr;
    QDockWidget* inspector = nullptr;
    QDockWidget* cost = nullptr;
    QDockWidget* findings = nullptr;
};

class DockLayout : public QObject
{
    Q_OBJECT
  public:
    /// Windows narrower than this get the compact arrangement.
    static constexpr int kCompactBelow = 1280;

    DockLayout(QMainWindow& window, WindowDocks docks);

    /// Whether the arrangement in place is the compact one; none before the first.
    std::optional<bool> compact() const { return m_compact; }
    /// Takes the arrangement as restored from settings (made at that width class), so a
    /// restart keeps what the user arranged instead of arranging afresh.
    void adoptRestored(bool compact) { m_compact = compact; }
    /// Arranges for the window's current width now (tests; resizes do it by themselves).
    void fit();

  signals:
    /// The docks were arranged afresh for a new width class (the canvas changed size).
    void arranged();

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    void arrange(bool compact);
    /// Narrows the side docks until the canvas has half the window's width.
    void keepCanvasHalf();
    /// Names the tab bars of tabbed docks for screen readers.
    void nameTabBars();

    QMainWindow& m_window;
    WindowDocks m_docks;
    std::optional<bool> m_compact;
    bool m_queued = false;
};

} // namespace azimuth::app
