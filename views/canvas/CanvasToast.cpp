#include "CanvasToast.h"

#include <QTimer>
#include <algorithm>

namespace azimuth::views {

CanvasToast::CanvasToast(QWidget* parent) : QLabel(parent), m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("canvasToast"));
    setAccessibleName(tr("Canvas message"));
    setWordWrap(true);
    setMaximumWidth(360);
    setMargin(6);
    // The dark of the canvas's labels on a pale warning yellow: reads over any diagram.
    setStyleSheet(QStringLiteral("QLabel#canvasToast { background: #FFF7D6; color: #232F3E;"
                                 " border: 1px solid #D9A400; border-radius: 4px; }"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &QWidget::hide);
    hide();
}

void CanvasToast::showAt(const QString& text, const QPoint& at, int ms)
{
    setText(text);
    adjustSize();
    QPoint pos = at + QPoint(12, 16);
    if (QWidget* p = parentWidget()) {
        pos.setX(std::clamp(pos.x(), 4, std::max(4, p->width() - width() - 4)));
        pos.setY(std::clamp(pos.y(), 4, std::max(4, p->height() - height() - 4)));
    }
    move(pos);
    show();
    raise();
    m_timer->start(ms);
}

} // namespace azimuth::views
