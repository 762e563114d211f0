#include "CanvasView.h"

#include "CanvasScene.h"
#include "CanvasToast.h"
#include "ComponentItem.h"

#include <QDragEnterEvent>
#include <QGraphicsLineItem>
#include <QKeyEvent>
#include <QMimeData>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace azimuth::views {

CanvasView::CanvasView(CanvasScene* scene, QWidget* parent)
    : QGraphicsView(scene, parent), m_scene(scene), m_toast(new CanvasToast(viewport()))
{
    setAcceptDrops(true);
    setDragMode(RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                   QPainter::SmoothPixmapTransform);
    setViewportUpdateMode(SmartViewportUpdate);
    setTransformationAnchor(AnchorUnderMouse);
    setFocusPolicy(Qt::StrongFocus);
    setBackgroundBrush(QColor(0xF4, 0xF5, 0xF5));
}

void CanvasView::setConnectMode(bool on)
{
    if (on == m_connectMode) return;
    m_connectMode = on;
    viewport()->setCursor(on ? Qt::CrossCursor : Qt::ArrowCursor);
    // The tool is used on the canvas: the keys that leave it (Esc) must reach it.
    if (on) setFocus();
    emit connectModeChanged(on);
}

void CanvasView::leaveTool()
{
    const bool busy = m_rubberLine || m_panning || m_connectMode;
    if (m_rubberLine) {
        delete m_rubberLine;
        m_rubberLine = nullptr;
        m_connectFrom = {};
    }
    m_panning = false;
    setConnectMode(false);
    viewport()->setCursor(Qt::ArrowCursor);
    if (!busy) m_scene->clearSelection();
}

bool CanvasView::tell(const model::EditResult& result, const QPoint& at)
{
    if (result) return true;
    // The scene has already put it in the status bar; say it where the eyes are too.
    m_toast->showAt(QString::fromStdString(result.reason()), at);
    return false;
}

void CanvasView::selectNext(bool forward)
{
    if (!m_scene->selectNext(forward)) return;
    const auto ids = m_scene->selectedComponents();
    if (!ids.empty()) ensureVisible(m_scene->boxOf(ids.front()), 48, 48);
}

bool CanvasView::event(QEvent* event)
{
    // Tab walks the components before it would leave the canvas; Ctrl+Tab leaves it (as
    // in a text editor, where Tab is taken too).
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool tab = key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab;
        if (tab) {
            const bool back =
                key->key() == Qt::Key_Backtab || (key->modifiers() & Qt::ShiftModifier);
            if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier)) {
                focusNextPrevChild(!back);
                return true;
            }
            if (m_scene->componentItemCount() > 0) {
                selectNext(!back);
                return true;
            }
        }
    }
    return QGraphicsView::event(event);
}

void CanvasView::setZoom(qreal factor)
{
    factor = std::clamp<qreal>(factor, 0.05, 8.0);
    QTransform t;
    t.scale(factor, factor);
    setTransform(t);
    emit zoomChanged(factor);
}

void CanvasView::zoomIn()
{
    setZoom(zoom() * 1.25);
}

void CanvasView::zoomOut()
{
    setZoom(zoom() / 1.25);
}

void CanvasView::resetZoom()
{
    setZoom(1.0);
}

void CanvasView::zoomToFit()
{
    m_scene->ensureLayout();
    QRectF all = m_scene->itemsBoundingRect();
    if (all.isEmpty()) return resetZoom();
    fitInView(all.adjusted(-24, -24, 24, 24), Qt::KeepAspectRatio);
    if (zoom() > 1.5) setZoom(1.5);
    emit zoomChanged(zoom());
}

void CanvasView::placeAtCenter(const QString& kind)
{
    const QPoint centre = viewport()->rect().center();
    tell(m_scene->dropKind(kind.toStdString(), mapToScene(centre)), centre);
}

void CanvasView::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasFormat(kKindMime))
        event->acceptProposedAction();
    else
        event->ignore(); // files go to the window, which opens them
}

void CanvasView::dragMoveEvent(QDragMoveEvent* event)
{
    if (event->mimeData()->hasFormat(kKindMime))
        event->acceptProposedAction();
    else
        event->ignore();
}

void CanvasView::dropEvent(QDropEvent* event)
{
    if (!event->mimeData()->hasFormat(kKindMime)) return event->ignore();
    const std::string kind = event->mimeData()->data(kKindMime).toStdString();
    const QPoint pos = event->position().toPoint();
    tell(m_scene->dropKind(kind, mapToScene(pos)), pos);
    event->acceptProposedAction();
    setFocus();
}

void CanvasView::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const qreal steps = event->angleDelta().y() / 120.0;
        setZoom(zoom() * std::pow(1.15, steps));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

model::ComponentId CanvasView::componentAt(const QPoint& viewPos) const
{
    for (QGraphicsItem* it : items(viewPos))
        if (it->type() == ComponentItem::Type) return static_cast<ComponentItem*>(it)->id();
    return {};
}

void CanvasView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        m_panning = true;
        m_panLast = event->pos();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    if (event->button() == Qt::LeftButton) {
        const QPointF at = mapToScene(event->pos());
        model::ComponentId from;
        for (QGraphicsItem* it : items(event->pos())) {
            if (it->type() != ComponentItem::Type) continue;
            auto* ci = static_cast<ComponentItem*>(it);
            if (ci->hitsConnectHandle(at) || (m_connectMode && !ci->isContainer())) {
                from = ci->id();
                break;
            }
        }
        if (!from.empty()) {
            m_connectFrom = from;
            const QPointF start = m_scene->componentItem(from)->connectHandle();
            m_rubberLine = m_scene->addLine(QLineF(start, at),
                                            QPen(QColor(0x00, 0x73, 0xBB), 1.5, Qt::DashLine));
            m_rubberLine->setZValue(100);
            event->accept();
            return;
        }
    }
    QGraphicsView::mousePressEvent(event);
}

void CanvasView::mouseMoveEvent(QMouseEvent* event)
{
    if (m_panning) {
        const QPoint d = event->pos() - m_panLast;
        m_panLast = event->pos();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - d.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - d.y());
        return;
    }
    if (m_rubberLine) {
        QLineF l = m_rubberLine->line();
        l.setP2(mapToScene(event->pos()));
        m_rubberLine->setLine(l);
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void CanvasView::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_panning) {
        m_panning = false;
        viewport()->setCursor(m_connectMode ? Qt::CrossCursor : Qt::ArrowCursor);
        return;
    }
    if (m_rubberLine) {
        delete m_rubberLine;
        m_rubberLine = nullptr;
        const model::ComponentId from = m_connectFrom;
        m_connectFrom = {};
        model::ComponentId to;
        for (QGraphicsItem* it : items(event->pos()))
            if (it->type() == ComponentItem::Type &&
                static_cast<ComponentItem*>(it)->id() != from) {
                to = static_cast<ComponentItem*>(it)->id();
                break;
            }
        if (to.empty()) return;
        if (auto* gw = m_scene->gateway()) {
            if (auto result = gw->addConnection(from, to); !result)
                emit m_scene->statusMessage(QString::fromStdString(result.reason()));
        }
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton) m_scene->commitMoves();
}

void CanvasView::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Escape:
        leaveTool();
        event->accept();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_scene->selectedComponents().size() + m_scene->selectedConnections().size() == 1) {
            emit inspectRequested();
            event->accept();
            return;
        }
        break;
    default:
        break;
    }
    const qreal step = (event->modifiers() & Qt::ShiftModifier) ? 32 : 8;
    QPointF d;
    switch (event->key()) {
    case Qt::Key_Left:
        d = {-step, 0};
        break;
    case Qt::Key_Right:
        d = {step, 0};
        break;
    case Qt::Key_Up:
        d = {0, -step};
        break;
    case Qt::Key_Down:
        d = {0, step};
        break;
    default:
        QGraphicsView::keyPressEvent(event);
        return;
    }
    if (m_scene->selectedComponents().empty()) return QGraphicsView::keyPressEvent(event);
    m_scene->nudgeSelection(d);
}

void CanvasView::keyReleaseEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        viewport()->setCursor(m_connectMode ? Qt::CrossCursor : Qt::ArrowCursor);
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void CanvasView::drawBackground(QPainter* painter, const QRectF& rect)
{
    QGraphicsView::drawBackground(painter, rect);
    // Dots on the 8-unit grid; every other one when zoomed out so it stays a texture.
    qreal step = 8;
    while (step * zoom() < 12)
        step *= 2;
    if (step * zoom() > 200) return;
    const qreal left = std::floor(rect.left() / step) * step;
    const qreal top = std::floor(rect.top() / step) * step;
    QVector<QPointF> dots;
    for (qreal x = left; x < rect.right(); x += step)
        for (qreal y = top; y < rect.bottom(); y += step)
            dots.append(QPointF(x, y));
    painter->setPen(QPen(QColor(0xC8, 0xCC, 0xCE), 0));
    painter->drawPoints(dots.constData(), static_cast<int>(dots.size()));
}

} // namespace azimuth::views
