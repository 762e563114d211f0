#pragma once

#include <string>

namespace azimuth::model {

/// One figure of the price catalog with where it came from.
struct PriceFact
{
    double rate = 0;
    bool estimate = false; ///< derived or estimated: the app shows it as an estimate
    std::string source;    ///< source ids, e.g. "karpenter, skypilot"
    std::string note;
};

} // namespace azimuth::model
