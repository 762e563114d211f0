// Comparing two large designs (target: two 10,000-component designs, whole process of
// `azimuth diff`, under 1 s). NEW is OLD after a review's worth of edits.

#include "DesignGenerator.h"
#include "model/cost/PriceCatalog.h"
#include "model/diff/DesignDiff.h"
#include "model/diff/DiffReport.h"
#include "model/io/DesignWriter.h"
#include "model/io/SafeWrite.h"

#include <benchmark/benchmark.h>
#include <filesystem>
#include <map>

using namespace azimuth;

namespace {

/// OLD with one component in a hundred changed (instance types, counts, names), every
/// lightsail instance of every tenth block removed with its connections, a bucket added
/// to every tenth block in its place, and every fiftieth connection relabelled: as many
/// components as OLD.
model::Design reviewed(const model::Design& old)
{
    model::Design d = old;
    const auto& components = old.components();
    for (size_t i = 0; i < components.size(); i += 100) {
        model::Component* c = d.mutableComponent(components[i].id);
        if (c->props.find("instanceType"))
            c->props.set("instanceType", model::Json("m5.xlarge"));
        else if (c->props.find("count"))
            c->props.set("count", model::Json(7));
        else
            c->name = "renamed " + c->id.value;
    }
    for (size_t i = 0; i < components.size(); ++i) {
        const std::string& id = components[i].id.value;
        // Ids are "b<block>-<stem>": a tenth block's number ends in 0.
        const size_t dash = id.find('-');
        if (dash == std::string::npos || dash < 2 || id[dash - 1] != '0') continue;
        if (id.ends_with("-vps0")) {
            for (int k = static_cast<int>(d.connections().size()) - 1; k >= 0; --k) {
                const auto& conn = d.connections()[static_cast<size_t>(k)];
                if (conn.from.value == id || conn.to.value == id) d.removeConnectionAt(k);
            }
            d.removeComponentAt(d.indexOf(model::ComponentId(id)));
            model::Component bucket;
            bucket.id = model::ComponentId(id.substr(0, id.find('-')) + "-new-bucket");
            bucket.kind = "s3-bucket";
            bucket.parent = components[i].parent;
            d.insertComponent(std::move(bucket));
        }
    }
    for (size_t k = 0; k < d.connections().size(); k += 50)
        d.mutableConnection(d.connections()[k].id)->label = "relabelled";
    return d;
}

struct Pair
{
    model::Design before, after;
};

const Pair& pair(int n)
{
    static std::map<int, Pair> cache;
    auto it = cache.find(n);
    if (it == cache.end()) {
        bench::GeneratorOptions options;
        options.components = n;
        options.users = true;
        model::Design before = bench::generateDesign(options);
        model::Design after = reviewed(before);
        it = cache.emplace(n, Pair{std::move(before), std::move(after)}).first;
    }
    return it->second;
}

void BM_Diff(benchmark::State& state)
{
    const Pair& p = pair(static_cast<int>(state.range(0)));
    const model::PriceCatalog& prices = model::PriceCatalog::builtin();
    size_t changes = 0;
    for (auto _ : state) {
        model::DesignDiff diff = model::diffDesigns(p.before, p.after, prices);
        changes = diff.structure.size();
        benchmark::DoNotOptimize(diff);
    }
    state.counters["changes"] = static_cast<double>(changes);
}

/// The diff written as markdown; also leaves OLD and NEW in the temporary directory
/// (named in the label) for timing the whole `azimuth diff` process on them.
void BM_DiffMarkdown(benchmark::State& state)
{
    const int n = static_cast<int>(state.range(0));
    const Pair& p = pair(n);
    const auto dir = std::filesystem::temp_directory_path();
    const std::string oldPath =
        (dir / ("azimuth-diff-old-" + std::to_string(n) + ".azimuth")).string();
    const std::string newPath =
        (dir / ("azimuth-diff-new-" + std::to_string(n) + ".azimuth")).string();
    for (const auto& [path, design] : {std::pair{oldPath, &p.before}, {newPath, &p.after}})
        if (auto error = model::writeFileAtomically(path, model::writeDesign(*design))) {
            state.SkipWithError(error->c_str());
            return;
        }
    const model::DesignDiff diff =
        model::diffDesigns(p.before, p.after, model::PriceCatalog::builtin());
    for (auto _ : state) {
        std::string text = model::diffMarkdown(diff);
        benchmark::DoNotOptimize(text);
    }
    state.SetLabel(oldPath + " " + newPath);
}

} // namespace

BENCHMARK(BM_Diff)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DiffMarkdown)->Arg(10000)->Unit(benchmark::kMillisecond);
