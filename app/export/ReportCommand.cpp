#include "GuiCommands.h"
#include "OutputFormat.h"
#include "app/cli/CliSupport.h"
#include "views/export/DesignScene.h"
#include "views/export/ReportBuilder.h"

#include <ostream>

namespace azimuth::app {

using namespace azimuth::cli;

int runReport(const std::vector<std::string>& words, Streams io)
{
    auto args = parseOrReport("report", words, {"--output"}, io, {{"-o", "--output"}});
    if (!args) return ExitBadInput;
    auto file = singleFile("report", *args, io);
    if (!file) return ExitBadInput;
    const auto out = args->option("--output");
    if (!out || out->empty() || *out == "-") {
        io.err << "azimuth report: say where to write the report with -o OUT.html, OUT.pdf, "
                  "OUT.csv or OUT.json\n";
        return ExitBadInput;
    }
    const std::string format = extensionOf(*out);
    if (format != "html" && format != "htm" && format != "pdf" && format != "csv" &&
        format != "json") {
        io.err << "azimuth report: cannot tell the format of '" << *out
               << "'; the output must end in .html, .pdf, .csv or .json\n";
        return ExitBadInput;
    }
    auto prices = loadPrices(*args, io);
    if (!prices) return ExitBadInput;
    auto design = loadDesign(*file, io);
    if (!design) return ExitBadInput;

    views::DesignScene holder(std::move(*design));
    views::ReportBuilder report(holder.scene(), *prices, *file);
    std::string bytes;
    if (format == "pdf")
        bytes = report.pdf().toStdString();
    else if (format == "csv")
        bytes = report.csv();
    else if (format == "json")
        bytes = report.json();
    else
        bytes = report.html();
    return writeOutput(*out, bytes, io) ? ExitOk : ExitBadInput;
}

} // namespace azimuth::app
