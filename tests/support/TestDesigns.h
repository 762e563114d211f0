#pragma once
// Small helpers to build designs in tests without going through files.

#include "model/core/Design.h"
#include "model/io/DesignReader.h"

#include <string>

namespace azimuth::test {

/// Parses a design from JSON text (the file's "components"/"connections" arrays only:
/// the header is added). Fails the test on a refusal.
inline model::Design designFromJson(const std::string& componentsAndConnections,
                                    const std::string& settings = "")
{
    std::string text = R"({"format":"azimuth","version":1,)";
    if (!settings.empty()) text += R"("settings":)" + settings + ",";
    text += componentsAndConnections + "}";
    return model::readDesign(text, "test.azimuth");
}

} // namespace azimuth::test
