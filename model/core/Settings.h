#pragma once

#include "Json.h"

#include <optional>
#include <string>

namespace azimuth::model {

/// The design's settings. Each field remembers whether the file set it, so a save
/// writes back what was there and nothing more.
struct Settings
{
    std::optional<double> hoursPerMonth;
    std::optional<std::string> currency;
    std::optional<double> termMonths;
    std::optional<double> discountPercent;
    std::optional<bool> freeTier;
    Json extra = Json::object();

    double hours() const { return hoursPerMonth.value_or(730.0); }
    std::string currencyCode() const { return currency.value_or("USD"); }
    int term() const { return static_cast<int>(termMonths.value_or(36.0)); }
    double discount() const { return discountPercent.value_or(0.0); }
    bool useFreeTier() const { return freeTier.value_or(false); }

    friend bool operator==(const Settings& a, const Settings& b)
    {
        return a.hoursPerMonth == b.hoursPerMonth && a.currency == b.currency &&
               a.termMonths == b.termMonths && a.discountPercent == b.discountPercent &&
               a.freeTier == b.freeTier && a.extra == b.extra;
    }
};

} // namespace azimuth::model
