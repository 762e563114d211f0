#include "Cli.h"

#include "Commands.h"

#include <algorithm>
#include <filesystem>
#include <ostream>

#ifndef AZIMUTH_VERSION
#define AZIMUTH_VERSION "0.0.0"
#endif

namespace azimuth::cli {

namespace {

int notInThisBuild(const std::vector<std::string>&, Streams io)
{
    io.err << "azimuth: this subcommand is not part of this build yet\n";
    return ExitBadInput;
}

std::vector<Subcommand>& table()
{
    static std::vector<Subcommand> commands = {
        {"check", "check  FILE [--format text|json|sarif]", "findings of the rules engine",
         runCheck},
        {"cost", "cost   FILE [--format text|csv|json] [--budget USD]",
         "monthly cost, by component", runCost},
        {"render",
         "render FILE -o OUT.png|OUT.svg|OUT.pdf|OUT.drawio [--scale N] [--theme light|dark] "
         "[--findings]",
         "export the diagram (OUT.drawio: a draw.io diagram; --findings: with the findings' "
         "dots)",
         notInThisBuild, true},
        {"report", "report FILE -o OUT.html|OUT.pdf|OUT.csv|OUT.json|OUT.xlsx",
         "export a cost report (OUT.xlsx: an Excel workbook)", notInThisBuild, true},
        {"cloudformation", "cloudformation FILE -o OUT.json|OUT.yaml [--region ID]",
         "export a CloudFormation template", runCloudFormation},
        {"fmt", "fmt    FILE [-o OUT]", "rewrite in canonical form (stdout by default)", runFmt},
        {"drill", "drill  FILE --fail ZONE_OR_REGION_ID [--format text|json]",
         "outage drill: what fails when a zone or region goes down", runDrill},
        {"diff", "diff   OLD NEW [--format text|markdown|json] [--fail-above USD]",
         "what a change does to cost, findings, resilience and structure (- reads stdin)", runDiff},
        {"import",
         "import TEMPLATE.json|TEMPLATE.yaml [-o OUT.azimuth] [--region CODE] "
         "[--parameter KEY=VALUE]... [--report text|json]",
         "import a CloudFormation template as a design (the report goes to stderr)", runImport},
    };
    return commands;
}

} // namespace

const std::vector<Subcommand>& subcommands()
{
    return table();
}

const Subcommand* findSubcommand(const std::string& name)
{
    for (const auto& c : table())
        if (c.name == name) return &c;
    return nullptr;
}

void provideSubcommand(const std::string& name,
                       int (*run)(const std::vector<std::string>&, Streams))
{
    for (auto& c : table())
        if (c.name == name) c.run = run;
}

std::string versionText()
{
    return std::string("azimuth ") + AZIMUTH_VERSION + "\n";
}

std::string helpText()
{
    std::string out = "Azimuth " AZIMUTH_VERSION " - a designer for AWS architectures\n\n"
                      "Usage:\n"
                      "  azimuth [FILE]                    open the designer\n";
    for (const auto& c : table()) {
        std::string line = "  azimuth " + c.usage;
        out += line + "\n" + std::string(36, ' ') + c.summary + "\n";
    }
    out += "  azimuth --help | --version\n\n"
           "Every subcommand also takes --prices CATALOG.json, a price catalog that replaces\n"
           "the built-in one for that run.\n\n"
           "Exit status: 0 done (check: no errors); 1 check found an error; 2 the input\n"
           "could not be used; 3 cost is over --budget, or diff's monthly total rose by more\n"
           "than --fail-above.\n";
    return out;
}

bool isGuiInvocation(const std::vector<std::string>& args)
{
    if (args.empty()) return true;
    const std::string& first = args.front();
    if (first == "--help" || first == "-h" || first == "help" || first == "--version") return false;
    if (findSubcommand(first)) return false;
    // Qt's own options (-platform, -style, ...) and one design file open the designer;
    // any other word is a mistyped subcommand.
    if (first.size() > 1 && first[0] == '-' && first[1] != '-') return true;
    std::error_code ec;
    return args.size() == 1 && (std::filesystem::exists(first, ec) || first.ends_with(".azimuth"));
}

int runCli(const std::vector<std::string>& args, Streams io)
{
    if (args.empty() || args.front() == "--help" || args.front() == "-h" ||
        args.front() == "help") {
        io.out << helpText();
        return ExitOk;
    }
    if (args.front() == "--version") {
        io.out << versionText();
        return ExitOk;
    }
    const Subcommand* cmd = findSubcommand(args.front());
    if (!cmd) {
        io.err << "azimuth: unknown subcommand \"" << args.front() << "\"; see azimuth --help\n";
        return ExitBadInput;
    }
    std::vector<std::string> rest(args.begin() + 1, args.end());
    if (std::find(rest.begin(), rest.end(), "--help") != rest.end()) {
        io.out << "Usage: azimuth " << cmd->usage << "\n  " << cmd->summary << "\n";
        return ExitOk;
    }
    return cmd->run(rest, io);
}

} // namespace azimuth::cli
