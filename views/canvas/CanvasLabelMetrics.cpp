#include "CanvasLabelMetrics.h"

#include "ComponentText.h"

#include <QFontMetricsF>
#include <algorithm>

namespace azimuth::views {

namespace {
// Shared across calls: building font metrics for each of 10,000 components is the
// costliest part of measuring them.
const QFontMetricsF& titleMetrics()
{
    static const QFontMetricsF fm(ComponentText::titleFont());
    return fm;
}
const QFontMetricsF& factMetrics()
{
    static const QFontMetricsF fm(ComponentText::factFont());
    return fm;
}
} // namespace

double CanvasLabelMetrics::nodeTextWidth(const model::Component& c) const
{
    const ComponentText t = ComponentText::of(m_catalog, c);
    return std::max(titleMetrics().horizontalAdvance(t.title),
                    factMetrics().horizontalAdvance(t.summary));
}

double CanvasLabelMetrics::bandTextWidth(const model::Component& c) const
{
    return nodeTextWidth(c);
}

double CanvasLabelMetrics::titleWidth(const model::Component& c, bool full) const
{
    const QStringList forms = ComponentText::of(m_catalog, c).titleForms();
    return titleMetrics().horizontalAdvance(full ? forms.front() : forms.back());
}

} // namespace azimuth::views
