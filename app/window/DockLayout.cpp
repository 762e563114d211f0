#include "DockLayout.h"

#include <QDockWidget>
#include <QEvent>
#include <QMainWindow>
#include <QTabBar>
#include <QTimer>
#include <algorithm>

namespace azimuth::app {

namespace {
/// Room the canvas keeps besides the docks, for splitters and frames.
constexpr int kSlack = 16;

int sideWidth(QMainWindow& window, Qt::DockWidgetArea area)
{
    int width = 0;
    for (QDockWidget* dock : window.findChildren<QDockWidget*>())
        if (dock->isVisible() && !dock->isFloating() && window.dockWidgetArea(dock) == area)
            width = std::max(width, dock->width());
    return width;
}
} // namespace

DockLayout::DockLayout(QMainWindow& window, WindowDocks docks)
    : QObject(&window), m_window(window), m_docks(docks)
{
    m_window.installEventFilter(this);
}

bool DockLayout::eventFilter(QObject* watched, QEvent* event)
{
    // The window's layout takes its new size after the event: arrange once it has.
    if (watched == &m_window && event->type() == QEvent::Resize && !m_queued) {
        m_queued = true;
        QTimer::singleShot(0, this, [this] {
            m_queued = false;
            fit();
        });
    }
    return QObject::eventFilter(watched, event);
}

void DockLayout::fit()
{
    const bool compact = m_window.width() < kCompactBelow;
    if (m_compact != compact) arrange(compact);
    keepCanvasHalf();
    nameTabBars();
}

void DockLayout::arrange(bool compact)
{
    m_compact = compact;
    const int width = m_window.width();
    if (compact) {
        // One tabbed dock on the right; the inspector in front, as the selection fills it.
        m_window.tabifyDockWidget(m_docks.inspector, m_docks.cost);
        m_docks.inspector->raise();
    } else {
        // Re-adding takes a dock out of its tab group: the cost panel goes below.
        m_window.addDockWidget(Qt::RightDockWidgetArea, m_docks.inspector);
        m_window.addDockWidget(Qt::RightDockWidgetArea, m_docks.cost, Qt::Vertical);
        const int height = m_window.height();
        m_window.resizeDocks({m_docks.inspector, m_docks.cost}, {height * 2 / 5, height * 3 / 5},
                             Qt::Vertical);
    }
    // The palette and the right docks take under half the width together.
    const int palette = compact ? std::min(190, width * 18 / 100) : std::min(250, width * 16 / 100);
    const int right = compact ? std::min(310, width * 30 / 100) : std::min(460, width * 30 / 100);
    m_window.resizeDocks({m_docks.palette, m_docks.inspector, m_docks.cost},
                         {palette, right, right}, Qt::Horizontal);
    // Four findings rows or more, and the canvas keeps most of the height.
    m_window.resizeDocks({m_docks.findings}, {std::clamp(m_window.height() * 2 / 7, 200, 260)},
                         Qt::Vertical);
    // Said once the window has laid the docks out, so the canvas has its new size.
    QTimer::singleShot(0, this, [this] {
        nameTabBars();
        emit arranged();
    });
}

void DockLayout::nameTabBars()
{
    // The window makes a tab bar for docks tabbed together when it lays them out.
    for (QTabBar* tabs : m_window.findChildren<QTabBar*>(Qt::FindDirectChildrenOnly))
        if (tabs->accessibleName().isEmpty()) tabs->setAccessibleName(tr("Panel tabs"));
}

void DockLayout::keepCanvasHalf()
{
    const int width = m_window.width();
    const int left = sideWidth(m_window, Qt::LeftDockWidgetArea);
    const int right = sideWidth(m_window, Qt::RightDockWidgetArea);
    const int room = width / 2 - kSlack;
    if (left + right <= room || left + right == 0) return;
    // Shares kept; each side no narrower than its widgets allow.
    const int newLeft = left * room / (left + right);
    const int newRight = room - newLeft;
    QList<QDockWidget*> docks;
    QList<int> sizes;
    for (QDockWidget* dock : m_window.findChildren<QDockWidget*>()) {
        if (!dock->isVisible() || dock->isFloating()) continue;
        const auto area = m_window.dockWidgetArea(dock);
        if (area == Qt::LeftDockWidgetArea || area == Qt::RightDockWidgetArea) {
            docks << dock;
            sizes << (area == Qt::LeftDockWidgetArea ? newLeft : newRight);
        }
    }
    m_window.resizeDocks(docks, sizes, Qt::Horizontal);
}

} // namespace azimuth::app
