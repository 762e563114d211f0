#pragma once
// The `azimuth` command line (cli.md): one frame that parses the subcommand and hands
// the rest to the subcommand's own file.

#include <iosfwd>
#include <string>
#include <vector>

namespace azimuth::cli {

/// Exit statuses of cli.md.
enum ExitCode
{
    ExitOk = 0,
    ExitFindings = 1,
    ExitBadInput = 2,
    ExitOverBudget = 3
};

struct Streams
{
    std::ostream& out;
    std::ostream& err;
};

/// A headless subcommand: name, usage line, and what runs it.
struct Subcommand
{
    std::string name;
    std::string usage;
    std::string summary;
    int (*run)(const std::vector<std::string>& words, Streams io);
    bool needsGui = false; ///< renders with Qt Gui (an offscreen platform is picked)
};

/// Every subcommand, in the order --help lists them.
const std::vector<Subcommand>& subcommands();
const Subcommand* findSubcommand(const std::string& name);

/// The full --help text.
std::string helpText();
std::string versionText();

/// Runs `azimuth ARGS...` for a subcommand, --help or --version. Returns the exit
/// status. Not for the designer: callers check isGuiInvocation first.
int runCli(const std::vector<std::string>& args, Streams io);

/// True when the words ask for the designer (no words, or one that is a file).
bool isGuiInvocation(const std::vector<std::string>& args);

/// Installs the runner of a subcommand that lives outside this library (the ones that
/// render with Qt Gui).
void provideSubcommand(const std::string& name,
                       int (*run)(const std::vector<std::string>& words, Streams io));

} // namespace azimuth::cli
