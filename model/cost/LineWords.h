#pragma once
// The words of a bill's lines ("m5.large Reserved Standard 1 yr, partial upfront, 3 instances"),
// appended to a buffer the engine reuses for every line.

#include <string>
#include <string_view>

namespace azimuth::model::costing {

/// Appends a number as formatJsonNumber writes it ("3", "0.5").
void appendNum(std::string& out, double v);

/// "3 instances", "1 host": appended.
void appendPlural(std::string& out, double n, std::string_view one, std::string_view many);

/// " (1000000 free)", " (400000 GB-s free)": appended when some of it was free.
void appendFree(std::string& out, double free, std::string_view unit = {});

/// Appends the words a person reads for a pricing option: "On-Demand",
/// "Reserved Standard 1 yr, partial upfront" (the payment only for a commitment).
void appendPricingLabel(std::string& out, std::string_view pricing, std::string_view payment,
                        bool commitment);

} // namespace azimuth::model::costing
