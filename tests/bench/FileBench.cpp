// File to model and back: BM_Load against a bare Boost.PropertyTree read_json of the same
// text (the floor), BM_Save, and BM_SaveFile, the whole save to disk. BM_SaveFile leaves
// its file, azimuth-bench-N.azimuth in the temporary directory (its label says where), for
// timing the command line on a large design: `azimuth check|cost|fmt` of that file.

#include "DesignGenerator.h"
#include "model/io/DesignReader.h"
#include "model/io/DesignWriter.h"
#include "model/io/SafeWrite.h"

#include <benchmark/benchmark.h>
#include <boost/property_tree/json_parser.hpp>
#include <boost/property_tree/ptree.hpp>
#include <filesystem>
#include <map>
#include <sstream>

namespace {

using namespace azimuth;

/// The saved text of a generated design of n components, made once per size.
const std::string& designText(int n)
{
    static std::map<int, std::string> cache;
    auto it = cache.find(n);
    if (it == cache.end())
        it = cache.emplace(n, model::writeDesign(bench::generateDesign({n, -1}))).first;
    return it->second;
}

void BM_BaselineParsePT(benchmark::State& state)
{
    const std::string& text = designText(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        std::istringstream in(text);
        boost::property_tree::ptree tree;
        boost::property_tree::read_json(in, tree);
        benchmark::DoNotOptimize(tree);
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}

void BM_Load(benchmark::State& state)
{
    const std::string& text = designText(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        model::Design d = model::readDesign(text, "bench.azimuth");
        benchmark::DoNotOptimize(d);
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}

void BM_Save(benchmark::State& state)
{
    model::Design d = model::readDesign(designText(static_cast<int>(state.range(0))), "bench");
    for (auto _ : state) {
        std::string out = model::writeDesign(d);
        benchmark::DoNotOptimize(out);
    }
}

void BM_SaveFile(benchmark::State& state)
{
    const int n = static_cast<int>(state.range(0));
    model::Design d = model::readDesign(designText(n), "bench");
    const std::string path = (std::filesystem::temp_directory_path() /
                              ("azimuth-bench-" + std::to_string(n) + ".azimuth"))
                                 .string();
    for (auto _ : state) {
        if (auto error = model::writeFileAtomically(path, model::writeDesign(d))) {
            state.SkipWithError(error->c_str());
            return;
        }
    }
    state.SetLabel(path);
}

} // namespace

BENCHMARK(BM_BaselineParsePT)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Load)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Save)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SaveFile)->Arg(10000)->Unit(benchmark::kMillisecond);
