#pragma once
// How a diff's figures and values are written, the same in text, markdown and the
// headline.

#include "DesignDiff.h"

#include <string>
#include <vector>

namespace azimuth::model {

/// "$1,234.50" (a minus sign before the dollar for a negative amount).
std::string dollars(double amount);
/// "+$25.00", "-$3.10", "$0.00".
std::string signedDollars(double amount);
/// "+4.1 %", "-0.3 %"; "new" from an old total of $0.00.
std::string percentText(const std::optional<double>& percent);
/// The percentage at one decimal, as the text shows it.
double roundPercent(double percent);
/// A field's value for people: text as written (quoted when it has spaces or is
/// empty), numbers without binary noise, lists in brackets, "(none)" for null.
std::string valueText(const Json& value);
/// "instanceType t3.small → t3.medium, zones [az-a] → [az-a, az-b]".
std::string fieldsText(const std::vector<FieldChange>& fields);
/// "yes", "no" or "—" (not in that design).
std::string servedText(const std::optional<bool>& served);
/// The one-line headline (diff.md): cost, findings, resilience; "No changes" for none.
std::string diffHeadline(const DesignDiff& diff);

} // namespace azimuth::model
