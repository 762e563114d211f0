#include "Finding.h"

#include <algorithm>

namespace azimuth::model {

bool findingBefore(const Finding& a, const Finding& b)
{
    if (a.severity != b.severity) return a.severity < b.severity;
    if (int c = a.rule.compare(b.rule); c != 0) return c < 0;
    if (a.components != b.components)
        return std::lexicographical_compare(a.components.begin(), a.components.end(),
                                            b.components.begin(), b.components.end());
    return a.message < b.message;
}

} // namespace azimuth::model
