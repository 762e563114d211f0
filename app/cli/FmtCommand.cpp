#include "CliSupport.h"
#include "Commands.h"
#include "model/io/DesignWriter.h"

namespace azimuth::cli {

int runFmt(const std::vector<std::string>& words, Streams io)
{
    auto args = parseOrReport("fmt", words, {"--output"}, io, {{"-o", "--output"}});
    if (!args) return ExitBadInput;
    auto file = singleFile("fmt", *args, io);
    if (!file) return ExitBadInput;
    auto design = loadDesign(*file, io);
    if (!design) return ExitBadInput;
    return writeOutput(args->option("--output"), model::writeDesign(*design), io) ? ExitOk
                                                                                  : ExitBadInput;
}

} // namespace azimuth::cli
