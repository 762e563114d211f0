#pragma once
// How much room a component's words need. Auto layout asks so that no name is cut short:
// the canvas answers with its own fonts; without one, EstimatedLabelMetrics guesses.

#include "model/core/Component.h"

namespace azimuth::model {

class LabelMetrics
{
  public:
    virtual ~LabelMetrics() = default;
    /// Width of the widest line under a node's icon (its name, its facts).
    virtual double nodeTextWidth(const Component& c) const = 0;
    /// Width of the widest line beside a band's icon (its title, its facts).
    virtual double bandTextWidth(const Component& c) const = 0;
    /// Width of a container's title: in full, or only as much as shows its name whole.
    virtual double titleWidth(const Component& c, bool full) const = 0;
};

} // namespace azimuth::model
