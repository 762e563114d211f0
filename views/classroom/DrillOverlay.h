#pragma once
// Drill mode on the canvas (drill.md): clicking a zone or region fails it, clicking it
// again restores it. What the drill finds is drawn on top of the design with the
// overlay's own items — lost components greyed and crossed, degraded ones amber with
// their surviving capacity, broken connections red — and a banner above the canvas (on
// the stage, outside the viewport, so it never hides the diagram) says whether each group
// of users is still served. The document is never touched: the view stops editing while
// the mode is on.

#include "model/drill/DrillResult.h"

#include <QObject>
#include <QPointer>
#include <QRectF>
#include <optional>
#include <vector>

class QGraphicsItem;
class QLabel;

namespace azimuth::views {

class CanvasScene;
class CanvasStage;
class CanvasView;

class DrillOverlay : public QObject
{
    Q_OBJECT
  public:
    /// Drawn above every canvas item.
    static constexpr qreal kOverlayZ = 10000;

    /// The banner goes above the stage's canvas.
    explicit DrillOverlay(CanvasStage& stage, QObject* parent = nullptr);
    ~DrillOverlay() override;

    /// Turns drill mode on or off; off restores every failed zone and the view's editing.
    void setActive(bool on);
    bool isActive() const { return m_active; }

    /// Fails a zone or region, or restores it when it is failed; false when the id is
    /// not a zone or region of the design (or the mode is off).
    bool toggle(const model::ComponentId& id);
    /// Restores everything failed.
    void restoreAll();
    const std::vector<model::ComponentId>& failed() const { return m_failed; }
    /// The drill of what is failed now, or none when nothing is.
    const std::optional<model::DrillResult>& result() const { return m_result; }

    /// The zone or region under a viewport point (the innermost one), or an empty id.
    model::ComponentId targetAt(const QPoint& viewportPos) const;
    /// The banner's plain text, as shown (for tests and screen readers).
    QString bannerText() const;
    QLabel* banner() const { return m_banner; }
    /// The banner's text size in points (larger when presenting).
    void setBannerTextSize(qreal points);
    /// The overlay's items now in the scene.
    const std::vector<QGraphicsItem*>& overlayItems() const { return m_items; }

  signals:
    /// The failed set or the drill's outcome changed.
    void drillChanged();

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    void refresh();
    void clearItems();
    void drawResult(const model::DrillResult& result);
    void drawLost(const model::ComponentId& id, bool failedHere);
    void drawDegraded(const model::ComponentId& id, const QString& label);
    void drawBroken(const model::ConnectionId& id);
    QGraphicsItem* addLabel(const QString& text, const QPointF& anchor, const QColor& fill,
                            bool centred);
    void updateBanner();
    /// The design's components and connections, in scene coordinates.
    QRectF designRect() const;
    bool designInSight() const;

    CanvasView& m_view;
    CanvasScene& m_scene;
    QPointer<CanvasView> m_viewAlive; ///< null once the window has taken the view down
    bool m_active = false;
    bool m_wasInteractive = true;
    bool m_acceptedDrops = true;
    std::vector<model::ComponentId> m_failed;
    std::optional<model::DrillResult> m_result;
    std::vector<QGraphicsItem*> m_items;
    QLabel* m_banner;
    /// Set when the banner changed height while the whole design was in sight: until the
    /// next zoom, a resize of the view that pushes part of the design out fits it again
    /// (the stage lays the banner out later, and a window system may resize in between).
    bool m_keepInSight = false;
    qreal m_bannerPoints = 11;
};

} // namespace azimuth::views
