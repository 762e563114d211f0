#include "IconCache.h"

#include <QFile>
#include <QPainter>
#include <QSvgRenderer>
#include <map>
#include <memory>

namespace azimuth::views {

QPixmap IconCache::pixmap(const QString& key, int size, qreal dpr)
{
    static QHash<QString, QPixmap> cache;
    const int px = qRound(size * dpr);
    const QString cacheKey = key + QLatin1Char('@') + QString::number(px);
    auto it = cache.constFind(cacheKey);
    if (it != cache.constEnd()) return *it;
    QPixmap pm;
    QSvgRenderer renderer(path(key));
    if (renderer.isValid()) {
        pm = QPixmap(px, px);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        renderer.render(&p, QRectF(0, 0, px, px));
        p.end();
        pm.setDevicePixelRatio(dpr);
    }
    cache.insert(cacheKey, pm);
    return pm;
}

QSvgRenderer* IconCache::renderer(const QString& key)
{
    // Parsed once per key and kept for the life of the program, like the pixmaps; owned
    // here, so they are freed at exit (a key without an icon keeps a null).
    static std::map<QString, std::unique_ptr<QSvgRenderer>> cache;
    auto it = cache.find(key);
    if (it != cache.end()) return it->second.get();
    auto r = std::make_unique<QSvgRenderer>(path(key));
    if (!r->isValid()) r.reset();
    return cache.emplace(key, std::move(r)).first->second.get();
}

bool IconCache::has(const QString& key)
{
    return QFile::exists(path(key));
}

} // namespace azimuth::views
