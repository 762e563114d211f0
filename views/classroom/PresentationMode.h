#pragma once
// Presentation mode for a classroom: the window full screen with every panel, toolbar,
// menu and status bar hidden, the canvas in its presentation style (larger text, thicker
// lines) and fitted to the screen, an optional slim strip of cost and findings under it,
// and a laser-pointer dot under the mouse. Leaving puts every panel and the editing style
// back as they were. Nothing here edits the design.

#include "views/canvas/CanvasTheme.h"

#include <QObject>
#include <QPointer>
#include <QWidget>
#include <vector>

class QLabel;
class QMainWindow;
class QShortcut;

namespace azimuth::views {

class CanvasStage;
class CanvasView;
class LaserPointer;

class PresentationMode : public QObject
{
    Q_OBJECT
  public:
    /// The canvas may be fitted up to this zoom (larger than editing allows: text reads
    /// from the back of the room).
    static constexpr qreal kMaxZoom = 2.5;

    /// The strip goes under the stage's canvas.
    PresentationMode(QMainWindow& window, CanvasStage& stage, QObject* parent = nullptr);
    ~PresentationMode() override;

    void setActive(bool on);
    bool isActive() const { return m_active; }

    /// The strip's text, rich text (cost and findings); an empty text hides the strip. It
    /// wraps where the text allows (between its parts) when the screen is too narrow.
    void setStripText(const QString& text);
    QLabel* strip() const { return m_strip; }
    LaserPointer* laser() const { return m_laser; }
    /// Fits the design to the view, up to kMaxZoom.
    void fitCanvas();

  signals:
    /// Emitted when the mode turns on or off, also when Esc leaves it.
    void activeChanged(bool on);

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    void applyCanvasTheme(const CanvasTheme& theme);

    QMainWindow& m_window;
    CanvasView& m_view;
    QPointer<CanvasView> m_viewAlive; ///< null once the window has taken the view down
    bool m_active = false;
    QLabel* m_strip;
    LaserPointer* m_laser = nullptr;
    QShortcut* m_escape;
    Qt::WindowStates m_savedWindowState;
    CanvasTheme m_savedTheme;
    std::vector<QPointer<QWidget>> m_hidden;
};

} // namespace azimuth::views
