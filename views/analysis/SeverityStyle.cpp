#include "SeverityStyle.h"

#include <QPainter>
#include <QPixmap>

namespace azimuth::views {

QColor severityColor(model::Severity severity)
{
    switch (severity) {
    case model::Severity::Error:
        return QColor(0xD1, 0x32, 0x12);
    case model::Severity::Warning:
        return QColor(0xF8, 0x92, 0x56);
    case model::Severity::Info:
        return QColor(0x00, 0x73, 0xBB);
    }
    return QColor(0x00, 0x73, 0xBB);
}

QIcon severityIcon(model::Severity severity)
{
    QIcon icon;
    for (int size : {12, 16, 24, 32}) {
        QPixmap pm(size, size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(severityColor(severity));
        const qreal m = size * 0.15;
        p.drawEllipse(QRectF(m, m, size - 2 * m, size - 2 * m));
        icon.addPixmap(pm);
    }
    return icon;
}

QString severityCount(model::Severity severity, int count)
{
    switch (severity) {
    case model::Severity::Error:
        return count == 1 ? QStringLiteral("1 error") : QStringLiteral("%1 errors").arg(count);
    case model::Severity::Warning:
        return count == 1 ? QStringLiteral("1 warning") : QStringLiteral("%1 warnings").arg(count);
    case model::Severity::Info:
        return QStringLiteral("%1 info").arg(count);
    }
    return {};
}

} // namespace azimuth::views
