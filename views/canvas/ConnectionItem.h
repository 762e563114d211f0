#pragma once
// An arrow between two components, dashed when async, with its label. The scene's router
// draws its path around icons, names and titles and finds its label a free place. Holds
// only the connection's id.

#include "model/core/Ids.h"

#include <QGraphicsItem>
#include <QPainterPath>

namespace azimuth::views {

class CanvasScene;

class ConnectionItem : public QGraphicsItem
{
  public:
    enum
    {
        Type = UserType + 2
    };
    ConnectionItem(CanvasScene& scene, model::ConnectionId id);

    int type() const override { return Type; }
    const model::ConnectionId& id() const { return m_id; }
    /// Re-reads label and mode from the model.
    void refresh();
    /// Re-routes from the current boxes of its ends.
    void reroute();
    /// A straight line between its ends' boxes, without a label, until it is routed.
    void drawStraight();
    /// The route's corner points, first to last.
    const QVector<QPointF>& points() const { return m_points; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    /// Where the label is drawn, in scene coordinates (empty without a label).
    QRectF labelBox() const { return m_labelBox; }

  private:
    /// Takes a new path and label box, telling the scene's index when its bounds move.
    void setRoute(const QVector<QPointF>& points, const QRectF& labelBox);
    /// The label's box at the theme's text size: presentation mode's is larger.
    QSizeF labelSize() const;

    CanvasScene& m_scene;
    model::ConnectionId m_id;
    model::ComponentId m_from;
    model::ComponentId m_to;
    QString m_label;
    QRectF m_labelBox;
    bool m_async = false;
    QVector<QPointF> m_points;
    QPainterPath m_path;
    QRectF m_bounds;
};

} // namespace azimuth::views
