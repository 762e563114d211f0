#include "ExportFile.h"
#include "GuiCommands.h"
#include "OutputFormat.h"
#include "app/cli/CliSupport.h"
#include "views/export/DesignScene.h"
#include "views/export/DiagramRenderer.h"

#include <cmath>
#include <cstdlib>
#include <ostream>

namespace azimuth::app {

using namespace azimuth::cli;

int runRender(const std::vector<std::string>& words, Streams io)
{
    auto args = parseOrReport("render", words, {"--output", "--scale", "--theme", "--background"},
                              io, {{"-o", "--output"}});
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
    if (!loadPrices(*args, io)) return ExitBadInput;
    auto design = loadDesign(*file, io);
    if (!design) return ExitBadInput;

    views::DesignScene holder(std::move(*design));
    views::DiagramRenderer renderer(holder.scene(), *theme);
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
