#include "EstimatedLabelMetrics.h"

namespace azimuth::model {

namespace {

/// Characters, not bytes: a UTF-8 name with accents is not wider than its letters.
double characters(std::string_view text)
{
    double n = 0;
    for (unsigned char ch : text)
        if ((ch & 0xC0) != 0x80) ++n;
    return n;
}

} // namespace

double EstimatedLabelMetrics::titleText(std::string_view text)
{
    return characters(text) * 8.0;
}

double EstimatedLabelMetrics::nodeTextWidth(const Component& c) const
{
    return titleText(c.displayName());
}

double EstimatedLabelMetrics::bandTextWidth(const Component& c) const
{
    const KindSpec* spec = m_catalog.find(c.kind);
    const std::string label = spec ? spec->label : c.kind;
    return titleText(label + " · " + c.displayName());
}

double EstimatedLabelMetrics::titleWidth(const Component& c, bool full) const
{
    const KindSpec* spec = m_catalog.find(c.kind);
    const std::string label = spec ? spec->label : c.kind;
    return full ? titleText(label + " · " + c.displayName()) : titleText(c.displayName());
}

} // namespace azimuth::model
