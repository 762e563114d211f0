#include "CliSupport.h"
#include "Commands.h"
#include "model/rules/FindingsReport.h"
#include "model/rules/RulesEngine.h"

#include <algorithm>
#include <filesystem>
#include <ostream>

#ifndef AZIMUTH_VERSION
#define AZIMUTH_VERSION "0.0.0"
#endif

namespace azimuth::cli {

namespace {

/// The directory SARIF paths are relative to; empty (every path absolute) when unknown.
std::string workingDirectory()
{
    std::error_code ec;
    const auto cwd = std::filesystem::current_path(ec);
    return ec ? std::string() : cwd.generic_string();
}

} // namespace

int runCheck(const std::vector<std::string>& words, Streams io)
{
    auto args = parseOrReport("check", words, {"--format"}, io);
    if (!args) return ExitBadInput;
    auto file = singleFile("check", *args, io);
    if (!file) return ExitBadInput;
    const std::string format = args->option("--format").value_or("text");
    if (format != "text" && format != "json" && format != "sarif") {
        io.err << "azimuth check: unknown format \"" << format << "\"; use text, json or sarif\n";
        return ExitBadInput;
    }
    auto prices = loadPrices(*args, io);
    if (!prices) return ExitBadInput;
    auto design = loadDesign(*file, io);
    if (!design) return ExitBadInput;

    const auto findings = model::checkDesign(*design, *prices);
    if (format == "json")
        io.out << model::findingsJson(*file, findings);
    else if (format == "sarif")
        io.out << model::findingsSarif(*file, *design, findings, AZIMUTH_VERSION,
                                       workingDirectory());
    else
        io.out << model::findingsText(*file, findings);
    io.out.flush();
    const bool anyError = std::any_of(findings.begin(), findings.end(), [](const auto& f) {
        return f.severity == model::Severity::Error;
    });
    return anyError ? ExitFindings : ExitOk;
}

} // namespace azimuth::cli
