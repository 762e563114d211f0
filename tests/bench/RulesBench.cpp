// The rules engine over a large generated design (targets for 10,000 components: a full
// check <= 20 ms, the re-check after one property edit <= 2 ms).

#include "DesignGenerator.h"
#include "model/cost/PriceCatalog.h"
#include "model/rules/IncrementalChecker.h"
#include "model/rules/RulesEngine.h"

#include <benchmark/benchmark.h>

using namespace azimuth;

static void BM_CheckAll(benchmark::State& state)
{
    const model::Design design = bench::generateDesign({static_cast<int>(state.range(0))});
    const model::PriceCatalog& prices = model::PriceCatalog::builtin();
    size_t findings = 0;
    for (auto _ : state) {
        auto result = model::checkDesign(design, prices);
        findings = result.size();
        benchmark::DoNotOptimize(result.data());
    }
    state.counters["findings"] = static_cast<double>(findings);
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_CheckAll)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

// One property edit (an Auto Scaling group's zones, alternating between one and two
// zones, so findings come and go) followed by the incremental re-check.
static void BM_IncrementalCheck(benchmark::State& state)
{
    model::Design design = bench::generateDesign({static_cast<int>(state.range(0))});
    model::IncrementalChecker checker(model::PriceCatalog::builtin());
    checker.update(design);
    const model::ComponentId target("b0-asg0");
    model::Component* asg = design.mutableComponent(target);
    if (!asg) {
        state.SkipWithError("the generated design has no b0-asg0");
        return;
    }
    const model::Json twoZones = *asg->props.find("zones");
    model::Json oneZone = model::Json::array();
    oneZone.asArray().push_back(twoZones.asArray().front());
    bool narrow = false;
    for (auto _ : state) {
        narrow = !narrow;
        asg->props.set("zones", narrow ? oneZone : twoZones);
        checker.componentChanged(target);
        const auto& result = checker.update(design);
        benchmark::DoNotOptimize(result.data());
    }
    state.counters["findings"] = static_cast<double>(checker.findings().size());
}
BENCHMARK(BM_IncrementalCheck)->Arg(1000)->Arg(10000)->Unit(benchmark::kMicrosecond);
