#include "ImportReport.h"

#include "model/core/Json.h"

namespace azimuth::model {

std::string importReportText(const ImportReport& r)
{
    std::string out = r.file + ": " + std::to_string(r.mapped) + " mapped, " +
                      std::to_string(r.folded) + " folded, " + std::to_string(r.leftOut) +
                      " left out by a condition, " + std::to_string(r.unmapped.size()) +
                      " unmapped (region " + r.region + ")\n";
    for (const std::string& u : r.unmapped)
        out += "  unmapped: " + u + "\n";
    for (const std::string& c : r.conditions)
        out += "  left out: " + c + "\n";
    for (const std::string& n : r.notes)
        out += "  " + n + "\n";
    return out;
}

std::string importReportJson(const ImportReport& r)
{
    auto list = [](const std::vector<std::string>& lines) {
        Json a = Json::array();
        for (const std::string& l : lines)
            a.asArray().push_back(Json(l));
        return a;
    };
    Json out = Json::object();
    out.set("file", Json(r.file));
    out.set("region", Json(r.region));
    out.set("mapped", Json(r.mapped));
    out.set("folded", Json(r.folded));
    out.set("leftOut", Json(r.leftOut));
    out.set("unmapped", list(r.unmapped));
    out.set("conditions", list(r.conditions));
    out.set("notes", list(r.notes));
    return writeJsonPretty(out) + "\n";
}

} // namespace azimuth::model
