#include "SummaryWords.h"

#include "model/core/Json.h"

#include <cmath>

namespace azimuth::model::kinds {

std::string figure(double v)
{
    return formatJsonNumber(std::round(v * 100) / 100);
}

std::string compact(double v)
{
    if (v >= 1e9) return figure(v / 1e9) + "B";
    if (v >= 1e6) return figure(v / 1e6) + "M";
    if (v >= 1e3) return figure(v / 1e3) + "k";
    return figure(v);
}

std::string capitalized(std::string s)
{
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
}

std::string pricingLabel(std::string_view pricing)
{
    if (pricing == "on-demand") return "On-Demand";
    if (pricing == "spot") return "Spot";
    if (pricing == "dedicated-host") return "Dedicated Host";
    std::string out;
    std::string word;
    auto flush = [&] {
        if (word.empty()) return;
        if (!out.empty()) out += ' ';
        if (word == "ec2")
            out += "EC2";
        else if (word == "reserved")
            out += "RI";
        else if (word == "savings")
            out += "Savings";
        else if (word == "plan")
            out += "Plan";
        else
            out += word == "standard" || word == "convertible" ? capitalized(word) : word;
        word.clear();
    };
    for (char ch : pricing) {
        if (ch == '-')
            flush();
        else
            word += ch;
    }
    flush();
    return out;
}

std::string zoneCount(const KindCatalog& catalog, const Component& c)
{
    // Subnets name the zones first (networking.md), at most one per AZ.
    size_t k = catalog.idList(c, "subnets").size();
    if (k == 0) k = catalog.idList(c, "zones").size();
    return std::to_string(k) + (k == 1 ? " zone" : " zones");
}

} // namespace azimuth::model::kinds
