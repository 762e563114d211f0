#pragma once
// Findings written out for people (text), scripts (JSON, cli.md) and code-scanning
// tools (SARIF 2.1.0).

#include "model/core/Design.h"
#include "model/rules/Finding.h"

#include <string>
#include <vector>

namespace azimuth::model {

/// Counts by severity.
struct FindingSummary
{
    int errors = 0, warnings = 0, info = 0;
};
FindingSummary summarize(const std::vector<Finding>& findings);

/// Grouped by severity, each finding with its components, message and hint.
std::string findingsText(const std::string& file, const std::vector<Finding>& findings);
/// `check --format json` of cli.md.
std::string findingsJson(const std::string& file, const std::vector<Finding>& findings);
/// SARIF 2.1.0: one run, one rule entry per rule id used, each result at the file and
/// the line of its first component where known. A file under `workingDirectory` (an
/// absolute path) is given relative to it with uriBaseId %SRCROOT%, which
/// run.originalUriBaseIds maps to that directory; any other file as a file: URI.
std::string findingsSarif(const std::string& file, const Design& design,
                          const std::vector<Finding>& findings, const std::string& toolVersion,
                          const std::string& workingDirectory);

} // namespace azimuth::model
