#pragma once
// Runs the real `azimuth` executable and captures what it printed.

#include <string>
#include <vector>

struct CliResult
{
    int status = -1;
    std::string out;
    std::string err;
};

/// Runs AZIMUTH_EXE with args (no shell), with an empty stdin.
CliResult runAzimuth(const std::vector<std::string>& args);
/// Runs AZIMUTH_EXE with args (no shell), with `input` on its stdin.
CliResult runAzimuthWithInput(const std::vector<std::string>& args, const std::string& input);
/// A fresh scratch directory for one test.
std::string scratchDir();
std::string readFile(const std::string& path);
void writeFile(const std::string& path, const std::string& text);
