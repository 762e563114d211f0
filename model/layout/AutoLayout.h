#pragma once
// Where every component of a design is drawn, as AWS diagrams draw it. Components with
// geometry keep their place (relative to their parent; a user put them there); the others
// are laid out: regions side by side, each with its zones as columns and its regional
// services in a block beside them; spanning groups as bands across the zones they use, so
// their replicas line up; and inside a column or a container, rows by tier from the edge
// down to the data. Containers grow to fit what they hold and their names, and no box is
// too narrow for its name. The same design always lays out the same. Qt-free, so exporters
// draw the same picture.

#include "LabelMetrics.h"
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
    /// A band's text starts after its icon: 10 + 32 + 10, and keeps 8 clear on the right.
    static constexpr double bandTextInset = 60;
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
/// Whether a kind is a region: what holds zones and regional services.
bool isRegionKind(const KindCatalog& catalog, std::string_view kind);
/// Whether a component is drawn as a band (a spanning kind that names its zones).
bool drawnAsBand(const KindCatalog& catalog, const Component& c);

/// Lays out a whole design; `labels` measures names (EstimatedLabelMetrics when null).
Layout computeLayout(const Design& design, const KindCatalog& catalog = KindCatalog::builtin(),
                     const LabelMetrics* labels = nullptr);

/// Rounds a coordinate to the grid.
double snapToGrid(double v);
/// Rounds a length up to the grid.
double ceilToGrid(double v);

} // namespace azimuth::model
