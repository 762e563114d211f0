#pragma once
// Where every component of a design is drawn. Components with geometry keep it (relative
// to their parent); the others are laid out: regions side by side, zones in columns,
// spanning groups as bands across the zones they use, everything else in a tidy grid.
// Containers grow to fit what they hold. Qt-free so exporters draw the same picture.

#include "model/catalog/KindCatalog.h"
#include "model/core/Design.h"

#include <unordered_map>

namespace azimuth::model {

/// Sizes of the drawing, in canvas units; all multiples of the 8-unit grid.
struct LayoutMetrics
{
    static constexpr double grid = 8;
    static constexpr double nodeW = 144;
    static constexpr double nodeH = 88;
    static constexpr double bandH = 72;
    static constexpr double header = 32;
    static constexpr double pad = 16;
    static constexpr double gap = 24;
    static constexpr double zoneMinW = 192;
};

/// Absolute boxes (top-left of the canvas is 0,0) of every component.
struct Layout
{
    std::unordered_map<ComponentId, Geometry> boxes;

    const Geometry* box(const ComponentId& id) const
    {
        auto it = boxes.find(id);
        return it == boxes.end() ? nullptr : &it->second;
    }
};

/// Whether a kind is drawn as a frame that holds others.
bool isContainerKind(const KindCatalog& catalog, std::string_view kind);
/// Whether a kind is a zone (an Availability or Wavelength Zone): what `zones` lists.
bool isZoneKind(std::string_view kind);

/// Lays out a whole design.
Layout computeLayout(const Design& design, const KindCatalog& catalog = KindCatalog::builtin());

/// Rounds a coordinate to the grid.
double snapToGrid(double v);

} // namespace azimuth::model
