#pragma once
// Compare mode's marks on the canvas (diff.md): components added since the other
// version outlined green, changed ones amber, each with its cost delta, and removed ones
// as dashed ghosts where they stood. The marks are the overlay's own inert items; the
// document is never touched.

#include "model/diff/DesignDiff.h"

#include <QColor>
#include <QObject>
#include <QPointer>
#include <QRectF>
#include <map>
#include <string>
#include <vector>

class QGraphicsItem;

namespace azimuth::views {

class CanvasScene;

class CompareOverlay : public QObject
{
    Q_OBJECT
  public:
    /// Drawn above every canvas item.
    static constexpr qreal kOverlayZ = 10000;
    static const QColor kAdded;
    static const QColor kChanged;
    static const QColor kRemoved;

    explicit CompareOverlay(CanvasScene& scene, QObject* parent = nullptr);
    ~CompareOverlay() override;

    /// Marks the canvas with a diff whose NEW is the design on it and whose OLD is
    /// `before`; replaces the marks drawn before.
    void show(const model::Design& before, const model::DesignDiff& diff);
    /// Takes every mark off the canvas.
    void clear();

    /// The overlay's items now in the scene.
    const std::vector<QGraphicsItem*>& items() const { return m_items; }
    /// The label drawn for each marked component id ("+$25.00", "new", "removed, -$28.11").
    const std::map<std::string, QString>& labels() const { return m_labels; }
    /// Where a removed component's ghost stands, in scene coordinates.
    QRectF ghostRect(const std::string& id) const;

  private:
    void mark(const model::ItemChange& item, const model::Design& before,
              const std::map<std::string, double>& deltas);
    QRectF placeGhost(const model::Design& before, const model::Component& gone);
    void addLabel(const QString& text, const QPointF& anchor, const QColor& fill);
    void addFrame(const QRectF& box, const QColor& colour, bool dashed, bool filled);

    CanvasScene& m_scene;
    QPointer<CanvasScene> m_sceneAlive;
    std::vector<QGraphicsItem*> m_items;
    std::map<std::string, QString> m_labels;
    std::map<std::string, QRectF> m_ghosts;
    qreal m_nextLooseGhostY = 0; ///< where the next ghost with no known place goes
};

} // namespace azimuth::views
