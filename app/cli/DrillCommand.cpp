#include "CliSupport.h"
#include "Commands.h"
#include "model/drill/Drill.h"
#include "model/drill/DrillError.h"
#include "model/drill/DrillNetwork.h"
#include "model/drill/DrillReport.h"

#include <ostream>
#include <sstream>

namespace azimuth::cli {

namespace {

/// `--fail a` or `--fail a,b`: ids never hold a comma, so several zones can fail at once.
std::vector<model::ComponentId> failedIds(const std::string& value)
{
    std::vector<model::ComponentId> ids;
    std::stringstream in(value);
    std::string id;
    while (std::getline(in, id, ','))
        if (!id.empty()) ids.emplace_back(id);
    return ids;
}

} // namespace

int runDrill(const std::vector<std::string>& words, Streams io)
{
    auto args = parseOrReport("drill", words, {"--fail", "--format"}, io);
    if (!args) return ExitBadInput;
    auto file = singleFile("drill", *args, io);
    if (!file) return ExitBadInput;
    const std::string format = args->option("--format").value_or("text");
    if (format != "text" && format != "json") {
        io.err << "azimuth drill: unknown format \"" << format << "\"; use text or json\n";
        return ExitBadInput;
    }
    auto fail = args->option("--fail");
    if (!fail || failedIds(*fail).empty()) {
        io.err << "azimuth drill: --fail ZONE_OR_REGION_ID is required\n";
        return ExitBadInput;
    }
    auto design = loadDesign(*file, io);
    if (!design) return ExitBadInput;
    auto prices = loadPrices(*args, io);
    if (!prices) return ExitBadInput;
    try {
        model::DrillResult result = model::runDrill(*design, failedIds(*fail));
        model::priceDrillTransfer(*design, result, *prices);
        io.out << (format == "json" ? model::drillJson(result)
                                    : model::drillNarrative(*design, result));
        io.out.flush();
        return ExitOk;
    } catch (const model::DrillError& e) {
        io.err << *file << ": --fail " << *fail << ": " << e.what() << "\n";
        return ExitBadInput;
    }
}

} // namespace azimuth::cli
