#pragma once
// Money for people, the same everywhere: the designer, the reports and the command line
// all write "$1,234.56", whatever the user's locale, so figures read the same as the
// course notes'.

#include <string>
#include <string_view>

namespace azimuth::model {

/// An amount rounded as a person checks a bill (half away from zero, in decimal), with a
/// comma every three digits and `decimals` digits after the dot: "1,234.50", "-3.10".
/// An amount that rounds to zero has no minus sign.
std::string formatAmount(double value, int decimals = 2);

/// "$1,234.56" for USD or no currency ("-$1,234.56" when negative); other currencies by
/// their code: "EUR 1,234.56". `decimals` 0 gives whole units for chart axes.
std::string formatMoney(double value, std::string_view currency = "USD", int decimals = 2);

} // namespace azimuth::model
