#include "ExportFile.h"
#include "GuiCommands.h"
#include "OutputFormat.h"
#include "app/cli/CliSupport.h"
#include "views/analysis/AnalysisService.h"
#include "views/analysis/CanvasAnnotations.h"
#include "views/export/DesignScene.h"
#include "views/export/DiagramRenderer.h"

#include <cmath>
#include <cstdlib>
#include <memory>
#include <ostream>

namespace azimuth::app {

using namespace azimuth::cli;

int runRender(const std::vector<std::string>& words, Streams io)
{
    auto args = parseOrReport("render", words, {"--output", "--scale", "--theme", "--background"},
                              io, {{"-o", "--output"}}, {"--findings"});
    if (!args) return ExitBadInput;
    auto file = singleFile("render", *args, io);
    if (!file) return ExitBadInput;
    const auto out = args->option("--output");
    if (!out || out->empty() || *out == "-") {
        io.err << "azimuth render: say where to write the diagram with -o OUT.png, OUT.svg, "
                  "OUT.pdf or OUT.drawio\n";
        return ExitBadInput;
    }
    const std::string format = extensionOf(*out);
    if (!isDiagramFormat(format)) {
        io.err << "azimuth render: cannot tell the format of '" << *out
               << "'; the output must end in .png, .svg, .pdf or .drawio\n";
        return ExitBadInput;
    }
    double scale = 1.0;
    if (auto s = args->option("--scale")) {
        char* end = nullptr;
        scale = std::strtod(s->c_str(), &end);
        if (s->empty() || *end != '\0' || !std::isfinite(scale) || scale <= 0 || scale > 16) {
            io.err
                << "azimuth render: --scale must be a number above 0 and at most 16, like 2; got '"
                << *s << "'\n";
            return ExitBadInput;
        }
    }
    const std::string themeName = args->option("--theme").value_or("light");
    auto theme = views::Theme::byName(QString::fromStdString(themeName));
    if (!theme) {
        io.err << "azimuth render: unknown --theme '" << themeName << "'; use light or dark\n";
        return ExitBadInput;
    }
    const std::string background = args->option("--background").value_or("");
    if (!background.empty() && background != "white" && background != "transparent") {
        io.err << "azimuth render: unknown --background '" << background
               << "'; use white or transparent\n";
        return ExitBadInput;
    }
    if (background == "white") theme->background = Qt::white;
    const bool findings = args->flag("--findings");
    if (findings && format == "drawio") {
        io.err << "azimuth render: --findings draws the findings' dots on PNG, SVG and PDF "
                  "diagrams; a draw.io file has none\n";
        return ExitBadInput;
    }
    if (!loadPrices(*args, io)) return ExitBadInput;
    auto design = loadDesign(*file, io);
    if (!design) return ExitBadInput;

    views::DesignScene holder(std::move(*design));
    // The findings' dots, as the canvas draws them, from the same rules and prices.
    std::unique_ptr<views::AnalysisService> analysis;
    std::unique_ptr<views::CanvasAnnotations> annotations;
    if (findings) {
        analysis = std::make_unique<views::AnalysisService>(holder.modelSignals());
        if (auto prices = args->option("--prices")) {
            const QString error = analysis->setPriceCatalogFile(QString::fromStdString(*prices));
            if (!error.isEmpty()) {
                io.err << error.toStdString() << "\n";
                return ExitBadInput;
            }
        }
        analysis->recomputeNow();
        annotations = std::make_unique<views::CanvasAnnotations>(holder.scene(), *analysis);
        annotations->refresh();
    }
    views::DiagramRenderer renderer(holder.scene(), *theme);
    renderer.setIncludeFindings(findings);
    const auto& t = holder.design().title;
    const QString title = QString::fromStdString(t && !t->empty() ? *t : *file);
    const ExportBytes rendered =
        renderDiagram(renderer, format, title, scale, background == "transparent");
    if (!rendered.error.isEmpty()) {
        io.err << "azimuth render: " << *out << ": " << rendered.error.toStdString() << "\n";
        return ExitBadInput;
    }
    if (!rendered.note.isEmpty())
        io.err << "azimuth render: " << *out << ": " << rendered.note.toStdString() << "\n";
    return writeOutput(*out, rendered.bytes.toStdString(), io) ? ExitOk : ExitBadInput;
}

} // namespace azimuth::app
