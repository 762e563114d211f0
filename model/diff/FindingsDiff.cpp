#include "FindingsDiff.h"

#include <algorithm>
#include <string>
#include <unordered_map>

namespace azimuth::model {

namespace {

std::string keyOf(const Finding& f)
{
    std::string key = f.rule;
    for (const auto& id : f.components) {
        key += '\n';
        key += id.value;
    }
    return key;
}

/// The findings of `from` that `against` has no counterpart for (as many times as they
/// repeat), in rules.md order.
std::vector<Finding> without(const std::vector<Finding>& from, const std::vector<Finding>& against)
{
    std::unordered_map<std::string, int> counts;
    for (const auto& f : against)
        ++counts[keyOf(f)];
    std::vector<Finding> out;
    for (const auto& f : from) {
        auto it = counts.find(keyOf(f));
        if (it != counts.end() && it->second > 0)
            --it->second;
        else
            out.push_back(f);
    }
    std::stable_sort(out.begin(), out.end(), findingBefore);
    return out;
}

} // namespace

FindingsChange diffFindings(const std::vector<Finding>& before, const std::vector<Finding>& after)
{
    return {without(after, before), without(before, after)};
}

} // namespace azimuth::model
