// A Route 53 hosted zone: the zone, its queries and health checks.

#include "model/catalog/DesignQueries.h"
#include "model/cost/ComponentCoster.h"
#include "model/cost/LineWords.h"
#include "model/export/CloudFormationBuilder.h"
#include "model/import/ImportScope.h"
#include "model/kinds/KindUnit.h"
#include "model/kinds/SummaryWords.h"

#include <algorithm>
#include <cctype>

namespace azimuth::model::kinds {

namespace {

using namespace costing;
using namespace cfn;

/// CloudFront's hosted zone, the same for every distribution (alias targets name it).
constexpr const char* kCloudFrontZone = "Z2FDTNDATAQYW2";

std::string summary(const KindCatalog& catalog, const Component& c)
{
    const SummaryProps p{catalog, c};
    std::string out = p.s("domain") + " · " + p.s("routing");
    if (p.n("healthChecks") > 0) out += " · " + figure(p.n("healthChecks")) + " checks";
    return out;
}

void cost(costing::ComponentCoster& k, costing::RegionTable& region)
{
    k.line("Hosted zone", 1, "zone-months", region.price("route53.hostedZoneMonth"));
    const double queries = k.number("queriesPerMonth");
    // Latency records are billed as latency-based queries; the others as standard ones.
    const bool latency = k.text("routing") == "latency";
    if (queries > 0)
        k.line(latency ? "Latency-based queries" : "Standard queries", queries / 1e6,
               "million queries",
               region.price(latency ? "route53.latencyQueriesPerMillion"
                                    : "route53.standardQueriesPerMillion"));
    const double checks = k.number("healthChecks");
    if (checks > 0)
        k.line("Health checks (AWS endpoints)", checks, "check-months",
               region.price("route53.healthCheckMonth"));
}

/// The alias target of a component a record can point at, or null.
Json aliasTarget(CloudFormationBuilder& b, const Component& to)
{
    const std::string target = b.base(to);
    if (to.kind == "cloudfront-distribution")
        return obj({{"DNSName", getAtt(target, "DomainName")}, {"HostedZoneId", kCloudFrontZone}});
    if (to.kind == "load-balancer" &&
        b.catalog().string(to, "type").value_or("application") != "classic")
        return obj({{"DNSName", getAtt(target, "DNSName")},
                    {"HostedZoneId", getAtt(target, "CanonicalHostedZoneID")}});
    return Json();
}

/// The component a resource's tags name (`azimuth:component`), or "".
std::string tagValue(const Json* tags)
{
    if (tags && tags->isArray())
        for (const Json& t : tags->asArray())
            if (const Json* key = t.find("Key");
                key && key->isString() && key->asString() == "azimuth:component")
                if (const Json* v = t.find("Value"); v && v->isString()) return v->asString();
    return {};
}

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
    return s;
}

void cloudFormation(CloudFormationBuilder& b, const Component& c)
{
    const std::string domain = b.catalog().string(c, "domain").value_or("example.com");
    b.addResource(b.base(c), "AWS::Route53::HostedZone",
                  obj({{"Name", Json(userText(domain))}, {"HostedZoneTags", b.tags(c)}}));
    const std::string routing = b.catalog().string(c, "routing").value_or("simple");
    // Health checks watch the records' targets in order (a failover record fails over when
    // its check does), and any left over watch the domain itself.
    std::vector<std::pair<const Connection*, Json>> targets;
    for (const Connection* conn : b.design().outgoing(c.id)) {
        const Component* to = b.design().component(conn->to);
        if (!to || !b.included(*to)) continue;
        if (Json alias = aliasTarget(b, *to); !alias.isNull())
            targets.emplace_back(conn, std::move(alias));
        if (routing == "failover" && targets.size() == 2) break; // one primary, one secondary
    }
    const int checks = static_cast<int>(b.catalog().number(c, "healthChecks").value_or(0));
    std::vector<std::string> checkIds;
    for (int i = 0; i < checks; ++i) {
        checkIds.push_back(b.part(c, "HealthCheck" + (i ? std::to_string(i + 1) : "")));
        const Json* watched = i < static_cast<int>(targets.size())
                                  ? targets[static_cast<size_t>(i)].second.find("DNSName")
                                  : nullptr;
        b.addResource(checkIds.back(), "AWS::Route53::HealthCheck",
                      obj({{"HealthCheckConfig", obj({{"Type", "HTTPS"},
                                                      {"FullyQualifiedDomainName",
                                                       watched ? *watched : Json(userText(domain))},
                                                      {"Port", 443},
                                                      {"ResourcePath", "/"},
                                                      {"RequestInterval", 30},
                                                      {"FailureThreshold", 3}})},
                           {"HealthCheckTags", b.tags(c)}}));
    }
    int index = 0;
    for (auto& [conn, alias] : targets) {
        const Component* to = b.design().component(conn->to);
        Json record = obj({{"HostedZoneId", cfnRef(b.base(c))}, {"Type", "A"}});
        if (routing == "simple" && index > 0) {
            // Simple routing has one answer per name: the others get a name of their own.
            record.set("Name", Json(userText(lower(b.base(*to)) + "." + domain)));
        } else {
            record.set("Name", Json(userText(domain)));
        }
        if (routing != "simple") record.set("SetIdentifier", Json(b.base(*to)));
        if (routing == "failover")
            record.set("Failover", index == 0 ? "PRIMARY" : "SECONDARY");
        else if (routing == "weighted")
            record.set("Weight", 1);
        else if (routing == "latency") {
            // A latency record names the Region of its target (a global one: us-east-1).
            const std::string code = regionCode(b.design(), b.catalog(), *to);
            record.set("Region", Json(code.empty() ? std::string("us-east-1") : code));
        }
        // Failover and the other policies skip a target whose health fails; CloudFront
        // takes no target health (it is served from every edge).
        alias.set("EvaluateTargetHealth",
                  routing != "simple" && to->kind != "cloudfront-distribution");
        record.set("AliasTarget", std::move(alias));
        if (index < checks)
            record.set("HealthCheckId", cfnRef(checkIds[static_cast<size_t>(index)]));
        b.addResource(b.named("connection:" + conn->id.value, "", b.base(c) + "To" + b.base(*to)),
                      "AWS::Route53::RecordSet", std::move(record));
        ++index;
    }
}

// The CloudFormation import (docs/import.md).
constexpr std::string_view kImportTypes[] = {"AWS::Route53::HostedZone"};
constexpr std::string_view kImportFolds[] = {
    "AWS::Route53::RecordSet", "AWS::Route53::RecordSetGroup", "AWS::Route53::HealthCheck"};

void importRead(ImportScope& scope, const TemplateResource& r, Component& c)
{
    if (const Json* name = ImportScope::at(r, "Name"); name && name->isString()) {
        std::string domain = name->asString();
        if (domain.ends_with('.')) domain.pop_back();
        Json value(domain);
        scope.setProp(c, r, "domain", &value);
    }
    // Its health checks: those its records name, those tagged as its own, and, when the
    // template has no other zone, every other one.
    int zones = 0;
    for (const TemplateResource& each : scope.resolved().resources)
        zones += each.type == r.type;
    int checks = 0;
    for (const TemplateResource& h : scope.resolved().resources) {
        if (h.type != "AWS::Route53::HealthCheck") continue;
        const std::string owner = tagValue(ImportScope::at(h, "HealthCheckTags"));
        bool mine = owner.empty() ? zones == 1 : owner == c.id.value;
        for (const TemplateResource* record : scope.referrers(h.id, "AWS::Route53::RecordSet"))
            if (const Json* zone = ImportScope::at(*record, "HostedZoneId");
                zone && scope.referenced(*zone) == &r)
                mine = true;
        checks += mine;
    }
    if (checks > 0) c.props.set("healthChecks", Json(checks));
}

/// Records of a zone of the template route to what their aliases name; a failover record
/// makes the zone's routing failover.
void importConnect(ImportScope& scope, const TemplateResource& r)
{
    if (r.type == "AWS::Route53::HealthCheck") return;
    const Json* zoneRef = ImportScope::at(r, "HostedZoneId");
    const Component* zone = zoneRef ? scope.componentReferredBy(*zoneRef) : nullptr;
    if (!zone) return;
    std::vector<const Json*> records{&r.properties};
    if (const Json* list = ImportScope::at(r, "RecordSets"); list && list->isArray())
        for (const Json& each : list->asArray())
            records.push_back(&each);
    for (const Json* record : records) {
        const Json* alias = record->find("AliasTarget");
        const Json* target = alias ? alias->find("DNSName") : record->find("ResourceRecords");
        if (const Component* to = target ? scope.componentWithin(*target) : nullptr)
            scope.connect(zone->id, to->id);
        if (const Json* failover = record->find("Failover"); failover && failover->isString())
            if (Component* z = scope.design().mutableComponent(zone->id))
                z->props.set("routing", Json("failover"));
    }
}

} // namespace

extern const KindUnit Route53HostedZone;
const KindUnit Route53HostedZone{
    "route53-hosted-zone",
    summary,
    cost,
    {.write = cloudFormation},
    {.types = kImportTypes, .folds = kImportFolds, .read = importRead, .connect = importConnect}};

} // namespace azimuth::model::kinds
