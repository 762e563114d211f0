#pragma once
// A component on the canvas. It holds only the component's id; it reads what it shows
// from the model when told to refresh, and its box from the scene's layout.

#include "ComponentText.h"
#include "model/core/Ids.h"
#include "model/layout/RouteTypes.h"

#include <QColor>
#include <QGraphicsItem>
#include <QString>

namespace azimuth::views {

class CanvasScene;

class ComponentItem : public QGraphicsItem
{
  public:
    enum
    {
        Type = UserType + 1
    };
    /// How a kind is drawn.
    enum class Look
    {
        Region,
        Zone,
        Frame,
        Band,
        Node
    };

    ComponentItem(CanvasScene& scene, model::ComponentId id);

    int type() const override { return Type; }
    const model::ComponentId& id() const { return m_id; }
    Look look() const { return m_look; }
    bool isContainer() const
    {
        return m_look == Look::Region || m_look == Look::Zone || m_look == Look::Frame;
    }
    bool isResizable() const { return m_look != Look::Node; }

    /// The colour it is drawn in (a public subnet's differs from a private one's).
    const QColor& color() const { return m_color; }
    /// Re-reads name, kind, summary and look from the model.
    void refresh();
    /// Puts the item where the layout says, without counting as a user move.
    void setBox(const QRectF& sceneBox);
    /// Moves the item by the scene as part of a container drag.
    void moveSilently(const QPointF& delta);
    /// The item's box in scene coordinates.
    QRectF box() const { return QRectF(pos(), m_size); }
    /// Where a connection drag starts, in scene coordinates.
    QPointF connectHandle() const;
    bool hitsConnectHandle(const QPointF& scenePos) const;
    /// A container's title (a region's tab) in scene coordinates, empty for others: arrows
    /// keep clear of it.
    QRectF labelRect() const { return m_label.isEmpty() ? QRectF() : m_label.translated(pos()); }
    /// What arrows must not pass through, in scene coordinates: a node's icon and the
    /// boxes of its name and facts; a band's icon and text; a container's title.
    std::vector<model::Geometry> obstacles() const;
    /// Where arrows may leave or enter, in scene coordinates: a node's icon sides and the
    /// foot of its text; the middle of each side of anything else.
    std::vector<model::Port> ports() const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

  protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent* event) override;

  private:
    bool inResizeGrip(const QPointF& local) const;
    void paintOutline(QPainter* p);
    void paintContainer(QPainter* p, qreal lod);
    void paintNetworkGroup(QPainter* p, qreal lod);
    void paintBand(QPainter* p, qreal lod);
    void paintNode(QPainter* p, qreal lod);
    void paintIcon(QPainter* p, const QRectF& r, qreal lod);
    /// What a zone or frame shows as its title, fitted to `width`, in the title font
    /// scaled by `textScale`.
    QString frameTitle(qreal width, qreal textScale = 1) const;
    /// Works out the title's rectangle again and tells the scene where the item now is.
    void geometryChanged();

    CanvasScene& m_scene;
    model::ComponentId m_id;
    QSizeF m_size;
    Look m_look = Look::Node;
    ComponentText m_text;
    QString m_title;
    QString m_summary;
    /// The name's and facts line's widths at a text scale, measured once: every move asks.
    struct TextWidths
    {
        qreal scale = -1, title = 0, summary = 0;
    };
    mutable TextWidths m_widths;
    const TextWidths& textWidths() const;
    QString m_icon;
    QColor m_color;
    bool m_networkGroup = false; ///< a VPC or subnet: an AWS group frame with its icon
    bool m_filled = false;       ///< a subnet: tinted with its colour
    QRectF m_label;       ///< labelRect() relative to the item, kept as the title or size change
    qreal m_overflow = 0; ///< how far a name may reach past the box's sides
    QPointF m_lastPos;
    bool m_silent = false;
    bool m_resizing = false;
};

} // namespace azimuth::views
