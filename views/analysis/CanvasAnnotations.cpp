#include "CanvasAnnotations.h"

#include "AnalysisService.h"
#include "CostSnapshot.h"
#include "Money.h"
#include "SeverityStyle.h"
#include "views/canvas/CanvasScene.h"
#include "views/canvas/ComponentItem.h"
#include "views/canvas/ConnectionItem.h"

#include <QBrush>
#include <QFont>
#include <QGraphicsEllipseItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QPen>

namespace azimuth::views {

namespace {
constexpr qreal kBadge = 14;
constexpr int kAnnotationKind = 0x417a; // data(0) marks our items, so clear() finds them
} // namespace

CanvasAnnotations::CanvasAnnotations(CanvasScene& scene, AnalysisService& analysis, QObject* parent)
    : QObject(parent), m_scene(scene), m_analysis(analysis)
{
    connect(&m_analysis, &AnalysisService::findingsChanged, this, &CanvasAnnotations::refresh);
    connect(&m_analysis, &AnalysisService::costChanged, this, &CanvasAnnotations::refresh);
    connect(&m_scene, &CanvasScene::laidOut, this, &CanvasAnnotations::refresh);
}

CanvasAnnotations::~CanvasAnnotations() = default;

void CanvasAnnotations::setShowCosts(bool on)
{
    m_showCosts = on;
    refresh();
}

void CanvasAnnotations::clear()
{
    // A component item may have been deleted (with our child) since the last refresh:
    // delete only what its current owner still holds, comparing pointers before any use.
    for (const auto& [ownerId, child] : m_items) {
        ComponentItem* owner = m_scene.componentItem(model::ComponentId(ownerId.toStdString()));
        if (owner && owner->childItems().contains(child) &&
            child->data(0).toInt() == kAnnotationKind)
            delete child;
    }
    m_items.clear();
    for (const auto& [ownerId, child] : m_connectionItems) {
        ConnectionItem* owner = m_scene.connectionItem(model::ConnectionId(ownerId.toStdString()));
        if (owner && owner->childItems().contains(child) &&
            child->data(0).toInt() == kAnnotationKind)
            delete child;
    }
    m_connectionItems.clear();
}

bool CanvasAnnotations::isFindingBadge(const QGraphicsItem& item)
{
    return item.data(0).toInt() == kAnnotationKind && item.data(1).toString() == "badge";
}

QGraphicsItem* CanvasAnnotations::badgeOf(const QString& componentId) const
{
    ComponentItem* owner = m_scene.componentItem(model::ComponentId(componentId.toStdString()));
    if (!owner) return nullptr;
    for (QGraphicsItem* child : owner->childItems())
        if (isFindingBadge(*child)) return child;
    return nullptr;
}

void CanvasAnnotations::refresh()
{
    clear();
    const auto& worst = m_analysis.worstSeverities();
    for (auto it = worst.begin(); it != worst.end(); ++it) {
        ComponentItem* owner = m_scene.componentItem(model::ComponentId(it.key().toStdString()));
        if (!owner) continue;
        const QRectF r = owner->box();
        auto* badge = new QGraphicsEllipseItem(r.width() - kBadge * 0.75, -kBadge * 0.25, kBadge,
                                               kBadge, owner);
        badge->setBrush(severityColor(it.value()));
        badge->setPen(QPen(Qt::white, 1.5));
        badge->setToolTip(m_analysis.badgeTooltip(it.key()));
        badge->setZValue(10);
        badge->setData(0, kAnnotationKind);
        badge->setData(1, QStringLiteral("badge"));
        m_items.emplace_back(it.key(), badge);
    }
    if (!m_showCosts || !m_analysis.cost()) return;
    for (const auto& c : m_analysis.design().components()) {
        const model::ComponentCost* cost =
            m_analysis.cost()->component(QString::fromStdString(c.id.value));
        if (!cost || (cost->lines.empty() && cost->effectiveMonthly == 0)) continue;
        ComponentItem* owner = m_scene.componentItem(c.id);
        if (!owner || owner->isContainer()) continue;
        const QString text =
            cost->complete ? formatMoney(cost->effectiveMonthly) + tr("/mo") : tr("price unknown");
        auto* label = new QGraphicsSimpleTextItem(text, owner);
        QFont font = label->font();
        font.setPointSizeF(8);
        font.setBold(true);
        label->setFont(font);
        label->setBrush(QColor("#1D8102"));
        const QRectF r = owner->box();
        label->setPos((r.width() - label->boundingRect().width()) / 2, r.height() + 2);
        label->setData(0, kAnnotationKind);
        label->setData(1, QStringLiteral("cost"));
        m_items.emplace_back(QString::fromStdString(c.id.value), label);
    }
    for (const model::ConnectionCost& cost : m_analysis.cost()->cost.connections)
        addConnectionCost(cost);
}

void CanvasAnnotations::addConnectionCost(const model::ConnectionCost& cost)
{
    ConnectionItem* owner = m_scene.connectionItem(cost.id);
    if (!owner || owner->points().size() < 2) return;
    // On the middle of the route's longest leg, where it is easiest to tell whose it is.
    const auto& pts = owner->points();
    int leg = 0;
    for (int i = 1; i + 1 < pts.size(); ++i)
        if (QLineF(pts[i], pts[i + 1]).length() > QLineF(pts[leg], pts[leg + 1]).length()) leg = i;
    const QPointF mid = (pts[leg] + pts[leg + 1]) / 2;
    const QString text =
        cost.complete ? formatMoney(cost.monthly) + tr("/mo") : tr("price unknown");
    auto* label = new QGraphicsSimpleTextItem(text);
    QFont font = label->font();
    font.setPointSizeF(8);
    font.setBold(true);
    label->setFont(font);
    label->setBrush(QColor("#1D8102"));
    const QRectF textBox = label->boundingRect();
    // A pale box under the figure, so the arrow does not run through it.
    auto* box = new QGraphicsRectItem(textBox.adjusted(-3, -1, 3, 1), owner);
    box->setBrush(m_scene.theme().labelBackground);
    box->setPen(QPen(QColor("#1D8102"), 0.8));
    box->setPos(owner->mapFromScene(mid) - textBox.center());
    box->setZValue(5);
    box->setToolTip(tr("Data transfer on this connection"));
    label->setParentItem(box);
    box->setData(0, kAnnotationKind);
    box->setData(1, QStringLiteral("connection-cost"));
    m_connectionItems.emplace_back(QString::fromStdString(cost.id.value), box);
}

QGraphicsItem* CanvasAnnotations::costOfConnection(const QString& connectionId) const
{
    ConnectionItem* owner = m_scene.connectionItem(model::ConnectionId(connectionId.toStdString()));
    if (!owner) return nullptr;
    for (QGraphicsItem* child : owner->childItems())
        if (child->data(0).toInt() == kAnnotationKind &&
            child->data(1).toString() == "connection-cost")
            return child;
    return nullptr;
}

} // namespace azimuth::views
