#include "ExportFile.h"
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
                  "OUT.csv, OUT.json or OUT.xlsx\n";
        return ExitBadInput;
    }
    const std::string format = extensionOf(*out);
    if (!isReportFormat(format)) {
        io.err << "azimuth report: cannot tell the format of '" << *out
               << "'; the output must end in .html, .pdf, .csv, .json or .xlsx\n";
        return ExitBadInput;
    }
    auto prices = loadPrices(*args, io);
    if (!prices) return ExitBadInput;
    auto design = loadDesign(*file, io);
    if (!design) return ExitBadInput;

    views::DesignScene holder(std::move(*design));
    views::ReportBuilder report(holder.scene(), *prices, *file);
    const ExportBytes rendered = renderReport(report, format);
    if (!rendered.error.isEmpty()) {
        io.err << "azimuth report: " << *out << ": " << rendered.error.toStdString() << "\n";
        return ExitBadInput;
    }
    return writeOutput(*out, rendered.bytes.toStdString(), io) ? ExitOk : ExitBadInput;
}

} // namespace azimuth::app
