#pragma once
// Kind icons (resources/icons/<key>.svg) rendered once per size and kept.

#include <QHash>
#include <QPixmap>
#include <QString>

class QSvgRenderer;

namespace azimuth::views {

class IconCache
{
  public:
    /// The icon for a catalog icon key at `size` device-independent pixels; a null
    /// pixmap when the key has no icon file.
    static QPixmap pixmap(const QString& key, int size, qreal devicePixelRatio = 1.0);
    /// The icon's drawing itself, for painting as vectors; null when the key has no icon.
    static QSvgRenderer* renderer(const QString& key);
    /// Whether an icon file exists for the key.
    static bool has(const QString& key);
    static QString path(const QString& key) { return QStringLiteral(":/icons/%1.svg").arg(key); }
};

} // namespace azimuth::views
