#include "ResilienceDiff.h"

#include "model/drill/Drill.h"

#include <unordered_map>

namespace azimuth::model {

namespace {

/// The drill's entry points when `failed` fails; empty when the design cannot fail it.
std::vector<DrillEntryPoint> entryPointsWhen(const Design& design, const ComponentId& failed,
                                             const KindCatalog& catalog)
{
    const Component* c = design.component(failed);
    if (!c || !isDrillTarget(*c)) return {};
    return runDrill(design, failed, catalog).entryPoints;
}

} // namespace

std::vector<ResilienceChange> diffResilience(const Design& before, const Design& after,
                                             const KindCatalog& catalog)
{
    std::vector<ResilienceChange> out;
    for (const auto& target : after.components()) {
        if (!isDrillTarget(target)) continue;
        const auto now = entryPointsWhen(after, target.id, catalog);
        // Entry points do not depend on what fails: a design with none has nothing here.
        if (now.empty()) break;
        std::unordered_map<std::string, bool> then;
        for (const auto& e : entryPointsWhen(before, target.id, catalog))
            then.emplace(e.id.value, e.served);
        for (const auto& e : now) {
            ResilienceChange change;
            if (auto old = then.find(e.id.value); old != then.end()) change.before = old->second;
            if (change.before == e.served) continue;
            change.failed = target.id;
            change.failedName = target.displayName();
            change.entryPoint = e.id;
            const Component* users = after.component(e.id);
            change.entryName = users ? users->displayName() : e.id.value;
            change.after = e.served;
            out.push_back(std::move(change));
        }
    }
    return out;
}

} // namespace azimuth::model
