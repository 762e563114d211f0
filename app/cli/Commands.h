#pragma once
// The subcommands, one file each.

#include "Cli.h"

namespace azimuth::cli {

int runCheck(const std::vector<std::string>& words, Streams io);
int runCost(const std::vector<std::string>& words, Streams io);
int runFmt(const std::vector<std::string>& words, Streams io);
int runCloudFormation(const std::vector<std::string>& words, Streams io);
int runDrill(const std::vector<std::string>& words, Streams io);
int runDiff(const std::vector<std::string>& words, Streams io);
int runImport(const std::vector<std::string>& words, Streams io);

} // namespace azimuth::cli
