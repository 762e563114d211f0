#include "RuleRunner.h"

#include "model/rules/Rule.h"
#include "model/rules/RuleRegistry.h"

#include <algorithm>

namespace azimuth::model {

FindingSet runRules(const RuleContext& ctx, std::span<const uint32_t> subjects)
{
    struct Key
    {
        Severity severity;
        uint16_t rule; ///< position in allRules(), which is in rule-id order
        uint32_t index;
        std::string_view first; ///< id of the first component
    };
    std::vector<Finding> found;
    std::vector<uint32_t> from;
    std::vector<Key> keys;
    const Rule* base = allRules().data();
    for (uint32_t i : subjects) {
        for (const Rule* rule : ctx.rulesFor(i)) {
            const size_t before = found.size();
            rule->check(ctx, i, found);
            for (size_t k = before; k < found.size(); ++k) {
                keys.push_back({found[k].severity, static_cast<uint16_t>(rule - base),
                                static_cast<uint32_t>(k), ctx.component(i).id.value});
                from.push_back(i);
            }
        }
    }
    // Severity and rule compare as small integers, the first component (always the
    // subject) as a string; only full ties compare whole findings.
    std::sort(keys.begin(), keys.end(), [&](const Key& a, const Key& b) {
        if (a.severity != b.severity) return a.severity < b.severity;
        if (a.rule != b.rule) return a.rule < b.rule;
        if (int c = a.first.compare(b.first); c != 0) return c < 0;
        return findingBefore(found[a.index], found[b.index]);
    });
    FindingSet out;
    out.findings.reserve(found.size());
    out.subjects.reserve(found.size());
    for (const Key& key : keys) {
        out.findings.push_back(std::move(found[key.index]));
        out.subjects.push_back(from[key.index]);
    }
    return out;
}

} // namespace azimuth::model
