#include "CloudFormationTemplate.h"

#include "CloudFormationBuilder.h"
#include "CloudFormationYaml.h"
#include "KeptResources.h"
#include "model/core/Utf8.h"
#include "model/kinds/KindUnit.h"

#include <algorithm>
#include <map>
#include <set>

namespace azimuth::model {

using namespace cfn;

namespace {

/// Resource types whose tag values must match [\p{L}\p{Z}\p{N}_.:/=+\-@]* (their
/// CloudFormation schemas say so; cfn-lint E3031).
const std::set<std::string> kRestrictedTagTypes = {"AWS::ElasticLoadBalancingV2::LoadBalancer",
                                                   "AWS::ElasticLoadBalancingV2::TargetGroup",
                                                   "AWS::IAM::Role",
                                                   "AWS::ECS::Cluster",
                                                   "AWS::ECS::TaskDefinition",
                                                   "AWS::ECS::Service"};

/// Whether a code point is surely a letter, number or space (\p{L}, \p{N}, \p{Z}) among
/// the scripts names are usually written in; anything else is replaced in restricted
/// tag values.
bool isLetterNumberOrSpace(char32_t cp)
{
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') ||
               cp == ' ';
    if (cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 ||
        cp == 0x3000)
        return true;
    if (cp >= 0xC0 && cp <= 0x24F) return cp != 0xD7 && cp != 0xF7;
    return (cp >= 0x386 && cp <= 0x3FF && cp != 0x387) || (cp >= 0x400 && cp <= 0x481) ||
           (cp >= 0x48A && cp <= 0x52F) || (cp >= 0x5D0 && cp <= 0x5EA) ||
           (cp >= 0x620 && cp <= 0x64A) || (cp >= 0x3041 && cp <= 0x3096) ||
           (cp >= 0x30A1 && cp <= 0x30FA) || (cp >= 0x3400 && cp <= 0x4DBF) ||
           (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7A3);
}

/// A tag value for a restricted type: characters outside the allowed set become '_'.
std::string restrictedTagValue(std::string_view text)
{
    std::string out;
    for (size_t i = 0; i < text.size();) {
        auto c = static_cast<unsigned char>(text[i]);
        size_t len = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        len = std::min(len, text.size() - i);
        char32_t cp = len == 1 ? c : static_cast<char32_t>(c & (0x7F >> len));
        for (size_t k = 1; k < len; ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
        bool allowed = isLetterNumberOrSpace(cp) ||
                       (cp < 0x80 && std::string_view("_.:/=+-@").find(static_cast<char>(cp)) !=
                                         std::string_view::npos);
        if (allowed)
            out.append(text.substr(i, len));
        else
            out += '_';
        i += len;
    }
    return out;
}

/// At most `limit` bytes of UTF-8 text, cut where a code point starts.
std::string truncateBytes(const std::string& text, size_t limit)
{
    if (text.size() <= limit) return text;
    size_t end = limit;
    while (end > 0 && !startsCodePoint(text[end]))
        --end;
    return text.substr(0, end);
}

/// Restricted tag values lose characters; the exact name goes into the resource's Metadata.
void keepExactNames(const Design& design, Json& resources)
{
    for (auto& member : resources.asObject()) {
        Json& resource = member.value;
        if (!kRestrictedTagTypes.count(resource.find("Type")->asString())) continue;
        Json* tagList = resource.find("Properties")->find("Tags");
        if (!tagList) continue;
        const Component* owner = nullptr;
        for (const Json& tag : tagList->asArray())
            if (tag.find("Key")->asString() == "azimuth:component")
                owner = design.component(ComponentId(tag.find("Value")->asString()));
        if (!owner) continue;
        std::string exact = userText(owner->displayName());
        for (Json& tag : tagList->asArray()) {
            if (tag.find("Key")->asString() != "Name") continue;
            std::string safe = restrictedTagValue(tag.find("Value")->asString());
            if (safe == tag.find("Value")->asString()) continue;
            tag.set("Value", Json(safe));
            // The name as written stays with the resource, where any text is allowed.
            resource.set("Metadata", obj({{"Azimuth", obj({{"Component", Json(owner->id.value)},
                                                           {"Name", Json(exact)}})}}));
        }
    }
}

/// Points the references to components that stand for another stack's resources at that
/// stack's exports: `{"Ref": Vpc}` becomes `{"Fn::ImportValue": NAME}`. `names`: logical
/// id -> the export's name. One that no export names (null) stays a Ref, and goes into
/// `unnamed` for a parameter of its own.
void pointAtImports(const std::map<std::string, Json>& names, Json& v,
                    std::set<std::string>& unnamed, int depth = 0)
{
    if (depth > 64) return;
    if (v.isArray())
        for (Json& each : v.asArray())
            pointAtImports(names, each, unnamed, depth + 1);
    if (!v.isObject()) return;
    if (v.asObject().size() == 1 && v.asObject().front().key == "Ref" &&
        v.asObject().front().value.isString()) {
        const std::string& id = v.asObject().front().value.asString();
        if (auto it = names.find(id); it != names.end()) {
            if (it->second.isNull())
                unnamed.insert(id);
            else
                v = obj({{"Fn::ImportValue", it->second}});
        }
        return;
    }
    for (auto& m : v.asObject())
        pointAtImports(names, m.value, unnamed, depth + 1);
}

/// The design's title and regions, and a warning when one template holds several.
Json metadata(CloudFormationBuilder& b)
{
    Json regions = Json::array();
    for (const Component& c : b.design().components()) {
        const KindSpec* spec = b.catalog().find(c.kind);
        if (!spec || spec->failureDomain != FailureDomain::Region || !b.included(c)) continue;
        regions.asArray().push_back(
            obj({{"Id", Json(c.id.value)},
                 {"Name", Json(userText(c.displayName()))},
                 {"Code", Json(b.catalog().string(c, "code").value_or("us-east-1"))}}));
    }
    Json azimuth =
        obj({{"Title", Json(userText(b.design().title.value_or("")))}, {"Regions", regions}});
    // What CloudFormation cannot say, for `azimuth import` (import.md "Round trip"): every
    // component's kind, name, parent and zones, and every connection. Resources name
    // their component in their `azimuth:component` tag.
    Json components = Json::array();
    for (const Component& c : b.design().components()) {
        if (!b.included(c)) continue;
        Json entry = obj({{"Id", Json(c.id.value)}, {"Kind", Json(c.kind)}});
        if (c.name) entry.set("Name", Json(userText(*c.name)));
        if (!c.parent.empty()) entry.set("Parent", Json(c.parent.value));
        if (const Json* zones = c.props.find("zones");
            zones && zones->isArray() && !zones->asArray().empty())
            entry.set("Zones", *zones);
        if (const Json* subnets = c.props.find("subnets");
            subnets && subnets->isArray() && !subnets->asArray().empty())
            entry.set("Subnets", *subnets);
        if (const Json* name = b.importedName(c)) {
            // Another stack's resource: this template names it, and creates nothing for it.
            // As JSON text, its `${` broken like a name's: Metadata may hold no intrinsic
            // function ("" when no export names it).
            entry.set("ImportValue",
                      Json(name->isNull() ? std::string() : userText(writeJsonCompact(*name))));
            entry.set("Props", c.props);
        } else if (!b.catalog().find(c.kind) || !kindUnit(c.kind) ||
                   !kindUnit(c.kind)->cloudFormation.write)
            entry.set("Props", c.props); // it has no resource to carry them
        else
            entry.set("Resource", Json(b.base(c)));
        components.asArray().push_back(std::move(entry));
    }
    Json connections = Json::array();
    for (const Connection& conn : b.design().connections()) {
        const Component* from = b.design().component(conn.from);
        const Component* to = b.design().component(conn.to);
        if (!from || !to || !b.included(*from) || !b.included(*to)) continue;
        Json entry = obj({{"Id", Json(conn.id.value)},
                          {"From", Json(conn.from.value)},
                          {"To", Json(conn.to.value)}});
        if (conn.label) entry.set("Label", Json(userText(*conn.label)));
        if (conn.mode) entry.set("Mode", Json(*conn.mode));
        if (!conn.props.asObject().empty()) entry.set("Props", conn.props);
        connections.asArray().push_back(std::move(entry));
    }
    azimuth.set("Components", std::move(components));
    azimuth.set("Connections", std::move(connections));
    if (regions.asArray().size() > 1)
        azimuth.set("Note",
                    "This template describes every region of the design and creates all "
                    "of it in the region it is deployed to. Export one region at a time "
                    "(azimuth cloudformation --region ID) to deploy each where it belongs.");
    return obj({{"Azimuth", azimuth}});
}

} // namespace

Json buildCloudFormationTemplate(const Design& design, const KindCatalog& catalog,
                                 const CloudFormationOptions& options)
{
    CloudFormationBuilder b(design, catalog, options);
    if (options.region) {
        bool found = std::any_of(
            design.components().begin(), design.components().end(), [&](const Component& c) {
                const KindSpec* spec = catalog.find(c.kind);
                return spec && spec->failureDomain == FailureDomain::Region && b.included(c);
            });
        if (!found)
            throw CloudFormationError("no region with the id or code \"" + *options.region +
                                      "\" in the design");
    }
    // Fixed parameter names first, then every component's own stem, so no derived
    // name (WebRole, ...) can take a component's id-based name.
    for (const char* p : {kAmiParam, kArmAmiParam, kCodeBucketParam, kDbUserParam})
        b.fixedParam(p);
    for (const Component& c : design.components())
        b.base(c);

    // Each kind's unit writes its own resources: first what components hand each other,
    // then each component, then what its connections make.
    auto hooks = [](const Component& c) {
        const KindUnit* unit = kindUnit(c.kind);
        return unit ? unit->cloudFormation : KindCloudFormation{};
    };
    // A component standing for another stack's resource writes none of its own.
    auto writes = [&](const Component& c) { return b.included(c) && !b.importedName(c); };
    for (const Component& c : design.components())
        if (auto prepare = hooks(c).prepare; prepare && writes(c)) prepare(b, c);
    for (const Component& c : design.components())
        if (auto write = hooks(c).write; write && writes(c)) write(b, c);
    for (const Connection& conn : design.connections()) {
        const Component* from = design.component(conn.from);
        const Component* to = design.component(conn.to);
        if (!from || !to || !b.included(*from) || !b.included(*to)) continue;
        if (auto connect = hooks(*from).connect) connect(b, conn, *from, *to);
    }
    std::map<std::string, Json> imported;
    for (const Component& c : design.components())
        if (const Json* name = b.importedName(c); name && b.included(c))
            imported.emplace(b.base(c), *name);
    std::set<std::string> unnamed;
    if (!imported.empty()) pointAtImports(imported, b.resources(), unnamed);
    for (const std::string& id : unnamed)
        b.addParameter(id, param("String", "The id of " + id + ", which another stack made"));
    keepExactNames(design, b.resources());
    Json kept = Json::object(); // Mappings and Conditions of the resources an import kept
    writeKeptResources(b, kept);
    if (b.resources().asObject().empty())
        throw CloudFormationError(
            options.region
                ? "the region \"" + *options.region +
                      "\" has no component that CloudFormation creates"
                : std::string("the design has no component that CloudFormation creates"));

    std::string title = design.title.value_or("");
    std::string description =
        title.empty() ? "Exported by Azimuth" : "Exported by Azimuth from \"" + title + "\"";
    Json out = obj({{"AWSTemplateFormatVersion", "2010-09-09"},
                    {"Description", Json(truncateBytes(userText(description), 1024))},
                    {"Metadata", metadata(b)}});
    for (const auto& section : kept.asObject())
        out.set(section.key, section.value);
    if (!b.parameters().asObject().empty()) out.set("Parameters", b.parameters());
    out.set("Resources", b.resources());
    return out;
}

std::string exportCloudFormation(const Design& design, const KindCatalog& catalog,
                                 CloudFormationFormat format, const CloudFormationOptions& options)
{
    Json t = buildCloudFormationTemplate(design, catalog, options);
    if (format == CloudFormationFormat::Yaml) return writeCloudFormationYaml(t);
    return writeJsonPretty(t) + "\n";
}

} // namespace azimuth::model
