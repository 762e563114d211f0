// The subcommands that need Qt Gui, handed to the command line at start-up.

#include "GuiCommands.h"

namespace azimuth::app {

void provideGuiSubcommands()
{
    cli::provideSubcommand("render", runRender);
    cli::provideSubcommand("report", runReport);
}

} // namespace azimuth::app
