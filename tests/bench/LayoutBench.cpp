// Auto layout and connection routing at scale: generated designs with every position
// removed, laid out measured with the canvas's fonts; every arrow routed again; and the
// arrows of one component rerouted, as during a drag.

#include "DesignGenerator.h"
#include "model/controller/DocumentController.h"
#include "model/layout/AutoLayout.h"
#include "views/canvas/CanvasLabelMetrics.h"
#include "views/canvas/CanvasScene.h"
#include "views/canvas/ConnectionItem.h"
#include "views/core/ModelSignals.h"

#include <benchmark/benchmark.h>
#include <memory>

namespace {

using namespace azimuth;

model::Design unplaced(int n)
{
    model::Design d = bench::generateDesign({n, -1});
    for (const auto& c : std::vector<model::Component>(d.components()))
        d.mutableComponent(c.id)->geometry.reset();
    return d;
}

void BM_AutoLayout(benchmark::State& state)
{
    const model::Design design = unplaced(static_cast<int>(state.range(0)));
    const auto& catalog = model::KindCatalog::builtin();
    const views::CanvasLabelMetrics labels(catalog);
    for (auto _ : state) {
        model::Layout layout = model::computeLayout(design, catalog, &labels);
        benchmark::DoNotOptimize(layout);
    }
    state.SetLabel(std::to_string(design.components().size()) + " components, no positions");
}
BENCHMARK(BM_AutoLayout)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

struct UnplacedScene
{
    model::DocumentController controller;
    std::unique_ptr<views::ModelSignals> bridge;
    std::unique_ptr<views::CanvasScene> scene;

    explicit UnplacedScene(int n)
    {
        controller.setCheckInvariants(false);
        controller.reset(unplaced(n));
        bridge = std::make_unique<views::ModelSignals>(controller);
        scene = std::make_unique<views::CanvasScene>(*bridge);
        scene->ensureLayout();
    }
    ~UnplacedScene()
    {
        scene.reset();
        bridge.reset();
    }
};

void BM_RouteAll(benchmark::State& state)
{
    UnplacedScene f(static_cast<int>(state.range(0)));
    for (auto _ : state)
        f.scene->rerouteAll();
    state.SetLabel(std::to_string(f.controller.design().connections().size()) + " connections");
}
BENCHMARK(BM_RouteAll)->Arg(1000)->Unit(benchmark::kMillisecond);

void BM_RerouteOne(benchmark::State& state)
{
    UnplacedScene f(static_cast<int>(state.range(0)));
    const auto& connections = f.controller.design().connections();
    size_t i = 0;
    for (auto _ : state) {
        f.scene->connectionItem(connections[i % connections.size()].id)->reroute();
        ++i;
    }
}
BENCHMARK(BM_RerouteOne)->Arg(1000)->Arg(10000)->Unit(benchmark::kMicrosecond);

} // namespace
