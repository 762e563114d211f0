#pragma once
// The view of the canvas: drops from the palette, zoom, pan, connect-by-dragging and
// nudging. It turns gestures into requests to the scene's edit gateway.

#include "model/core/Ids.h"

#include <QGraphicsView>

class QGraphicsLineItem;

namespace azimuth::views {

class CanvasScene;

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

  public slots:
    void zoomIn();
    void zoomOut();
    void resetZoom();
    void zoomToFit();
    void setZoom(qreal factor);
    /// Places a kind at the centre of what the view shows (palette keyboard access).
    void placeAtCenter(const QString& kind);

  signals:
    void zoomChanged(qreal factor);

  protected:
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

    CanvasScene* m_scene;
    bool m_connectMode = false;
    bool m_panning = false;
    bool m_spaceHeld = false;
    QPoint m_panLast;
    model::ComponentId m_connectFrom;
    QGraphicsLineItem* m_rubberLine = nullptr;
};

} // namespace azimuth::views
