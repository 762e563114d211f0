#include "LineWords.h"

#include "model/core/Json.h"

#include <charconv>
#include <cmath>

namespace azimuth::model::costing {

/// Appends a number as formatJsonNumber writes it, without its temporary string in the
/// common case of a whole number (item names are built for every line).
void appendNum(std::string& out, double v)
{
    if (v == 0) {
        out += '0'; // formatJsonNumber folds -0 too
        return;
    }
    if (std::abs(v) < 1e15 && v == std::floor(v)) {
        char buf[24];
        auto [end, ec] = std::to_chars(buf, buf + sizeof buf, static_cast<long long>(v));
        out.append(buf, end);
        return;
    }
    out += formatJsonNumber(v);
}

/// "3 instances", "1 host": appended.
void appendPlural(std::string& out, double n, std::string_view one, std::string_view many)
{
    appendNum(out, n);
    out += ' ';
    out += n == 1 ? one : many;
}

/// " (1000000 free)", " (400000 GB-s free)": appended when some of it was free.
void appendFree(std::string& out, double free, std::string_view unit)
{
    if (free <= 0) return;
    out += " (";
    appendNum(out, free);
    if (!unit.empty()) {
        out += ' ';
        out += unit;
    }
    out += " free)";
}

/// Appends the words a person reads for a pricing option.
void appendPricingLabel(std::string& out, std::string_view pricing, std::string_view payment,
                        bool commitment)
{
    if (pricing == "on-demand") {
        out += "On-Demand";
        return;
    }
    if (pricing == "spot") {
        out += "Spot";
        return;
    }
    if (pricing == "dedicated-host") {
        out += "Dedicated Host";
        return;
    }
    if (pricing.starts_with("reserved-standard-"))
        out += "Reserved Standard";
    else if (pricing.starts_with("reserved-convertible-"))
        out += "Reserved Convertible";
    else if (pricing.starts_with("savings-plan-ec2-"))
        out += "EC2 Instance Savings Plan";
    else if (pricing.starts_with("savings-plan-compute-"))
        out += "Compute Savings Plan";
    else {
        out += pricing;
        return;
    }
    out += pricing.ends_with("-3y") ? " 3 yr" : " 1 yr";
    if (commitment) {
        out += ", ";
        for (char ch : payment)
            out += ch == '-' ? ' ' : ch;
    }
}

} // namespace azimuth::model::costing
