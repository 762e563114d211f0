#pragma once
// A uniform grid of scene rectangles, for the questions arrow routing asks many times per
// layout ("which icons, which titles are near here"). Entries move one at a time as items
// move, so asking never walks the scene's own index while every arrow is changing shape.
// A rect or a question wider than kMaxCells cells (a Region millions of units across in a
// hostile file) is kept or answered outside the cells, so no size can exhaust memory.

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

    static constexpr long long kMaxCells = 4096;

    /// Files `key` under `rect`, replacing where it was; an empty rect removes it.
    void place(T* key, const QRectF& rect)
    {
        QRect cells = rect.isEmpty() ? QRect() : cellsOf(rect);
        if (!cells.isNull() && isLarge(cells)) cells = kLarge;
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
        if (cells == kLarge) {
            m_large.push_back(key);
            return;
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
        m_large.clear();
        m_cells.clear();
        m_where.clear();
    }

    /// Everything whose rect meets `area`, each once, with its rect.
    template <typename Visit> void forEachNear(const QRectF& area, Visit&& visit) const
    {
        const QRect cells = cellsOf(area);
        if (isLarge(cells)) {
            for (const auto& [key, e] : m_where)
                if (e.rect.intersects(area)) visit(key, e.rect);
            return;
        }
        for (T* key : m_large) {
            const Entry& e = m_where.at(key);
            if (e.rect.intersects(area)) visit(key, e.rect);
        }
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

    /// Where an entry too large for the cells is filed: a marker no cell walk visits.
    static constexpr QRect kLarge = QRect(QPoint(2, 2), QPoint(0, 0)); // not null, no cells

    QRect cellsOf(const QRectF& r) const
    {
        // Clamped so that a coordinate past int's range cannot overflow the cell numbers.
        const auto cell = [this](qreal v) {
            return int(std::clamp(std::floor(v / m_cell), -1e9, 1e9));
        };
        return QRect(QPoint(cell(r.left()), cell(r.top())),
                     QPoint(cell(r.right()), cell(r.bottom())));
    }

    static bool isLarge(const QRect& cells)
    {
        return (static_cast<long long>(cells.right()) - cells.left() + 1) *
                   (static_cast<long long>(cells.bottom()) - cells.top() + 1) >
               kMaxCells;
    }

    static long long cellKey(int cx, int cy)
    {
        return (static_cast<long long>(cx) << 32) ^ static_cast<unsigned int>(cy);
    }

    void unfile(T* key, const QRect& cells)
    {
        if (cells == kLarge) {
            std::erase(m_large, key);
            return;
        }
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
    std::vector<T*> m_large; ///< entries wider than kMaxCells cells, in the order placed
};

} // namespace azimuth::views
