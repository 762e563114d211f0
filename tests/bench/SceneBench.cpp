// The canvas at scale: building the scene from the model (to the first paint, and with
// every arrow routed), rendering it fitted and at
// 100 %, against Qt's floor (plain rectangles), and one drag step.

#include "DesignGenerator.h"
#include "model/controller/DocumentController.h"
#include "views/canvas/CanvasScene.h"
#include "views/canvas/ComponentItem.h"
#include "views/core/ModelSignals.h"

#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <benchmark/benchmark.h>
#include <memory>

namespace {

using namespace azimuth;

constexpr int kWidth = 1600;
constexpr int kHeight = 1000;

/// A controller holding a generated design, with its scene laid out.
struct SceneFixture
{
    model::DocumentController controller;
    std::unique_ptr<views::ModelSignals> bridge;
    std::unique_ptr<views::CanvasScene> scene;

    explicit SceneFixture(int n)
    {
        controller.setCheckInvariants(false);
        controller.reset(bench::generateDesign({n, -1}));
        bridge = std::make_unique<views::ModelSignals>(controller);
        scene = std::make_unique<views::CanvasScene>(*bridge);
        scene->finishRouting();
    }
    ~SceneFixture()
    {
        scene.reset();
        bridge.reset();
    }
};

void renderInto(QGraphicsScene& scene, const QRectF& source, QImage& image)
{
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    scene.render(&p, QRectF(0, 0, kWidth, kHeight), source, Qt::KeepAspectRatio);
}

void BM_SceneBuild(benchmark::State& state)
{
    model::DocumentController controller;
    controller.setCheckInvariants(false);
    controller.reset(bench::generateDesign({static_cast<int>(state.range(0)), -1}));
    views::ModelSignals bridge(controller);
    for (auto _ : state) {
        views::CanvasScene scene(bridge);
        scene.ensureLayout();
        benchmark::DoNotOptimize(scene.componentItemCount());
    }
}

/// The scene with every arrow routed: what the window reaches after routing in the
/// background, and what an export waits for.
void BM_SceneBuildRouted(benchmark::State& state)
{
    model::DocumentController controller;
    controller.setCheckInvariants(false);
    controller.reset(bench::generateDesign({static_cast<int>(state.range(0)), -1}));
    views::ModelSignals bridge(controller);
    for (auto _ : state) {
        views::CanvasScene scene(bridge);
        scene.finishRouting();
        benchmark::DoNotOptimize(scene.componentItemCount());
    }
}

void BM_BaselineRenderRects(benchmark::State& state)
{
    // The same number of plain rectangles, where our items stand: Qt's own floor.
    SceneFixture fx(static_cast<int>(state.range(0)));
    QGraphicsScene plain;
    for (const auto& c : fx.controller.design().components()) {
        QRectF box = fx.scene->boxOf(c.id);
        plain.addRect(box, QPen(Qt::darkGray), QBrush(Qt::white));
    }
    QImage image(kWidth, kHeight, QImage::Format_ARGB32_Premultiplied);
    const QRectF all = plain.itemsBoundingRect();
    for (auto _ : state)
        renderInto(plain, all, image);
}

void BM_RenderFitAll(benchmark::State& state)
{
    SceneFixture fx(static_cast<int>(state.range(0)));
    QImage image(kWidth, kHeight, QImage::Format_ARGB32_Premultiplied);
    const QRectF all = fx.scene->itemsBoundingRect();
    for (auto _ : state)
        renderInto(*fx.scene, all, image);
}

void BM_RenderZoomed(benchmark::State& state)
{
    // A 1600 x 1000 window at 100 % over the middle of the design.
    SceneFixture fx(static_cast<int>(state.range(0)));
    QImage image(kWidth, kHeight, QImage::Format_ARGB32_Premultiplied);
    const QRectF all = fx.scene->itemsBoundingRect();
    const QRectF window(all.center() - QPointF(kWidth / 2.0, kHeight / 2.0),
                        QSizeF(kWidth, kHeight));
    for (auto _ : state)
        renderInto(*fx.scene, window, image);
}

void BM_DragOne(benchmark::State& state)
{
    // One mouse-move step: the item moves (snapped), its arrows re-route, and the drop
    // target under it is looked up (the reparent test).
    SceneFixture fx(static_cast<int>(state.range(0)));
    views::ComponentItem* item = nullptr;
    std::string kind;
    for (const auto& c : fx.controller.design().components())
        if (c.kind == "ec2-fleet" && !fx.controller.design().incoming(c.id).empty()) {
            item = fx.scene->componentItem(c.id);
            kind = c.kind;
            break;
        }
    if (!item) {
        state.SkipWithError("no connected fleet in the generated design");
        return;
    }
    qreal dx = 8;
    for (auto _ : state) {
        item->setPos(item->pos() + QPointF(dx, 0));
        dx = -dx;
        auto target = fx.scene->targetAt(kind, item->box().center(), item->id());
        benchmark::DoNotOptimize(target);
    }
}

} // namespace

BENCHMARK(BM_SceneBuild)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SceneBuildRouted)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_BaselineRenderRects)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RenderFitAll)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RenderZoomed)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DragOne)->Arg(1000)->Arg(10000)->Unit(benchmark::kMicrosecond);
