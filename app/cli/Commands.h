#pragma once
// The subcommands, one file each.

#include "Cli.h"

namespace azimuth::cli {

int runFmt(const std::vector<std::string>& words, Streams io);

} // namespace azimuth::cli
