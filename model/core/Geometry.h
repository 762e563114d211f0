#pragma once

namespace azimuth::model {

/// A rectangle in canvas units, relative to the parent's top-left corner.
struct Geometry
{
    double x = 0;
    double y = 0;
    double w = 0;
    double h = 0;
    friend bool operator==(const Geometry&, const Geometry&) = default;
};

} // namespace azimuth::model
