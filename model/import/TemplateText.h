#pragma once
// A CloudFormation template's text read into JSON values (import.md): JSON, or YAML with
// its short-form tags (`!Ref x` becomes {"Ref": "x"}), within the import's limits, so a
// hostile file is refused quickly and nothing after this step sees YAML.

#include "model/core/Json.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace azimuth::model {

struct TemplateLimits
{
    size_t maxBytes = 10 * 1024 * 1024;
    size_t maxResources = 5000;
    int maxDepth = 56;
    /// YAML aliases may not expand the document past this many times its size.
    size_t maxExpansion = 10;
};

/// Parses a template and checks it is one: an object with a `Resources` object holding at
/// least one resource, within the limits. Throws LoadError (FILE:LINE:COL: what).
Json readTemplate(std::string_view text, const std::string& file,
                  const TemplateLimits& limits = {});

} // namespace azimuth::model
