#pragma once
// The subcommands that draw with Qt Gui (cli.md `render` and `report`); they live
// outside the Qt-free command-line library and are handed to it at start-up.

#include "app/cli/Cli.h"

#include <string>
#include <vector>

namespace azimuth::app {

/// `azimuth render FILE -o OUT.png|OUT.svg|OUT.pdf|OUT.drawio [--scale N] [--theme light|dark]
/// [--background white|transparent]`
int runRender(const std::vector<std::string>& words, cli::Streams io);
/// `azimuth report FILE -o OUT.html|OUT.pdf|OUT.csv|OUT.json|OUT.xlsx`
int runReport(const std::vector<std::string>& words, cli::Streams io);

/// Installs the runners of the subcommands that render with Qt Gui.
void provideGuiSubcommands();

} // namespace azimuth::app
