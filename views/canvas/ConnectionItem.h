#pragma once
// An arrow between two components: orthogonal, leaving and entering at the middle of a
// side, dashed when async, with its label. Holds only the connection's id.

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
    /// The route's corner points, first to last.
    const QVector<QPointF>& points() const { return m_points; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

  private:
    bool segmentClear(const QPointF& a, const QPointF& b) const;

    CanvasScene& m_scene;
    model::ConnectionId m_id;
    model::ComponentId m_from;
    model::ComponentId m_to;
    QString m_label;
    qreal m_labelWidth = 0; ///< the label's box width, measured when the label changes
    bool m_async = false;
    QVector<QPointF> m_points;
    QPainterPath m_path;
    QRectF m_bounds;
};

} // namespace azimuth::views
