#include "DrillOverlay.h"

#include "CanvasStage.h"
#include "model/drill/Drill.h"
#include "model/drill/DrillError.h"
#include "model/drill/DrillReport.h"
#include "views/canvas/CanvasScene.h"
#include "views/canvas/CanvasView.h"
#include "views/canvas/ComponentItem.h"
#include "views/canvas/ConnectionItem.h"

#include <QBrush>
#include <QEvent>
#include <QFont>
#include <QGraphicsPathItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLabel>
#include <QMouseEvent>
#include <QPen>
#include <QRegularExpression>
#include <algorithm>

namespace azimuth::views {

namespace {

const QColor kLostGrey(84, 91, 100);
const QColor kFailedRed(0xD1, 0x32, 0x12);
const QColor kAmber(0xF8, 0x92, 0x56);
const QColor kServedGreen(0x1D, 0x81, 0x02);

QString name(const model::Design& design, const model::ComponentId& id)
{
    const model::Component* c = design.component(id);
    return QString::fromStdString(c ? c->displayName() : id.value);
}

QString capacityText(const model::DrillCapacity& cap)
{
    QString text = QStringLiteral("%1/%2 %3")
                       .arg(cap.after)
                       .arg(cap.before)
                       .arg(QString::fromStdString(cap.unit));
    if (cap.recoversTo != cap.after) text += QStringLiteral(" → %1").arg(cap.recoversTo);
    return text;
}

// Overlay items are pictures only: no clicks, no selection, no hover.
void inert(QGraphicsItem* item)
{
    item->setAcceptedMouseButtons(Qt::NoButton);
    item->setAcceptHoverEvents(false);
    item->setFlag(QGraphicsItem::ItemIsSelectable, false);
    item->setFlag(QGraphicsItem::ItemIsMovable, false);
}

} // namespace

DrillOverlay::DrillOverlay(CanvasStage& stage, QObject* parent)
    : QObject(parent), m_view(stage.view()), m_scene(*stage.view().canvas()),
      m_viewAlive(&stage.view()), m_banner(new QLabel)
{
    m_banner->setObjectName(QStringLiteral("drillBanner"));
    m_banner->setTextFormat(Qt::RichText);
    m_banner->setWordWrap(true);
    m_banner->hide();
    stage.addTopBar(m_banner);
    // A relayout moves the boxes under the marks, and an edit made before the mode was
    // turned on (or undone since) may remove a failed zone: redraw from the model.
    connect(&m_scene, &CanvasScene::laidOut, this, [this] {
        if (m_active) refresh();
    });
    // A zoom, the user's or the fit's, ends the promise to keep the design in sight.
    connect(&stage.view(), &CanvasView::zoomChanged, this, [this] { m_keepInSight = false; });
}

DrillOverlay::~DrillOverlay()
{
    // When the view (and with it the scene) went first, they took the marks with them.
    if (m_active && m_viewAlive) setActive(false);
}

void DrillOverlay::setActive(bool on)
{
    if (on == m_active) return;
    m_active = on;
    if (on) {
        m_scene.clearSelection();
        m_wasInteractive = m_view.isInteractive();
        m_acceptedDrops = m_view.acceptDrops();
        // No item moves, no drops, no selection to delete: a drill cannot edit.
        m_view.setInteractive(false);
        m_view.setAcceptDrops(false);
        m_view.viewport()->installEventFilter(this);
        m_view.installEventFilter(this);
        m_view.viewport()->setCursor(Qt::PointingHandCursor);
    } else {
        m_view.viewport()->removeEventFilter(this);
        m_view.removeEventFilter(this);
        m_view.viewport()->unsetCursor();
        m_view.setInteractive(m_wasInteractive);
        m_view.setAcceptDrops(m_acceptedDrops);
        m_failed.clear();
    }
    refresh();
}

bool DrillOverlay::toggle(const model::ComponentId& id)
{
    if (!m_active) return false;
    const model::Component* c = m_scene.design().component(id);
    if (!c || !model::isDrillTarget(m_scene.catalog(), *c)) return false;
    const auto it = std::find(m_failed.begin(), m_failed.end(), id);
    if (it == m_failed.end())
        m_failed.push_back(id);
    else
        m_failed.erase(it);
    refresh();
    return true;
}

void DrillOverlay::restoreAll()
{
    m_failed.clear();
    refresh();
}

model::ComponentId DrillOverlay::targetAt(const QPoint& viewportPos) const
{
    // By box, not by item shape: a container's shape is its frame, and a click anywhere
    // inside a zone means that zone. The smallest box holding the point is the innermost.
    const QPointF p = m_view.mapToScene(viewportPos);
    model::ComponentId best;
    qreal bestArea = 0;
    for (const model::Component& c : m_scene.design().components()) {
        if (!model::isDrillTarget(m_scene.catalog(), c) || !m_scene.componentItem(c.id)) continue;
        const QRectF box = m_scene.boxOf(c.id);
        const qreal area = box.width() * box.height();
        if (box.contains(p) && (best.value.empty() || area < bestArea)) {
            best = c.id;
            bestArea = area;
        }
    }
    return best;
}

bool DrillOverlay::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == &m_view) {
        // Filters see the resize before the view has resized its viewport: look after.
        if (event->type() == QEvent::Resize && m_keepInSight)
            QMetaObject::invokeMethod(
                this,
                [this] {
                    if (m_active && m_keepInSight && !designInSight()) m_view.zoomToFit();
                },
                Qt::QueuedConnection);
        return false;
    }
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->button() == Qt::LeftButton) {
            const model::ComponentId id = targetAt(mouse->position().toPoint());
            if (!id.value.empty()) toggle(id);
        }
        return true;
    }
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
        return true;
    case QEvent::MouseMove:
        return static_cast<QMouseEvent*>(event)->buttons() != Qt::NoButton;
    default:
        return false;
    }
}

void DrillOverlay::refresh()
{
    const model::Design& design = m_scene.design();
    std::erase_if(m_failed, [&](const model::ComponentId& id) {
        const model::Component* c = design.component(id);
        return !c || !model::isDrillTarget(m_scene.catalog(), *c);
    });
    clearItems();
    m_result.reset();
    if (m_active && !m_failed.empty()) {
        try {
            m_result = model::runDrill(design, m_failed, m_scene.catalog());
        } catch (const model::DrillError&) {
            m_failed.clear(); // only targets are kept above, so this is a design the drill refuses
        }
        if (m_result) drawResult(*m_result);
    }
    updateBanner();
    emit drillChanged();
}

void DrillOverlay::clearItems()
{
    for (QGraphicsItem* item : m_items) {
        m_scene.removeItem(item);
        delete item;
    }
    m_items.clear();
}

void DrillOverlay::drawResult(const model::DrillResult& result)
{
    m_scene.ensureLayout();
    // Containers first so the marks of what they hold are drawn over their hatching.
    for (int pass = 0; pass < 2; ++pass) {
        for (const model::DrillComponentOutcome& o : result.components) {
            const ComponentItem* item = m_scene.componentItem(o.id);
            if (!item || item->isContainer() != (pass == 0)) continue;
            const bool failedHere =
                std::find(m_failed.begin(), m_failed.end(), o.id) != m_failed.end();
            if (o.status == model::DrillStatus::Lost)
                drawLost(o.id, failedHere);
            else if (o.status == model::DrillStatus::Degraded)
                drawDegraded(o.id, o.capacity ? capacityText(*o.capacity) : tr("degraded"));
            else if (!o.failedOverTo.value.empty())
                drawDegraded(o.id,
                             tr("failed over to %1").arg(name(m_scene.design(), o.failedOverTo)));
        }
    }
    for (const model::DrillConnectionOutcome& c : result.connections)
        if (c.broken) drawBroken(c.id);
}

void DrillOverlay::drawLost(const model::ComponentId& id, bool failedHere)
{
    const ComponentItem* item = m_scene.componentItem(id);
    const QRectF box = m_scene.boxOf(id);
    if (item->isContainer()) {
        auto* hatch = new QGraphicsRectItem(box);
        QColor fill = failedHere ? kFailedRed : kLostGrey;
        fill.setAlpha(40);
        hatch->setBrush(fill);
        hatch->setPen(QPen(failedHere ? kFailedRed : kLostGrey, failedHere ? 3 : 2, Qt::DashLine));
        auto* lines = new QGraphicsRectItem(box, hatch);
        QColor hatchColor = failedHere ? kFailedRed : kLostGrey;
        hatchColor.setAlpha(70);
        lines->setBrush(QBrush(hatchColor, Qt::BDiagPattern));
        lines->setPen(Qt::NoPen);
        inert(hatch);
        inert(lines);
        hatch->setZValue(kOverlayZ);
        m_scene.addItem(hatch);
        m_items.push_back(hatch);
        if (failedHere)
            addLabel(tr("✕ %1 down").arg(name(m_scene.design(), id)),
                     QPointF(box.left() + 10, box.bottom() - 10), kFailedRed, false);
        return;
    }
    auto* veil = new QGraphicsRectItem(box.adjusted(-2, -2, 2, 2));
    veil->setBrush(QColor(235, 236, 238, 200));
    veil->setPen(QPen(kLostGrey, 1.5));
    QPainterPath cross;
    const QRectF r = box.adjusted(6, 6, -6, -6);
    cross.moveTo(r.topLeft());
    cross.lineTo(r.bottomRight());
    cross.moveTo(r.topRight());
    cross.lineTo(r.bottomLeft());
    auto* x = new QGraphicsPathItem(cross, veil);
    x->setPen(QPen(kFailedRed, 3, Qt::SolidLine, Qt::RoundCap));
    inert(veil);
    inert(x);
    veil->setZValue(kOverlayZ + 2);
    m_scene.addItem(veil);
    m_items.push_back(veil);
    addLabel(tr("lost"), QPointF(box.center().x(), box.bottom() - 4), kLostGrey, true);
}

void DrillOverlay::drawDegraded(const model::ComponentId& id, const QString& label)
{
    const QRectF box = m_scene.boxOf(id);
    auto* frame = new QGraphicsRectItem(box.adjusted(-3, -3, 3, 3));
    QColor fill = kAmber;
    fill.setAlpha(35);
    frame->setBrush(fill);
    frame->setPen(QPen(kAmber, 3));
    inert(frame);
    frame->setZValue(kOverlayZ + 1);
    m_scene.addItem(frame);
    m_items.push_back(frame);
    // On a frame or band the label sits on the bottom edge; an icon's facts fill the
    // bottom of its box, so its label goes just under the box.
    const ComponentItem* item = m_scene.componentItem(id);
    const bool node = item && item->look() == ComponentItem::Look::Node;
    addLabel(label, QPointF(box.center().x(), box.bottom() + (node ? 21 : -4)), kAmber.darker(115),
             true);
}

void DrillOverlay::drawBroken(const model::ConnectionId& id)
{
    const ConnectionItem* item = m_scene.connectionItem(id);
    if (!item || item->points().size() < 2) return;
    const QVector<QPointF>& pts = item->points();
    QPainterPath path(pts.front());
    for (qsizetype i = 1; i < pts.size(); ++i)
        path.lineTo(pts[i]);
    auto* line = new QGraphicsPathItem(path);
    line->setPen(QPen(kFailedRed, 3.5, Qt::DashLine, Qt::RoundCap, Qt::RoundJoin));
    // A small cross at the middle of the longest leg says "cut here".
    qsizetype longest = 1;
    for (qsizetype i = 1; i < pts.size(); ++i)
        if (QLineF(pts[i - 1], pts[i]).length() > QLineF(pts[longest - 1], pts[longest]).length())
            longest = i;
    const QPointF mid = (pts[longest - 1] + pts[longest]) / 2;
    QPainterPath cut;
    cut.moveTo(mid + QPointF(-6, -6));
    cut.lineTo(mid + QPointF(6, 6));
    cut.moveTo(mid + QPointF(6, -6));
    cut.lineTo(mid + QPointF(-6, 6));
    auto* mark = new QGraphicsPathItem(cut, line);
    mark->setPen(QPen(kFailedRed, 3, Qt::SolidLine, Qt::RoundCap));
    inert(line);
    inert(mark);
    line->setZValue(kOverlayZ + 3);
    m_scene.addItem(line);
    m_items.push_back(line);
}

QGraphicsItem* DrillOverlay::addLabel(const QString& text, const QPointF& anchor,
                                      const QColor& fill, bool centred)
{
    auto* textItem = new QGraphicsSimpleTextItem(text);
    QFont font = textItem->font();
    font.setBold(true);
    font.setPointSizeF(9);
    textItem->setFont(font);
    textItem->setBrush(Qt::white);
    const QRectF t = textItem->boundingRect();
    // Centred labels sit on the bottom edge of a box; others start at the anchor, above it
    // (a failed zone's bottom-left corner, clear of its title and what it holds).
    const QPointF topLeft = centred ? QPointF(anchor.x() - t.width() / 2, anchor.y() - t.height())
                                    : QPointF(anchor.x(), anchor.y() - t.height());
    auto* pill = new QGraphicsPathItem;
    QPainterPath shape;
    shape.addRoundedRect(QRectF(topLeft, t.size()).adjusted(-6, -2, 6, 2), 8, 8);
    pill->setPath(shape);
    pill->setBrush(fill);
    pill->setPen(Qt::NoPen);
    textItem->setParentItem(pill);
    textItem->setPos(topLeft);
    inert(pill);
    inert(textItem);
    pill->setZValue(kOverlayZ + 4);
    m_scene.addItem(pill);
    m_items.push_back(pill);
    return pill;
}

void DrillOverlay::updateBanner()
{
    if (!m_active) {
        m_banner->hide();
        m_keepInSight = false;
        return;
    }
    const int heightBefore = m_banner->isVisible() ? m_banner->height() : 0;
    const model::Design& design = m_scene.design();
    QString html = QStringLiteral("<div style='font-size:%1pt'>").arg(m_bannerPoints);
    QString background = QStringLiteral("#232F3E");
    if (!m_result) {
        html += tr("<b>Drill mode</b> — click an Availability Zone or a Region to fail it. "
                   "The design is not changed.");
    } else {
        QStringList failedNames;
        for (const auto& id : m_failed)
            failedNames << name(design, id).toHtmlEscaped();
        html += tr("<b>%1 down</b>").arg(failedNames.join(QStringLiteral(", "))) +
                tr("<span style='color:#e9ebed'> — click a failed zone again to restore "
                   "it.</span>");
        for (const model::DrillEntryPoint& e : m_result->entryPoints) {
            html +=
                QStringLiteral("<br>") +
                (e.served ? tr("✔ %1: still served").arg(name(design, e.id).toHtmlEscaped())
                          : tr("✘ %1: <b>not served</b>").arg(name(design, e.id).toHtmlEscaped()));
        }
        QStringList capacity;
        for (const model::DrillComponentOutcome& o : m_result->components)
            if (o.capacity && o.status != model::DrillStatus::Lost && o.capacity->unit != "zones")
                capacity << QStringLiteral("%1 %2").arg(name(design, o.id).toHtmlEscaped(),
                                                        capacityText(*o.capacity));
        if (!capacity.isEmpty())
            html += tr("<br>Surviving capacity: %1").arg(capacity.join(QStringLiteral(" · ")));
        background = m_result->allServed() ? kServedGreen.name() : kFailedRed.name();
        m_banner->setToolTip(QString::fromStdString(model::drillNarrative(design, *m_result)));
    }
    html += QStringLiteral("</div>");
    m_banner->setText(html);
    m_banner->setStyleSheet(
        QStringLiteral("QLabel#drillBanner{color:white;background:%1;padding:6px 14px;}")
            .arg(background));
    // Before showing: the stage may lay the banner out (and shrink the view) right away.
    const int heightAfter = m_banner->heightForWidth(m_view.width());
    if (heightAfter != heightBefore && designInSight()) m_keepInSight = true;
    m_banner->show();
}

void DrillOverlay::setBannerTextSize(qreal points)
{
    if (points == m_bannerPoints) return;
    m_bannerPoints = points;
    updateBanner();
}

QRectF DrillOverlay::designRect() const
{
    QRectF all;
    for (const model::Component& c : m_scene.design().components())
        all |= m_scene.boxOf(c.id);
    for (QGraphicsItem* item : m_scene.items())
        if (item->type() == ConnectionItem::Type) all |= item->sceneBoundingRect();
    return all;
}

bool DrillOverlay::designInSight() const
{
    const QRectF design = designRect();
    if (design.isEmpty()) return true;
    return m_view.viewport()->rect().contains(m_view.mapFromScene(design).boundingRect());
}

QString DrillOverlay::bannerText() const
{
    if (m_banner->isHidden()) return {};
    QString text = m_banner->text();
    text.replace(QLatin1String("<br>"), QLatin1String("\n"));
    text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    return text;
}

} // namespace azimuth::views
