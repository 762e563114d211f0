#include "TemplateImporter.h"

#include "ImportMetadata.h"
#include "ImportScope.h"
#include "SecurityGroupLinks.h"
#include "TemplateText.h"
#include "UnmappedResources.h"
#include "model/cost/PriceCatalog.h"
#include "model/kinds/KindUnit.h"

#include <algorithm>
#include <map>
#include <stdexcept>
#include <unordered_map>

namespace azimuth::model {

namespace {

/// Types that configure whatever refers to them, whichever kind that is: folded
/// (import.md). Types that configure one kind are that kind's unit's `folds`.
bool configuresAny(std::string_view type)
{
    static constexpr std::string_view prefixes[] = {
        "AWS::IAM::", "AWS::Logs::",        "AWS::CloudWatch::", "AWS::ApplicationAutoScaling::",
        "AWS::KMS::", "AWS::SSM::Parameter"};
    static constexpr std::string_view exact[] = {
        "AWS::EC2::SecurityGroup", "AWS::EC2::SecurityGroupIngress",
        "AWS::EC2::SecurityGroupEgress", "AWS::CloudFormation::WaitCondition",
        "AWS::CloudFormation::WaitConditionHandle"};
    for (std::string_view p : prefixes)
        if (type.starts_with(p)) return true;
    return std::find(std::begin(exact), std::end(exact), type) != std::end(exact);
}

/// A component id from a logical id: as it is, or cut to the format's 64 characters with
/// a numeric suffix.
ComponentId componentIdFor(const std::string& logicalId, const Design& design)
{
    if (logicalId.size() <= 64 && !design.component(ComponentId(logicalId)))
        return ComponentId(logicalId);
    for (int n = 2;; ++n) {
        std::string suffix = "-" + std::to_string(n);
        ComponentId id(logicalId.substr(0, 64 - suffix.size()) + suffix);
        if (!design.component(id)) return id;
    }
}

/// A tag's value, from a list of `Key`/`Value` pairs or, as EKS and SSM types write their
/// tags, a map; empty when the resource has no such tag.
std::string tagValue(const TemplateResource& r, std::string_view name)
{
    const Json* tags = r.properties.find("Tags");
    if (tags && tags->isObject())
        if (const Json* value = tags->find(name); value && value->isString())
            return value->asString();
    if (tags && tags->isArray())
        for (const Json& tag : tags->asArray())
            if (const Json* key = tag.find("Key");
                key && key->isString() && key->asString() == name)
                if (const Json* value = tag.find("Value"); value && value->isString())
                    return value->asString();
    return {};
}

/// The resource's name: the exact name an Azimuth export kept in its Metadata, else its
/// Name tag.
std::optional<std::string> nameOf(const Json& raw, const TemplateResource& r)
{
    if (const Json* meta = raw.find("Metadata"))
        if (const Json* az = meta->find("Azimuth"))
            if (const Json* name = az->find("Name"); name && name->isString())
                return name->asString();
    if (std::string name = tagValue(r, "Name"); !name.empty()) return name;
    return std::nullopt;
}

/// The component an Azimuth export tagged the resource with (`azimuth:component`).
std::string ownerTag(const TemplateResource& r)
{
    return tagValue(r, "azimuth:component");
}

/// One more instance of an instance group (an EC2 fleet exported as N instances).
void addInstance(const KindCatalog& catalog, Component& c)
{
    const KindSpec* spec = catalog.find(c.kind);
    if (!spec || !spec->instanceGroup()) return;
    const Json& now = catalog.prop(c, spec->instanceCount);
    c.props.set(spec->instanceCount, Json((now.isNumber() ? now.asNumber() : 1) + 1));
}

struct TypeIndex
{
    std::unordered_map<std::string_view, std::vector<const KindUnit*>> makers;
    std::unordered_map<std::string_view, const KindUnit*> folds;

    TypeIndex()
    {
        for (const KindUnit* unit : allKindUnits()) {
            for (std::string_view t : unit->templateImport.types)
                makers[t].push_back(unit);
            for (std::string_view t : unit->templateImport.folds)
                folds.emplace(t, unit);
        }
    }

    /// The unit a resource becomes a component of, or null.
    const KindUnit* maker(const TemplateResource& r) const
    {
        auto it = makers.find(r.type);
        if (it == makers.end()) return nullptr;
        for (const KindUnit* unit : it->second)
            if (!unit->templateImport.accepts || unit->templateImport.accepts(r)) return unit;
        return nullptr;
    }
};

/// Read order: VPCs, then subnets (which make the AZs), then the rest in template order.
int readRank(const KindCatalog& catalog, const Component& c)
{
    const KindSpec* spec = catalog.find(c.kind);
    if (!spec) return 2;
    if (spec->networkRole == NetworkRole::Vpc) return 0;
    if (spec->networkRole == NetworkRole::Subnet) return 1;
    return 2;
}

} // namespace

ImportOptions importOptionsFor(const std::string& region)
{
    const PriceCatalog& prices = PriceCatalog::builtin();
    if (!prices.region(region)) {
        std::string known;
        for (const std::string& code : prices.regionCodes())
            known += (known.empty() ? "" : ", ") + code;
        throw std::invalid_argument("not a region Azimuth knows (it knows " + known + ")");
    }
    ImportOptions options;
    options.region = region;
    options.zones = prices.zoneNames(region); // the region's AZ names, as Fn::GetAZs gives
    return options;
}

ImportResult importTemplate(const Json& root, const std::string& file, const ImportOptions& options,
                            const KindCatalog& catalog)
{
    ResolvedTemplate resolved = resolveTemplate(root, file, options);
    ImportResult result;
    ImportReport& report = result.report;
    report.file = file;
    report.region = options.region;
    report.leftOut = static_cast<int>(resolved.leftOut.size());
    for (const auto& [id, condition] : resolved.leftOut)
        report.conditions.push_back(id + " (condition " + condition + " is false)");
    report.notes = resolved.notes;

    static const TypeIndex types;
    Design& design = result.design;
    const ImportMetadata metadata(root, catalog);
    ImportScope scope(resolved, catalog, options, metadata, design, report);
    const Json* rawResources = root.find("Resources");

    // Every mapped resource becomes a component first, so references can be followed
    // whatever the template's order.
    struct Made
    {
        const TemplateResource* resource;
        const KindUnit* unit;
        ComponentId id;
    };
    std::vector<Made> made;
    std::vector<std::pair<const TemplateResource*, const KindUnit*>> folded;
    std::vector<std::string> unmapped;
    for (const TemplateResource& r : resolved.resources) {
        const Json* raw = rawResources ? rawResources->find(r.id) : nullptr;
        if (const KindUnit* unit = types.maker(r)) {
            Component c;
            c.id = componentIdFor(r.id, design);
            // An export tags its resources with the component they belong to.
            std::string owner = metadata.componentOfResource(r.id);
            if (owner.empty()) owner = ownerTag(r);
            if (const Json* entry = metadata.component(owner)) {
                // A fleet's instances are one component: each adds to its count.
                if (Component* same = design.mutableComponent(ComponentId(owner));
                    same && same->kind == unit->kind) {
                    addInstance(catalog, *same);
                    ++report.folded;
                    continue;
                }
                c.id = ComponentId(owner);
                // The recorded name, or none: an unnamed component stays unnamed.
                if (const Json* name = entry->find("Name"); name && name->isString())
                    c.name = ImportMetadata::exactName(name->asString());
            } else {
                c.name = raw ? nameOf(*raw, r) : std::nullopt;
                if (!c.name && c.id.value != r.id) c.name = r.id;
            }
            c.kind = std::string(unit->kind);
            // A global kind (CloudFront, Route 53) sits at the top level, outside regions.
            const KindSpec* spec = catalog.find(c.kind);
            if (!spec || !spec->parents.empty() || !spec->topLevel) c.parent = scope.region();
            scope.bind(r.id, c.id);
            made.push_back({&r, unit, c.id});
            design.insertComponent(std::move(c));
            ++report.mapped;
        } else if (auto f = types.folds.find(r.type); f != types.folds.end()) {
            folded.emplace_back(&r, f->second);
            ++report.folded;
        } else if (configuresAny(r.type)) {
            ++report.folded;
        } else {
            report.unmapped.push_back(r.id + " (" + r.type + ")");
            unmapped.push_back(r.id);
        }
    }

    metadata.addComponents(design, scope.region());
    std::stable_sort(made.begin(), made.end(), [&](const Made& a, const Made& b) {
        return readRank(catalog, *design.component(a.id)) <
               readRank(catalog, *design.component(b.id));
    });
    for (const Made& m : made) {
        if (!m.unit->templateImport.read) continue;
        // Read into a copy: placing it may add AZ components, which moves the others.
        Component c = *design.component(m.id);
        m.unit->templateImport.read(scope, *m.resource, c);
        *design.mutableComponent(m.id) = std::move(c);
    }

    metadata.restorePlaces(design);

    for (const TemplateResource& r : resolved.resources) {
        const KindUnit* unit = nullptr;
        if (const KindUnit* maker = types.maker(r); maker && scope.componentOf(r.id))
            unit = maker;
        else if (auto f = types.folds.find(r.type); f != types.folds.end())
            unit = f->second;
        if (unit && unit->templateImport.connect) unit->templateImport.connect(scope, r);
    }
    connectThroughSecurityGroups(scope);

    metadata.applyConnections(design);

    // The components that stand for other stacks' VPCs and subnets, for the export, kept
    // by id, so a round trip writes them in the same order.
    std::map<ComponentId, Json> byId(scope.imports());
    for (const auto& [id, name] : metadata.imports(design))
        byId.emplace(id, name);
    Json imports = Json::object();
    for (const auto& [id, name] : byId)
        imports.set(id.value, name);
    Json kept = keepUnmapped(
        root, resolved, unmapped,
        [&](const std::string& id) {
            const Component* c = scope.componentOf(id);
            return c ? c->id.value : std::string();
        },
        imports);
    if (!kept.isNull()) design.extra.set("cloudformation", std::move(kept));
    if (std::optional<std::string> title = metadata.title()) {
        if (!title->empty()) design.title = *title;
    } else if (const Json* description = root.find("Description");
               description && description->isString())
        design.title = description->asString();
    return result;
}

ImportResult importTemplateText(std::string_view text, const std::string& file,
                                const ImportOptions& options, const KindCatalog& catalog)
{
    return importTemplate(readTemplate(text, file), file, options, catalog);
}

} // namespace azimuth::model
