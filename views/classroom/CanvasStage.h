#pragma once
// The canvas with a bar above it and a strip below it, outside the view's viewport: what
// the classroom modes say about a diagram (the drill's banner, the presentation's cost
// and findings) never covers the diagram. Bars are shown and hidden by their owners; the
// viewport takes whatever height they leave.

#include <QWidget>

class QVBoxLayout;

namespace azimuth::views {

class CanvasView;

class CanvasStage : public QWidget
{
    Q_OBJECT
  public:
    /// Takes `view` into the stage (reparents it).
    explicit CanvasStage(CanvasView& view, QWidget* parent = nullptr);

    CanvasView& view() const { return m_view; }
    /// Puts `bar` above the canvas, under any bar added before; the stage owns it.
    void addTopBar(QWidget* bar);
    /// Puts `bar` below the canvas, under any strip added before; the stage owns it.
    void addBottomBar(QWidget* bar);

  private:
    CanvasView& m_view;
    QVBoxLayout* m_column;
    int m_topBars = 0;
};

} // namespace azimuth::views
