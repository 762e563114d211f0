#include "CliSupport.h"
#include "Commands.h"
#include "model/import/TemplateImporter.h"
#include "model/import/TemplateText.h"
#include "model/io/DesignWriter.h"
#include "model/io/LoadError.h"

#include <ostream>

namespace azimuth::cli {

namespace {

/// Takes the `--parameter KEY=VALUE` words out (the option may repeat); returns false and
/// says why for a malformed one.
bool takeParameters(std::vector<std::string>& words, std::map<std::string, std::string>& out,
                    Streams io)
{
    std::vector<std::string> rest;
    for (size_t i = 0; i < words.size(); ++i) {
        std::string value;
        if (words[i] == "--parameter") {
            if (i + 1 == words.size()) {
                io.err << "azimuth import: --parameter needs KEY=VALUE\n";
                return false;
            }
            value = words[++i];
        } else if (words[i].starts_with("--parameter=")) {
            value = words[i].substr(12);
        } else {
            rest.push_back(words[i]);
            continue;
        }
        size_t eq = value.find('=');
        if (eq == 0 || eq == std::string::npos) {
            io.err << "azimuth import: --parameter " << value << ": use KEY=VALUE\n";
            return false;
        }
        out[value.substr(0, eq)] = value.substr(eq + 1);
    }
    words = std::move(rest);
    return true;
}

} // namespace

int runImport(const std::vector<std::string>& given, Streams io)
{
    std::vector<std::string> words = given;
    std::map<std::string, std::string> parameters;
    if (!takeParameters(words, parameters, io)) return ExitBadInput;
    auto args = parseOrReport("import", words, {"--output", "--region", "--report"}, io,
                              {{"-o", "--output"}});
    if (!args) return ExitBadInput;
    auto file = singleFile("import", *args, io);
    if (!file) return ExitBadInput;
    const std::string reportFormat = args->option("--report").value_or("text");
    if (reportFormat != "text" && reportFormat != "json") {
        io.err << "azimuth import: --report " << reportFormat << ": use text or json\n";
        return ExitBadInput;
    }
    const std::string region = args->option("--region").value_or("us-east-1");
    model::ImportOptions options;
    try {
        options = model::importOptionsFor(region);
    } catch (const std::invalid_argument& e) {
        io.err << "azimuth import: --region " << region << ": " << e.what() << "\n";
        return ExitBadInput;
    }
    options.parameters = std::move(parameters);
    model::ImportResult result;
    try {
        const model::TemplateLimits limits;
        std::string text = model::readFileText(*file, limits.maxBytes, "template");
        result = model::importTemplateText(text, *file, options);
    } catch (const model::LoadError& e) {
        io.err << e.what() << "\n";
        return ExitBadInput;
    }
    if (!writeOutput(args->option("--output"), model::writeDesign(result.design), io))
        return ExitBadInput;
    io.err << (reportFormat == "json" ? model::importReportJson(result.report)
                                      : model::importReportText(result.report));
    return ExitOk;
}

} // namespace azimuth::cli
