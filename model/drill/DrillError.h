#pragma once

#include <stdexcept>

namespace azimuth::model {

/// Thrown when a drill is asked to fail something that is not in the design or is
/// not an Availability Zone, Wavelength Zone or Region; the message names the id.
class DrillError : public std::invalid_argument
{
  public:
    using std::invalid_argument::invalid_argument;
};

} // namespace azimuth::model
