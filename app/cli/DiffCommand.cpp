#include "CliSupport.h"
#include "Commands.h"
#include "model/cost/CostEngine.h"
#include "model/diff/DesignDiff.h"
#include "model/diff/DiffReport.h"
#include "model/diff/DiffWords.h"

#include <cmath>
#include <cstdlib>
#include <ostream>

namespace azimuth::cli {

int runDiff(const std::vector<std::string>& words, Streams io)
{
    auto args = parseOrReport("diff", words, {"--format", "--fail-above"}, io);
    if (!args) return ExitBadInput;
    if (args->positional.size() != 2) {
        io.err << "azimuth diff: expected OLD and NEW"
               << (args->positional.empty()
                       ? std::string()
                       : ", got " + std::to_string(args->positional.size()) + " files")
               << "; see azimuth diff --help\n";
        return ExitBadInput;
    }
    const std::string& oldFile = args->positional[0];
    const std::string& newFile = args->positional[1];
    if (oldFile == "-" && newFile == "-") {
        io.err << "azimuth diff: only one of OLD and NEW can be - (standard input)\n";
        return ExitBadInput;
    }
    const std::string format = args->option("--format").value_or("text");
    if (format != "text" && format != "markdown" && format != "json") {
        io.err << "azimuth diff: unknown format \"" << format << "\"; use text, markdown or json\n";
        return ExitBadInput;
    }
    std::optional<double> failAbove;
    if (auto v = args->option("--fail-above")) {
        char* end = nullptr;
        const double amount = std::strtod(v->c_str(), &end);
        if (v->empty() || *end != '\0' || !std::isfinite(amount) || amount < 0) {
            io.err
                << "azimuth diff: --fail-above must be an amount in USD, like 25 or 100.50; got '"
                << *v << "'\n";
            return ExitBadInput;
        }
        failAbove = amount;
    }
    auto prices = loadPrices(*args, io);
    if (!prices) return ExitBadInput;
    auto before = loadDesignOrStdin(oldFile, io);
    if (!before) return ExitBadInput;
    auto after = loadDesignOrStdin(newFile, io);
    if (!after) return ExitBadInput;

    const model::DesignDiff diff = model::diffDesigns(*before, *after, *prices);
    const std::string text = format == "json"       ? model::diffJson(oldFile, newFile, diff)
                             : format == "markdown" ? model::diffMarkdown(diff)
                                                    : model::diffText(diff);
    if (!writeOutput(std::nullopt, text, io)) return ExitBadInput;
    const double rise = model::roundCents(diff.cost.delta());
    if (failAbove && rise > model::roundCents(*failAbove)) {
        io.err << "azimuth diff: the monthly total rose " << model::dollars(rise)
               << ", more than --fail-above " << model::dollars(*failAbove) << "\n";
        return ExitOverBudget;
    }
    return ExitOk;
}

} // namespace azimuth::cli
