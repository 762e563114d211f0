#include "PresentationMode.h"

#include "CanvasStage.h"
#include "LaserPointer.h"
#include "views/canvas/CanvasScene.h"
#include "views/canvas/CanvasView.h"
#include "views/canvas/ComponentItem.h"
#include "views/canvas/ConnectionItem.h"

#include <QDockWidget>
#include <QEvent>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QMouseEvent>
#include <QShortcut>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <algorithm>

namespace azimuth::views {

PresentationMode::PresentationMode(QMainWindow& window, CanvasStage& stage, QObject* parent)
    : QObject(parent), m_window(window), m_view(stage.view()), m_viewAlive(&stage.view()),
      m_strip(new QLabel), m_escape(new QShortcut(QKeySequence(Qt::Key_Escape), &window))
{
    m_strip->setObjectName(QStringLiteral("presentationStrip"));
    m_strip->setTextFormat(Qt::RichText);
    m_strip->setWordWrap(true);
    m_strip->setStyleSheet(QStringLiteral("QLabel#presentationStrip{color:white;background:#232F3E;"
                                          "padding:6px 18px;font-size:15pt;}"));
    m_strip->hide();
    stage.addBottomBar(m_strip);
    m_escape->setEnabled(false);
    m_escape->setContext(Qt::ApplicationShortcut);
    connect(m_escape, &QShortcut::activated, this, [this] { setActive(false); });
}

PresentationMode::~PresentationMode()
{
    // When the view (and the scene holding the laser) went first, there is nothing to undo.
    if (m_active && m_viewAlive) setActive(false);
}

void PresentationMode::setActive(bool on)
{
    if (on == m_active) return;
    m_active = on;
    if (on) {
        m_savedWindowState = m_window.windowState();
        m_hidden.clear();
        std::vector<QWidget*> chrome;
        for (auto* dock :
             m_window.findChildren<QDockWidget*>(QString(), Qt::FindDirectChildrenOnly))
            chrome.push_back(dock);
        for (auto* bar : m_window.findChildren<QToolBar*>(QString(), Qt::FindDirectChildrenOnly))
            chrome.push_back(bar);
        if (m_window.menuWidget()) chrome.push_back(m_window.menuWidget());
        if (auto* status = m_window.findChild<QStatusBar*>(QString(), Qt::FindDirectChildrenOnly))
            chrome.push_back(status);
        for (QWidget* w : chrome) {
            if (!w->isVisible()) continue;
            m_hidden.emplace_back(w);
            w->hide();
        }
        m_window.setWindowState(m_window.windowState() | Qt::WindowFullScreen);
        m_window.show();

        m_savedTheme = m_view.canvas()->theme();
        applyCanvasTheme(CanvasTheme::presentation(m_savedTheme));
        m_laser = new LaserPointer;
        m_laser->hide();
        m_view.scene()->addItem(m_laser);
        m_view.viewport()->setMouseTracking(true);
        m_view.viewport()->installEventFilter(this);
        m_view.installEventFilter(this);
        m_escape->setEnabled(true);
        // No scroll bars on a projector: the design is fitted.
        m_view.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_view.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setStripText(m_strip->text());
        fitCanvas();
        // Going full screen resizes the view later, on some platforms after this returns.
        QTimer::singleShot(0, this, [this] {
            if (m_active) fitCanvas();
        });
    } else {
        m_escape->setEnabled(false);
        m_view.viewport()->removeEventFilter(this);
        m_view.removeEventFilter(this);
        if (m_laser) {
            m_view.scene()->removeItem(m_laser);
            delete m_laser;
            m_laser = nullptr;
        }
        m_strip->hide();
        applyCanvasTheme(m_savedTheme);
        m_view.setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
        m_view.setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
        m_window.setWindowState(m_savedWindowState);
        for (const QPointer<QWidget>& w : m_hidden)
            if (w) w->show();
        m_hidden.clear();
        m_view.zoomToFit();
    }
    emit activeChanged(on);
}

void PresentationMode::setStripText(const QString& text)
{
    m_strip->setText(text);
    m_strip->setVisible(m_active && !text.isEmpty());
}

void PresentationMode::applyCanvasTheme(const CanvasTheme& theme)
{
    CanvasScene* scene = m_view.canvas();
    if (scene->theme() == theme) return;
    scene->setTheme(theme);
    // Components keep a cached picture of themselves: redraw each in the new style.
    for (QGraphicsItem* item : scene->items())
        item->update();
}

void PresentationMode::fitCanvas()
{
    auto* scene = m_view.canvas();
    scene->ensureLayout();
    // Only the design: the laser dot and overlays must not widen the fit.
    QRectF all;
    for (const model::Component& c : scene->design().components())
        all |= scene->boxOf(c.id);
    for (QGraphicsItem* item : scene->items())
        if (qgraphicsitem_cast<ConnectionItem*>(item)) all |= item->sceneBoundingRect();
    if (all.isEmpty()) return;
    all.adjust(-32, -32, 32, 32);
    m_view.fitInView(all, Qt::KeepAspectRatio);
    if (m_view.zoom() > kMaxZoom) m_view.setZoom(kMaxZoom);
    m_view.centerOn(all.center());
}

bool PresentationMode::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == &m_view || event->type() == QEvent::Resize) {
        if (event->type() == QEvent::Resize) fitCanvas();
        return false;
    }
    if (!m_laser) return false;
    if (event->type() == QEvent::MouseMove) {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        m_laser->setPos(m_view.mapToScene(mouse->position().toPoint()));
        m_laser->show();
    } else if (event->type() == QEvent::Leave) {
        m_laser->hide();
    }
    return false;
}

} // namespace azimuth::views
