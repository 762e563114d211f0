#pragma once
// Text widths guessed from character counts, generous enough for the fonts the canvas
// uses: the layout's answer when nobody measures with a real font (tests, the model alone).

#include "LabelMetrics.h"
#include "model/catalog/KindCatalog.h"

namespace azimuth::model {

class EstimatedLabelMetrics : public LabelMetrics
{
  public:
    explicit EstimatedLabelMetrics(const KindCatalog& catalog) : m_catalog(catalog) {}

    double nodeTextWidth(const Component& c) const override;
    double bandTextWidth(const Component& c) const override;
    double titleWidth(const Component& c, bool full) const override;

    /// Width of `text` in the bold 12-pixel title font, over-estimated.
    static double titleText(std::string_view text);

  private:
    const KindCatalog& m_catalog;
};

} // namespace azimuth::model
