#include "FindingsReport.h"

#include "model/core/Json.h"
#include "model/rules/RuleRegistry.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <map>

namespace azimuth::model {

namespace {

std::string plural(int n, const char* one, const char* many)
{
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string idList(const Finding& f)
{
    std::string out;
    for (size_t k = 0; k < f.components.size(); ++k)
        out += (k ? ", " : "") + f.components[k].value;
    return out;
}

/// A file path as a URI reference: unreserved characters and '/' kept, the rest
/// percent-encoded; an absolute path becomes a file: URI.
std::string fileUri(const std::string& path)
{
    std::string p = path;
    std::replace(p.begin(), p.end(), '\\', '/');
    std::string out;
    for (unsigned char ch : p) {
        if (std::isalnum(ch) || ch == '-' || ch == '.' || ch == '_' || ch == '~' || ch == '/') {
            out += static_cast<char>(ch);
        } else {
            char buf[4];
            std::snprintf(buf, sizeof buf, "%%%02X", ch);
            out += buf;
        }
    }
    if (!p.empty() && p.front() == '/') return "file://" + out;
    return out;
}

/// SARIF says "note" where Azimuth says "info"; the other levels have the same names.
std::string sarifLevel(Severity s)
{
    return s == Severity::Info ? "note" : std::string(severityName(s));
}

Json text(std::string_view s)
{
    Json o = Json::object();
    o.set("text", Json(s));
    return o;
}

} // namespace

FindingSummary summarize(const std::vector<Finding>& findings)
{
    FindingSummary s;
    for (const Finding& f : findings) {
        if (f.severity == Severity::Error)
            ++s.errors;
        else if (f.severity == Severity::Warning)
            ++s.warnings;
        else
            ++s.info;
    }
    return s;
}

std::string findingsText(const std::string& file, const std::vector<Finding>& findings)
{
    const FindingSummary s = summarize(findings);
    std::string out = file + ": ";
    if (findings.empty()) return out + "no findings\n";
    out += plural(s.errors, "error", "errors") + ", " + plural(s.warnings, "warning", "warnings") +
           ", " + std::to_string(s.info) + " info\n";
    const struct
    {
        Severity severity;
        const char* heading;
    } groups[] = {
        {Severity::Error, "ERRORS"}, {Severity::Warning, "WARNINGS"}, {Severity::Info, "INFO"}};
    for (const auto& g : groups) {
        bool first = true;
        for (const Finding& f : findings) {
            if (f.severity != g.severity) continue;
            if (first) out += std::string("\n") + g.heading + "\n";
            first = false;
            out += "  " + std::string(severityName(f.severity)) + "  " + f.rule + "  [" +
                   idList(f) + "]\n";
            out += "    " + f.message + "\n";
            out += "    hint: " + f.hint + "\n";
        }
    }
    return out;
}

std::string findingsJson(const std::string& file, const std::vector<Finding>& findings)
{
    std::string out = "{ \"file\": " + quoteJson(file) + ",\n  \"findings\": [";
    for (size_t k = 0; k < findings.size(); ++k) {
        const Finding& f = findings[k];
        out += k ? ",\n    " : "\n    ";
        out += "{ \"rule\": " + quoteJson(f.rule) +
               ", \"severity\": " + quoteJson(severityName(f.severity)) +
               ",\n      \"components\": [";
        for (size_t c = 0; c < f.components.size(); ++c)
            out += (c ? ", " : "") + quoteJson(f.components[c].value);
        out += "],\n      \"message\": " + quoteJson(f.message) +
               ",\n      \"hint\": " + quoteJson(f.hint) + " }";
    }
    out += findings.empty() ? "],\n" : " ],\n";
    const FindingSummary s = summarize(findings);
    out += "  \"summary\": { \"errors\": " + std::to_string(s.errors) +
           ", \"warnings\": " + std::to_string(s.warnings) +
           ", \"info\": " + std::to_string(s.info) + " } }\n";
    return out;
}

std::string findingsSarif(const std::string& file, const Design& design,
                          const std::vector<Finding>& findings, const std::string& toolVersion)
{
    // Rules used, in rule-id order, and each one's index for results.
    std::map<std::string, int> ruleIndex;
    for (const Finding& f : findings)
        ruleIndex.emplace(f.rule, 0);
    Json rules = Json::array();
    int next = 0;
    for (auto& [id, index] : ruleIndex) {
        index = next++;
        Json rule = Json::object();
        rule.set("id", Json(id));
        if (const RuleInfo* info = findRuleInfo(id)) {
            rule.set("shortDescription", text(info->title));
            rule.set("fullDescription", text(info->why));
            Json config = Json::object();
            config.set("level", Json(sarifLevel(info->severity)));
            rule.set("defaultConfiguration", std::move(config));
        }
        rules.asArray().push_back(std::move(rule));
    }

    const std::string uri = fileUri(file);
    Json results = Json::array();
    for (const Finding& f : findings) {
        Json result = Json::object();
        result.set("ruleId", Json(f.rule));
        result.set("ruleIndex", Json(ruleIndex[f.rule]));
        result.set("level", Json(sarifLevel(f.severity)));
        result.set("message", text(f.message + " Hint: " + f.hint));

        Json artifact = Json::object();
        artifact.set("uri", Json(uri));
        artifact.set("index", Json(0));
        Json physical = Json::object();
        physical.set("artifactLocation", std::move(artifact));
        const Component* first =
            f.components.empty() ? nullptr : design.component(f.components.front());
        if (first && first->sourceLine > 0) {
            Json region = Json::object();
            region.set("startLine", Json(first->sourceLine));
            physical.set("region", std::move(region));
        }
        Json location = Json::object();
        location.set("physicalLocation", std::move(physical));
        Json logical = Json::array();
        for (const ComponentId& id : f.components) {
            Json l = Json::object();
            l.set("name", Json(id.value));
            l.set("kind", Json("object"));
            logical.asArray().push_back(std::move(l));
        }
        if (!f.components.empty()) location.set("logicalLocations", std::move(logical));
        Json locations = Json::array();
        locations.asArray().push_back(std::move(location));
        result.set("locations", std::move(locations));

        Json props = Json::object();
        Json ids = Json::array();
        for (const ComponentId& id : f.components)
            ids.asArray().push_back(Json(id.value));
        props.set("components", std::move(ids));
        props.set("hint", Json(f.hint));
        result.set("properties", std::move(props));
        results.asArray().push_back(std::move(result));
    }

    Json driver = Json::object();
    driver.set("name", Json("azimuth"));
    driver.set("version", Json(toolVersion));
    driver.set("rules", std::move(rules));
    Json tool = Json::object();
    tool.set("driver", std::move(driver));

    Json artifactLoc = Json::object();
    artifactLoc.set("uri", Json(uri));
    Json artifactEntry = Json::object();
    artifactEntry.set("location", std::move(artifactLoc));
    Json artifacts = Json::array();
    artifacts.asArray().push_back(std::move(artifactEntry));

    Json run = Json::object();
    run.set("tool", std::move(tool));
    run.set("artifacts", std::move(artifacts));
    run.set("results", std::move(results));
    Json runs = Json::array();
    runs.asArray().push_back(std::move(run));

    Json root = Json::object();
    root.set("$schema", Json("https://json.schemastore.org/sarif-2.1.0.json"));
    root.set("version", Json("2.1.0"));
    root.set("runs", std::move(runs));
    return writeJsonPretty(root) + "\n";
}

} // namespace azimuth::model
