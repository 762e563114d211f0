#include "CliSupport.h"
#include "Commands.h"
#include "model/catalog/KindCatalog.h"
#include "model/export/CloudFormationTemplate.h"

#include <ostream>

namespace azimuth::cli {

int runCloudFormation(const std::vector<std::string>& words, Streams io)
{
    auto args =
        parseOrReport("cloudformation", words, {"--output", "--region"}, io, {{"-o", "--output"}});
    if (!args) return ExitBadInput;
    auto file = singleFile("cloudformation", *args, io);
    if (!file) return ExitBadInput;
    auto output = args->option("--output");
    if (!output || output->empty()) {
        io.err << "azimuth cloudformation: -o OUT.json or -o OUT.yaml is required\n";
        return ExitBadInput;
    }
    model::CloudFormationFormat format;
    if (output->ends_with(".json"))
        format = model::CloudFormationFormat::Json;
    else if (output->ends_with(".yaml") || output->ends_with(".yml"))
        format = model::CloudFormationFormat::Yaml;
    else {
        io.err << "azimuth cloudformation: " << *output
               << ": unknown format; the output must end in .json, .yaml or .yml\n";
        return ExitBadInput;
    }
    auto design = loadDesign(*file, io);
    if (!design) return ExitBadInput;
    model::CloudFormationOptions options;
    options.region = args->option("--region");
    std::string text;
    try {
        text = model::exportCloudFormation(*design, model::KindCatalog::builtin(), format, options);
    } catch (const model::CloudFormationError& e) {
        io.err << *file << ": " << e.what() << "\n";
        return ExitBadInput;
    }
    return writeOutput(output, text, io) ? ExitOk : ExitBadInput;
}

} // namespace azimuth::cli
