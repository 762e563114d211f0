// The live analysis after one property edit on a large design (issue #6: recomputation
// never blocks typing or dragging). BM_AnalysisSnapshot is what the UI thread spends
// when the debounce fires (target at 10,000 components: a few ms); the worker's findings
// and cost run outside the timed part. BM_DesignCopy is the whole copy of the design the
// UI thread used to make instead, for comparison.

#include "DesignGenerator.h"
#include "model/controller/DocumentController.h"
#include "views/analysis/AnalysisService.h"
#include "views/core/ModelSignals.h"

#include <QCoreApplication>
#include <QThread>
#include <benchmark/benchmark.h>

using namespace azimuth;

static void BM_AnalysisSnapshot(benchmark::State& state)
{
    model::DocumentController controller;
    controller.setCheckInvariants(false);
    controller.reset(bench::generateDesign({static_cast<int>(state.range(0))}));
    views::ModelSignals relay(controller);
    views::AnalysisService service(relay);
    const model::ComponentId target("b0-asg0");
    if (!controller.design().component(target)) {
        state.SkipWithError("the generated design has no b0-asg0");
        return;
    }
    auto settle = [&] {
        while (service.isPending()) {
            QCoreApplication::processEvents();
            QThread::msleep(1);
        }
    };
    int desired = 3;
    for (auto _ : state) {
        state.PauseTiming();
        controller.setProperty(target, "desired", model::Json(desired = desired == 3 ? 4 : 3));
        state.ResumeTiming();
        service.recomputeInBackground();
        state.PauseTiming();
        settle(); // the worker's part is not the UI thread's
        state.ResumeTiming();
    }
    state.counters["findings"] = static_cast<double>(service.findings()->findings.size());
    state.counters["worker_ms"] = service.lastFindingsMs() + service.lastCostMs();
}
// A fixed count: each iteration also waits, untimed, for the worker.
BENCHMARK(BM_AnalysisSnapshot)
    ->Arg(1000)
    ->Arg(10000)
    ->Iterations(30)
    ->Unit(benchmark::kMillisecond);

static void BM_DesignCopy(benchmark::State& state)
{
    const model::Design design = bench::generateDesign({static_cast<int>(state.range(0))});
    for (auto _ : state) {
        model::Design copy = design;
        benchmark::DoNotOptimize(copy);
    }
}
BENCHMARK(BM_DesignCopy)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
