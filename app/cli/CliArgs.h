#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace azimuth::cli {

/// A subcommand's words: positional arguments, --options (each taking one value, as
/// `--name value` or `--name=value`) and --flags (taking none).
struct CliArgs
{
    std::vector<std::string> positional;
    std::map<std::string, std::string> options;
    std::vector<std::string> flags;

    bool flag(const std::string& name) const
    {
        for (const auto& f : flags)
            if (f == name) return true;
        return false;
    }

    std::optional<std::string> option(const std::string& name) const
    {
        auto it = options.find(name);
        if (it == options.end()) return std::nullopt;
        return it->second;
    }
};

/// Thrown for words a subcommand cannot use; becomes exit status 2.
struct UsageError
{
    std::string message;
};

/// Parses words after the subcommand. `valued` lists the options that take a value
/// (with their short aliases, e.g. "-o" -> "--output"), `flags` those that take none.
/// Throws UsageError.
CliArgs parseArgs(const std::vector<std::string>& words, const std::vector<std::string>& valued,
                  const std::map<std::string, std::string>& aliases = {},
                  const std::vector<std::string>& flags = {});

} // namespace azimuth::cli
