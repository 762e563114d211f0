#include "CliSupport.h"
#include "Commands.h"
#include "model/core/Utf8.h"
#include "model/cost/CostEngine.h"
#include "model/cost/Money.h"
#include "model/export/CostCsv.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ostream>
#include <string_view>

namespace azimuth::cli {

namespace {

/// Money for people, as everywhere: two decimals, thousands separated ("1,234.50").
std::string money(double v)
{
    return model::formatAmount(v);
}

/// Display width of UTF-8 text: code points, not bytes.
size_t width(const std::string& s)
{
    return model::codePointCount(s);
}

std::string textTable(const model::DesignCost& cost, const std::string& file)
{
    struct Row
    {
        std::string item, quantity, unit, rate, monthly, upfront;
        bool header = false;
    };
    std::vector<Row> rows;
    rows.reserve(cost.components.size() * 3);
    bool anyUpfront = false, anyEstimate = false;
    // One row per bill line, a component's or a connection's (which has no upfront).
    auto lineRow = [&](const model::CostLine& l) {
        anyEstimate = anyEstimate || l.estimate;
        std::string item = "  ";
        item += l.item;
        rows.push_back({std::move(item), model::formatFigure(l.quantity), std::string(l.unit),
                        l.rate ? model::formatFigure(*l.rate) : "unknown",
                        l.monthly ? money(*l.monthly) + (l.estimate ? "*" : "") : "price unknown",
                        l.upfront != 0 ? money(l.upfront) : ""});
    };
    for (const auto& c : cost.components) {
        if (c.container && c.lines.empty()) continue; // regions and zones cost nothing themselves
        std::string title = c.id.value;
        title.append(" (").append(c.kind).append(")");
        if (!c.name.empty()) title.append(" ").append(c.name);
        rows.push_back({title, "", "", "", money(c.monthly) + (c.complete ? "" : "+"),
                        c.upfront != 0 ? money(c.upfront) : "", true});
        anyUpfront = anyUpfront || c.upfront != 0;
        for (const auto& l : c.lines)
            lineRow(l);
    }
    // Connections after components: "web -> users (connection c1)".
    for (const auto& c : cost.connections) {
        std::string title = c.from.value + " -> " + c.to.value + " (connection " + c.id.value + ")";
        rows.push_back(
            {std::move(title), "", "", "", money(c.monthly) + (c.complete ? "" : "+"), "", true});
        for (const auto& l : c.lines)
            lineRow(l);
    }
    Row head{"COMPONENT / ITEM", "QUANTITY", "UNIT", "RATE", "MONTHLY", "UPFRONT"};
    size_t w[6] = {width(head.item), width(head.quantity), width(head.unit),
                   width(head.rate), width(head.monthly),  width(head.upfront)};
    auto widen = [&](const Row& r) {
        w[0] = std::max(w[0], width(r.item));
        w[1] = std::max(w[1], width(r.quantity));
        w[2] = std::max(w[2], width(r.unit));
        w[3] = std::max(w[3], width(r.rate));
        w[4] = std::max(w[4], width(r.monthly));
        w[5] = std::max(w[5], width(r.upfront));
    };
    for (const auto& r : rows)
        widen(r);
    std::vector<std::pair<std::string, std::string>> totals = {
        {"Monthly total", money(cost.monthly) + (cost.complete ? "" : "+")},
        {"Upfront", money(cost.upfront)},
        {"Effective monthly (upfront spread over its term)", money(cost.effectiveMonthly)}};
    for (const auto& [label, value] : totals) {
        w[0] = std::max(w[0], width(label));
        w[4] = std::max(w[4], width(value));
    }
    // Rows are appended to the one output string: a 10,000-component bill has tens of
    // thousands of them.
    std::string out;
    auto cell = [&](const std::string& s, size_t cellWidth, bool right) {
        const size_t n = width(s);
        if (right && n < cellWidth) out.append(cellWidth - n, ' ');
        out += s;
        if (!right && n < cellWidth) out.append(cellWidth - n, ' ');
    };
    auto format = [&](const Row& r) {
        const size_t start = out.size();
        cell(r.item, w[0], false);
        out += "  ";
        cell(r.quantity, w[1], true);
        out += "  ";
        cell(r.unit, w[2], false);
        out += "  ";
        cell(r.rate, w[3], true);
        out += "  ";
        cell(r.monthly, w[4], true);
        if (anyUpfront) {
            out += "  ";
            cell(r.upfront, w[5], true);
        }
        while (out.size() > start && out.back() == ' ')
            out.pop_back();
        out += '\n';
    };

    const size_t ruleWidth = w[0] + w[1] + w[2] + w[3] + w[4] + 8 + (anyUpfront ? w[5] + 2 : 0);
    out.reserve((ruleWidth + 2) * (rows.size() + 8));
    out += "Cost of " + file + " in " + cost.currency + ", " +
           model::formatFigure(cost.hoursPerMonth) + " hours a month, prices as of " +
           cost.pricesAsOf + "\n\n";
    format(head);
    out.append(ruleWidth, '-');
    out += '\n';
    for (size_t i = 0; i < rows.size(); ++i) {
        if (rows[i].header && i > 0) out += "\n";
        format(rows[i]);
    }
    out.append(ruleWidth, '-');
    out += '\n';
    for (const auto& [label, value] : totals) {
        Row r{label, "", "", "", value, ""};
        format(r);
    }
    if (!cost.complete)
        out += "\n+ incomplete: some prices are unknown in this catalog and are not counted.\n";
    if (anyEstimate) out += "\n* an estimate: the price is derived, not a published list price.\n";
    return out;
}

} // namespace

int runCost(const std::vector<std::string>& words, Streams io)
{
    auto args = parseOrReport("cost", words, {"--format", "--budget"}, io);
    if (!args) return ExitBadInput;
    auto file = singleFile("cost", *args, io);
    if (!file) return ExitBadInput;
    const std::string format = args->option("--format").value_or("text");
    if (format != "text" && format != "csv" && format != "json") {
        io.err << "azimuth cost: unknown --format '" << format << "'; use text, csv or json\n";
        return ExitBadInput;
    }
    std::optional<double> budget;
    if (auto b = args->option("--budget")) {
        char* end = nullptr;
        double v = std::strtod(b->c_str(), &end);
        if (b->empty() || *end != '\0' || !std::isfinite(v) || v < 0) {
            io.err << "azimuth cost: --budget must be an amount in USD, like 500 or 1250.50; got '"
                   << *b << "'\n";
            return ExitBadInput;
        }
        budget = v;
    }
    auto prices = loadPrices(*args, io);
    if (!prices) return ExitBadInput;
    auto design = loadDesign(*file, io);
    if (!design) return ExitBadInput;

    const model::DesignCost cost = model::computeCost(*design, *prices);
    std::string text = format == "json"  ? model::costToJson(cost)
                       : format == "csv" ? model::costToCsv(cost)
                                         : textTable(cost, *file);
    if (!writeOutput(std::nullopt, text, io)) return ExitBadInput;
    if (budget && cost.monthly > *budget) {
        io.err << "azimuth cost: the monthly total " << money(cost.monthly) << " " << cost.currency
               << " is over the budget of " << money(*budget) << " " << cost.currency << "\n";
        return ExitOverBudget;
    }
    return ExitOk;
}

} // namespace azimuth::cli
