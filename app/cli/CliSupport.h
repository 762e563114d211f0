#pragma once
// What every subcommand does the same way: read the design, report a refusal in one
// line, write an output file or stdout.

#include "Cli.h"
#include "CliArgs.h"
#include "model/core/Design.h"
#include "model/cost/PriceCatalog.h"

#include <memory>
#include <optional>
#include <string>

namespace azimuth::cli {

/// The options every subcommand takes, besides its own.
inline const std::vector<std::string> kCommonOptions = {"--prices"};

/// Parses words with the common options plus `own` (and the valueless `flags`); on a
/// UsageError prints it and returns nullopt.
std::optional<CliArgs> parseOrReport(const std::string& command,
                                     const std::vector<std::string>& words,
                                     std::vector<std::string> own, Streams io,
                                     const std::map<std::string, std::string>& aliases = {},
                                     const std::vector<std::string>& flags = {});

/// The single FILE argument; prints a usage error and returns nullopt when missing.
std::optional<std::string> singleFile(const std::string& command, const CliArgs& args, Streams io);

/// Reads a design, printing "FILE:LINE:COL: message" on a refusal.
std::optional<model::Design> loadDesign(const std::string& path, Streams io);

/// Reads a design like loadDesign; "-" reads standard input, named "stdin" in messages.
std::optional<model::Design> loadDesignOrStdin(const std::string& path, Streams io);

/// The price catalog of this run: the file given with --prices, else the built-in one
/// (shared, not copied). Prints "FILE:LINE:COL: message" and returns null when the file is
/// refused.
std::shared_ptr<const model::PriceCatalog> loadPrices(const CliArgs& args, Streams io);

/// Writes text to `path` (safely: a temporary file renamed over it), or to stdout when
/// path is empty or "-". Prints the failure and returns false on error.
bool writeOutput(const std::optional<std::string>& path, const std::string& text, Streams io);

} // namespace azimuth::cli
