#include "Money.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace azimuth::model {

namespace {

/// `value` rounded to `decimals` places, nudged by a relative epsilon first: 730 x 0.0225
/// is 16.424999... in binary but 16.425 in the decimal arithmetic of a bill.
double roundTo(double value, int decimals)
{
    if (value == 0) return 0.0;
    const double scale = std::pow(10.0, decimals);
    const double scaled = value * scale;
    const double nudge = std::max(1.0, std::abs(scaled)) * 1e-9;
    const double r = std::round(scaled + std::copysign(nudge, scaled)) / scale;
    return r == 0 ? 0.0 : r;
}

} // namespace

std::string formatAmount(double value, int decimals)
{
    decimals = std::clamp(decimals, 0, 9);
    const double rounded = roundTo(value, decimals);
    char buf[400];
    const int n = std::snprintf(buf, sizeof buf, "%.*f", decimals, std::abs(rounded));
    const std::string_view digits(buf, static_cast<size_t>(std::clamp(n, 0, int(sizeof buf) - 1)));
    const size_t point = std::min(digits.find('.'), digits.size());
    std::string out = rounded < 0 ? "-" : "";
    for (size_t i = 0; i < point; ++i) {
        if (i > 0 && (point - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    out += digits.substr(point);
    return out;
}

std::string formatMoney(double value, std::string_view currency, int decimals)
{
    std::string amount = formatAmount(value, decimals);
    const bool negative = !amount.empty() && amount.front() == '-';
    if (negative) amount.erase(0, 1);
    const std::string sign = negative ? "-" : "";
    if (currency.empty() || currency == "USD") return sign + "$" + amount;
    return sign + std::string(currency) + " " + amount;
}

} // namespace azimuth::model
