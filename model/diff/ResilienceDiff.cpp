#include "ResilienceDiff.h"

#include "DrillWorld.h"
#include "model/drill/Drill.h"

#include <algorithm>

namespace azimuth::model {

std::vector<ResilienceChange> diffResilience(const Design& before, const Design& after,
                                             const KindCatalog& catalog)
{
    std::vector<ResilienceChange> out;
    // The groups of users are the drill's entry points; one drill of NEW names them.
    const Component* anyTarget = nullptr;
    for (const auto& c : after.components())
        if (isDrillTarget(catalog, c)) {
            anyTarget = &c;
            break;
        }
    if (!anyTarget) return out;
    const std::vector<DrillEntryPoint> groups = runDrill(after, anyTarget->id, catalog).entryPoints;

    const DesignLinks linksBefore(before), linksAfter(after);
    for (const auto& group : groups) {
        const DrillWorld now(linksAfter, group.id, catalog);
        const DrillWorld then(linksBefore, group.id, catalog);
        // Nothing these users depend on changed: no zone's failure does anything new.
        if (now.sameAs(then)) continue;
        // Zones and regions outside both worlds take nothing of theirs down, then or now.
        std::vector<int> concerned;
        for (const auto* targets : {&now.targets(), &then.targets()})
            for (const ComponentId& id : *targets) {
                const Component* c = after.component(id);
                if (c && isDrillTarget(catalog, *c)) concerned.push_back(after.indexOf(id));
            }
        std::sort(concerned.begin(), concerned.end());
        concerned.erase(std::unique(concerned.begin(), concerned.end()), concerned.end());
        const Component* users = after.component(group.id);
        for (int index : concerned) {
            const Component& target = after.components()[static_cast<size_t>(index)];
            ResilienceChange change;
            change.before = then.servedWhen(target.id);
            change.after = now.servedWhen(target.id).value_or(false);
            if (change.before == change.after) continue;
            change.failed = target.id;
            change.failedName = target.displayName();
            change.entryPoint = group.id;
            change.entryName = users ? users->displayName() : group.id.value;
            out.push_back(std::move(change));
        }
    }
    return out;
}

} // namespace azimuth::model
