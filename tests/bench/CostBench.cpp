// The cost engine over a large generated design (target: 10,000 components in <= 5 ms).

#include "DesignGenerator.h"
#include "model/cost/CostEngine.h"

#include <benchmark/benchmark.h>

using namespace azimuth;

static void BM_CostAll(benchmark::State& state)
{
    const model::Design design = bench::generateDesign({static_cast<int>(state.range(0))});
    const model::PriceCatalog& prices = model::PriceCatalog::builtin();
    const model::KindCatalog& kinds = model::KindCatalog::builtin();
    for (auto _ : state) {
        model::DesignCost cost = model::computeCost(design, prices, kinds);
        benchmark::DoNotOptimize(cost.monthly);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_CostAll)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
