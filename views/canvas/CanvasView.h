#pragma once
// The view of the canvas: drops from the palette, zoom, pan, connect-by-dragging and
// the keyboard (Tab through components, arrows nudge, Enter to the inspector, Esc back
// to selecting). It turns gestures into requests to the scene's edit gateway.

#include "model/controller/EditResult.h"
#include "model/core/Ids.h"

#include <QGraphicsView>

class QGraphicsLineItem;

namespace azimuth::views {

class CanvasScene;
class CanvasToast;

class CanvasView : public QGraphicsView
{
    Q_OBJECT
  public:
    /// The MIME type a palette drag carries: the kind name in UTF-8.
    static constexpr const char* kKindMime = "application/x-azimuth-kind";

    explicit CanvasView(CanvasScene* scene, QWidget* parent = nullptr);
    CanvasScene* canvas() const { return m_scene; }

    qreal zoom() const { return transform().m11(); }
    /// When on, dragging from any component draws a connection instead of moving it.
    void setConnectMode(bool on);
    bool connectMode() const { return m_connectMode; }
    /// The short message shown at the cursor (a refused drop says why there).
    CanvasToast* toast() const { return m_toast; }

  public slots:
    void zoomIn();
    void zoomOut();
    void resetZoom();
    void zoomToFit();
    void setZoom(qreal factor);
    /// Places a kind at the centre of what the view shows (palette and Insert menu), as a
    /// drop there would; a refusal is said at the centre.
    void placeAtCenter(const QString& kind);
    /// Leaves any tool (the Connect Tool, a connection being drawn, panning) for plain
    /// selecting; with no tool on, clears the selection.
    void leaveTool();

  signals:
    void zoomChanged(qreal factor);
    /// The Connect Tool went on or off (Esc turns it off).
    void connectModeChanged(bool on);
    /// Enter on a selected component or connection: the inspector's turn.
    void inspectRequested();

  protected:
    bool event(QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void keyReleaseEvent(QKeyEvent* event) override;
    void drawBackground(QPainter* painter, const QRectF& rect) override;

  private:
    model::ComponentId componentAt(const QPoint& viewPos) const;
    /// Says why a drop or placement was refused, at `at` (viewport coordinates) and in
    /// the status bar; true when it was applied.
    bool tell(const model::EditResult& result, const QPoint& at);
    /// Tab and Shift+Tab: the next component in keyboard order, scrolled into view.
    void selectNext(bool forward);

    CanvasScene* m_scene;
    bool m_connectMode = false;
    bool m_panning = false;
    bool m_spaceHeld = false;
    QPoint m_panLast;
    model::ComponentId m_connectFrom;
    QGraphicsLineItem* m_rubberLine = nullptr;
    CanvasToast* m_toast;
};

} // namespace azimuth::views
