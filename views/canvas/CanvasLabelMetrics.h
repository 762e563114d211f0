#pragma once
// The layout's question "how wide are these words?" answered with the canvas's fonts.

#include "model/catalog/KindCatalog.h"
#include "model/core/Design.h"
#include "model/layout/LabelMetrics.h"

namespace azimuth::views {

class CanvasLabelMetrics : public model::LabelMetrics
{
  public:
    explicit CanvasLabelMetrics(const model::KindCatalog& catalog) : m_catalog(catalog) {}

    double nodeTextWidth(const model::Component& c) const override;
    double bandTextWidth(const model::Component& c) const override;
    double titleWidth(const model::Component& c, bool full) const override;

  private:
    const model::KindCatalog& m_catalog;
};

} // namespace azimuth::views
