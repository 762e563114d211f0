#include "FindingsReport.h"

#include "model/core/Json.h"
#include "model/rules/RuleRegistry.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
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

/// Percent-encodes a path for a URI: unreserved characters and '/' kept.
std::string encodePath(const std::string& path)
{
    std::string out;
    for (unsigned char ch : path) {
        if (std::isalnum(ch) || ch == '-' || ch == '.' || ch == '_' || ch == '~' || ch == '/') {
            out += static_cast<char>(ch);
        } else {
            char buf[4];
            std::snprintf(buf, sizeof buf, "%%%02X", ch);
            out += buf;
        }
    }
    return out;
}

/// Where SARIF places the design: relative to %SRCROOT% (the working directory) when it
/// lies under it, so a code-scanning service finds it in its own checkout; else an
/// absolute file: URI. Worked out on the text of the paths alone (no symlinks followed).
struct SarifLocation
{
    std::string uri;
    bool underRoot = false;
};

SarifLocation sarifLocation(const std::string& file, const std::string& workingDirectory)
{
    namespace fs = std::filesystem;
    std::string slashed = file;
    std::replace(slashed.begin(), slashed.end(), '\\', '/');
    const fs::path given(slashed);
    const fs::path root = fs::path(workingDirectory).lexically_normal();
    const fs::path absolute =
        (given.is_absolute() || root.empty() ? given : root / given).lexically_normal();
    if (!root.empty() && absolute.is_absolute()) {
        const fs::path relative = absolute.lexically_relative(root);
        if (!relative.empty() && *relative.begin() != ".." && relative != ".")
            return {encodePath(relative.generic_string()), true};
    }
    if (absolute.is_absolute()) return {"file://" + encodePath(absolute.generic_string()), false};
    return {encodePath(absolute.generic_string()), false};
}

/// The working directory as a base URI, ending in '/' as SARIF asks.
std::string rootUri(const std::string& workingDirectory)
{
    std::string root = std::filesystem::path(workingDirectory).lexically_normal().generic_string();
    if (root.empty() || root.back() != '/') root += '/';
    return "file://" + encodePath(root);
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
                          const std::vector<Finding>& findings, const std::string& toolVersion,
                          const std::string& workingDirectory)
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

    const SarifLocation where = sarifLocation(file, workingDirectory);
    auto artifactLocation = [&] {
        Json loc = Json::object();
        loc.set("uri", Json(where.uri));
        if (where.underRoot) loc.set("uriBaseId", Json("%SRCROOT%"));
        return loc;
    };
    Json results = Json::array();
    for (const Finding& f : findings) {
        Json result = Json::object();
        result.set("ruleId", Json(f.rule));
        result.set("ruleIndex", Json(ruleIndex[f.rule]));
        result.set("level", Json(sarifLevel(f.severity)));
        result.set("message", text(f.message + " Hint: " + f.hint));

        Json artifact = artifactLocation();
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

    Json artifactEntry = Json::object();
    artifactEntry.set("location", artifactLocation());
    Json artifacts = Json::array();
    artifacts.asArray().push_back(std::move(artifactEntry));

    Json run = Json::object();
    run.set("tool", std::move(tool));
    if (where.underRoot) {
        Json base = Json::object();
        base.set("uri", Json(rootUri(workingDirectory)));
        Json bases = Json::object();
        bases.set("%SRCROOT%", std::move(base));
        run.set("originalUriBaseIds", std::move(bases));
    }
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
