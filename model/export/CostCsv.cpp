#include "CostCsv.h"

#include <cstdio>
#include <iterator>

namespace azimuth::model {

std::string csvCell(std::string s)
{
    if (!s.empty() &&
        (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' || s[0] == '\t' || s[0] == '\r'))
        s.insert(s.begin(), '\'');
    if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

namespace {

void appendRow(std::string& out, const std::string& id, std::string_view kind,
               std::string_view name, const CostLine& l)
{
    char monthly[64] = "";
    if (l.monthly) std::snprintf(monthly, sizeof monthly, "%.2f", *l.monthly);
    const std::string cells[] = {id,
                                 std::string(kind),
                                 std::string(name),
                                 std::string(l.item),
                                 formatFigure(l.quantity),
                                 std::string(l.unit),
                                 l.rate ? formatFigure(*l.rate) : "",
                                 monthly};
    for (size_t i = 0; i < std::size(cells); ++i)
        out += (i ? "," : "") + csvCell(cells[i]);
    out += "\r\n";
}

} // namespace

std::string costToCsv(const DesignCost& cost)
{
    std::string out = "id,kind,name,item,quantity,unit,rate,monthly\r\n";
    for (const auto& c : cost.components)
        for (const auto& l : c.lines)
            appendRow(out, c.id.value, c.kind, c.name, l);
    // A connection's name is its ends ("web to users"): connections have no name of their own.
    for (const auto& c : cost.connections) {
        const std::string name = c.from.value + " to " + c.to.value;
        for (const auto& l : c.lines)
            appendRow(out, c.id.value, "connection", name, l);
    }
    return out;
}

} // namespace azimuth::model
