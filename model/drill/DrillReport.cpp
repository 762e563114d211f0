#include "DrillReport.h"

#include "model/core/Json.h"
#include "model/cost/Money.h"

namespace azimuth::model {

namespace {

std::string nameOf(const Design& design, const ComponentId& id)
{
    const Component* c = design.component(id);
    return c ? c->displayName() : id.value;
}

/// "a", "a and b", "a, b and c".
std::string listed(const std::vector<std::string>& items)
{
    std::string out;
    for (size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += i + 1 == items.size() ? " and " : ", ";
        out += items[i];
    }
    return out;
}

/// "1 instance", "2 instances": units are stored plural.
std::string amount(int n, const std::string& unit)
{
    std::string u = n == 1 && unit.ends_with('s') ? unit.substr(0, unit.size() - 1) : unit;
    return std::to_string(n) + " " + u;
}

std::string componentJson(const DrillComponentOutcome& o)
{
    std::string out = "{ \"id\": " + quoteJson(o.id.value) +
                      ", \"status\": " + quoteJson(drillStatusName(o.status));
    if (o.capacity) {
        out += ", \"capacityBefore\": " + formatJsonNumber(o.capacity->before) +
               ", \"capacityAfter\": " + formatJsonNumber(o.capacity->after) +
               ", \"recoversTo\": " + formatJsonNumber(o.capacity->recoversTo);
    }
    return out + " }";
}

template <typename T, typename F>
std::string arrayJson(const std::string& key, const std::vector<T>& items, F&& write, bool last)
{
    std::string out = "  " + quoteJson(key) + ": [";
    for (size_t i = 0; i < items.size(); ++i)
        out += std::string(i ? ",\n" : "\n") + "    " + write(items[i]);
    out += items.empty() ? "]" : "\n  ]";
    return out + (last ? "\n" : ",\n");
}

} // namespace

std::string drillJson(const DrillResult& result)
{
    std::string out = "{\n  \"failed\": ";
    if (result.failed.size() == 1) {
        out += quoteJson(result.failed.front().value);
    } else {
        out += "[";
        for (size_t i = 0; i < result.failed.size(); ++i)
            out += (i ? ", " : "") + quoteJson(result.failed[i].value);
        out += "]";
    }
    out += ",\n";
    out += arrayJson("components", result.components, componentJson, false);
    out += arrayJson(
        "connections", result.connections,
        [](const DrillConnectionOutcome& c) {
            return "{ \"id\": " + quoteJson(c.id.value) +
                   ", \"broken\": " + (c.broken ? "true" : "false") + " }";
        },
        false);
    // networking.md's keys only when they say something, so that designs without a
    // network read as before.
    const bool transfer = result.transferMonthlyBefore && result.transferMonthlyAfter;
    out += arrayJson(
        "entryPoints", result.entryPoints,
        [](const DrillEntryPoint& e) {
            return "{ \"id\": " + quoteJson(e.id.value) +
                   ", \"served\": " + (e.served ? "true" : "false") + " }";
        },
        result.cutOff.empty() && !transfer);
    if (!result.cutOff.empty())
        out += arrayJson(
            "cutOff", result.cutOff,
            [](const DrillCutOff& c) {
                std::string conns;
                for (size_t i = 0; i < c.connections.size(); ++i)
                    conns += (i ? ", " : "") + quoteJson(c.connections[i].value);
                return "{ \"id\": " + quoteJson(c.id.value) +
                       ", \"through\": " + quoteJson(c.through.value) + ", \"connections\": [" +
                       conns + "] }";
            },
            !transfer);
    if (transfer)
        out += "  \"transferMonthlyBefore\": " + formatJsonNumber(*result.transferMonthlyBefore) +
               ",\n  \"transferMonthlyAfter\": " + formatJsonNumber(*result.transferMonthlyAfter) +
               "\n";
    return out + "}\n";
}

std::string drillNarrative(const Design& design, const DrillResult& result,
                           const KindCatalog& catalog)
{
    std::vector<std::string> failedNames;
    for (const auto& id : result.failed)
        failedNames.push_back(nameOf(design, id));
    std::string out = listed(failedNames) + (failedNames.size() == 1 ? " fails.\n" : " fail.\n");

    std::vector<std::string> lost, degraded, failedOver;
    int stillOk = 0;
    for (const auto& o : result.components) {
        const Component* c = design.component(o.id);
        if (!c || catalog.isContainer(c->kind)) continue;
        const std::string name = c->displayName();
        switch (o.status) {
        case DrillStatus::Lost:
            lost.push_back(o.capacity && o.capacity->before > 0 && o.capacity->unit != "zones"
                               ? name + " (" + amount(o.capacity->before, o.capacity->unit) + ")"
                               : name);
            break;
        case DrillStatus::Degraded: {
            std::string line = name;
            if (o.capacity) {
                line += " " + std::to_string(o.capacity->after) + "/" +
                        amount(o.capacity->before, o.capacity->unit);
                if (o.capacity->recoversTo != o.capacity->after)
                    line += ", recovering to " + std::to_string(o.capacity->recoversTo);
            }
            degraded.push_back(line);
            break;
        }
        case DrillStatus::Ok:
            if (o.failedOverTo.empty())
                ++stillOk;
            else
                failedOver.push_back(name + " to " + nameOf(design, o.failedOverTo));
            break;
        }
    }
    out += "Lost: " + (lost.empty() ? std::string("nothing") : listed(lost)) + ".\n";
    // Semicolons: a degraded entry has commas of its own.
    if (!degraded.empty()) {
        out += "Degraded: ";
        for (size_t i = 0; i < degraded.size(); ++i)
            out += (i ? "; " : "") + degraded[i];
        out += ".\n";
    }
    if (!failedOver.empty()) out += "Failed over: " + listed(failedOver) + ".\n";
    out += "Still running as before: " + std::to_string(stillOk) +
           (stillOk == 1 ? " component.\n" : " components.\n");

    std::vector<std::string> broken;
    for (const auto& c : result.connections) {
        if (!c.broken) continue;
        const Connection* conn = design.connection(c.id);
        broken.push_back(conn ? nameOf(design, conn->from) + " -> " + nameOf(design, conn->to)
                              : c.id.value);
    }
    for (const auto& cut : result.cutOff)
        out += nameOf(design, cut.id) + ": no way to the internet after " + listed(failedNames) +
               (failedNames.size() == 1 ? " fails" : " fail") + " (its route goes through " +
               nameOf(design, cut.through) + ").\n";
    if (!broken.empty()) out += "Broken connections: " + listed(broken) + ".\n";

    if (result.transferMonthlyBefore && result.transferMonthlyAfter)
        out += "Data transfer: " + formatMoney(*result.transferMonthlyBefore) +
               " a month before, " + formatMoney(*result.transferMonthlyAfter) + " after.\n";
    if (result.entryPoints.empty()) out += "The design has no users to serve.\n";
    for (const auto& e : result.entryPoints)
        out += nameOf(design, e.id) + (e.served ? " are still served.\n"
                                                : " are no longer served: no path reaches "
                                                  "running compute.\n");
    return out;
}

} // namespace azimuth::model
