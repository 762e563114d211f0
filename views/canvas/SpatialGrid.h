#pragma once
// A uniform grid of scene rectangles, for the questions arrow routing asks many times per
// layout ("which icons, which titles are near here"). Entries move one at a time as items
// move, so asking never walks the scene's own index while every arrow is changing shape.

#include <QRect>
#include <QRectF>
#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <vector>

namespace azimuth::views {

template <typename T> class SpatialGrid
{
  public:
    explicit SpatialGrid(qreal cell = 512) : m_cell(cell) {}

    /// Files `key` under `rect`, replacing where it was; an empty rect removes it.
    void place(T* key, const QRectF& rect)
    {
        const QRect cells = rect.isEmpty() ? QRect() : cellsOf(rect);
        auto it = m_where.find(key);
        if (it != m_where.end()) {
            if (it->second.cells == cells) {
                it->second.rect = rect;
                return;
            }
            unfile(key, it->second.cells);
            if (cells.isNull()) {
                m_where.erase(it);
                return;
            }
            it->second = {cells, rect};
        } else {
            if (cells.isNull()) return;
            m_where.emplace(key, Entry{cells, rect});
        }
        for (int cx = cells.left(); cx <= cells.right(); ++cx)
            for (int cy = cells.top(); cy <= cells.bottom(); ++cy)
                m_cells[cellKey(cx, cy)].push_back(key);
    }

    void remove(T* key)
    {
        auto it = m_where.find(key);
        if (it == m_where.end()) return;
        unfile(key, it->second.cells);
        m_where.erase(it);
    }

    void clear()
    {
        m_cells.clear();
        m_where.clear();
    }

    /// Everything whose rect meets `area`, each once, with its rect.
    template <typename Visit> void forEachNear(const QRectF& area, Visit&& visit) const
    {
        const QRect cells = cellsOf(area);
        for (int cx = cells.left(); cx <= cells.right(); ++cx)
            for (int cy = cells.top(); cy <= cells.bottom(); ++cy) {
                auto it = m_cells.find(cellKey(cx, cy));
                if (it == m_cells.end()) continue;
                for (T* key : it->second) {
                    const Entry& e = m_where.at(key);
                    // Visit a key spanning several cells only from the first cell it shares
                    // with the area.
                    const int firstX = std::max(e.cells.left(), cells.left());
                    const int firstY = std::max(e.cells.top(), cells.top());
                    if (cx != firstX || cy != firstY) continue;
                    if (e.rect.intersects(area)) visit(key, e.rect);
                }
            }
    }

  private:
    struct Entry
    {
        QRect cells;
        QRectF rect;
    };

    QRect cellsOf(const QRectF& r) const
    {
        const int x0 = int(std::floor(r.left() / m_cell)), x1 = int(std::floor(r.right() / m_cell));
        const int y0 = int(std::floor(r.top() / m_cell)), y1 = int(std::floor(r.bottom() / m_cell));
        return QRect(QPoint(x0, y0), QPoint(x1, y1));
    }

    static long long cellKey(int cx, int cy)
    {
        return (static_cast<long long>(cx) << 32) ^ static_cast<unsigned int>(cy);
    }

    void unfile(T* key, const QRect& cells)
    {
        for (int cx = cells.left(); cx <= cells.right(); ++cx)
            for (int cy = cells.top(); cy <= cells.bottom(); ++cy) {
                auto it = m_cells.find(cellKey(cx, cy));
                if (it == m_cells.end()) continue;
                std::erase(it->second, key);
                if (it->second.empty()) m_cells.erase(it);
            }
    }

    qreal m_cell;
    std::unordered_map<long long, std::vector<T*>> m_cells;
    std::unordered_map<T*, Entry> m_where;
};

} // namespace azimuth::views
