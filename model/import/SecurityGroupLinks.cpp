#include "SecurityGroupLinks.h"

#include "ImportScope.h"
#include "model/kinds/KindUnit.h"

#include <algorithm>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace azimuth::model {

namespace {

constexpr std::string_view kGroup = "AWS::EC2::SecurityGroup";

bool isGroup(const TemplateResource* r)
{
    return r && r->type == kGroup;
}

bool foldsInto(const KindUnit& unit, std::string_view type)
{
    const auto& folds = unit.templateImport.folds;
    return std::find(folds.begin(), folds.end(), type) != folds.end();
}

/// The components holding each group: a mapped resource that names the group, or names a
/// resource that names it (an Auto Scaling group's launch template), or has a folded
/// resource naming it (a file system's mount targets).
std::map<std::string, std::vector<ComponentId>> holders(ImportScope& scope)
{
    std::map<std::string, std::vector<ComponentId>> out;
    auto hold = [&](const std::string& group, const ComponentId& component) {
        auto& list = out[group];
        if (std::find(list.begin(), list.end(), component) == list.end()) list.push_back(component);
    };
    for (const TemplateResource& r : scope.resolved().resources) {
        const Component* c = scope.componentOf(r.id);
        if (!c) continue;
        for (const std::string& id : r.refs) {
            const TemplateResource* ref = scope.resource(id);
            if (!ref || scope.componentOf(id)) continue;
            if (isGroup(ref)) {
                hold(id, c->id);
                continue;
            }
            for (const std::string& inner : ref->refs)
                if (isGroup(scope.resource(inner))) hold(inner, c->id);
        }
        const KindUnit* unit = kindUnit(c->kind);
        if (!unit) continue;
        for (const TemplateResource* folded : scope.referrers(r.id))
            if (foldsInto(*unit, folded->type))
                for (const std::string& inner : folded->refs)
                    if (isGroup(scope.resource(inner))) hold(inner, c->id);
    }
    return out;
}

/// The group a rule's value names, or empty.
std::string groupOf(ImportScope& scope, const Json* value)
{
    const TemplateResource* r = value ? scope.referenced(*value) : nullptr;
    return isGroup(r) ? r->id : std::string();
}

} // namespace

void connectThroughSecurityGroups(ImportScope& scope)
{
    // (from group, to group): the rules in template order.
    std::vector<std::pair<std::string, std::string>> rules;
    auto add = [&](std::string from, std::string to) {
        if (!from.empty() && !to.empty() && from != to)
            rules.emplace_back(std::move(from), std::move(to));
    };
    for (const TemplateResource& r : scope.resolved().resources) {
        if (r.type == kGroup) {
            if (const Json* in = ImportScope::at(r, "SecurityGroupIngress"); in && in->isArray())
                for (const Json& rule : in->asArray())
                    if (rule.isObject())
                        add(groupOf(scope, rule.find("SourceSecurityGroupId")), r.id);
            if (const Json* out = ImportScope::at(r, "SecurityGroupEgress"); out && out->isArray())
                for (const Json& rule : out->asArray())
                    if (rule.isObject())
                        add(r.id, groupOf(scope, rule.find("DestinationSecurityGroupId")));
        } else if (r.type == "AWS::EC2::SecurityGroupIngress") {
            add(groupOf(scope, ImportScope::at(r, "SourceSecurityGroupId")),
                groupOf(scope, ImportScope::at(r, "GroupId")));
        } else if (r.type == "AWS::EC2::SecurityGroupEgress") {
            add(groupOf(scope, ImportScope::at(r, "GroupId")),
                groupOf(scope, ImportScope::at(r, "DestinationSecurityGroupId")));
        }
    }
    if (rules.empty()) return;
    const auto held = holders(scope);
    for (const auto& [from, to] : rules) {
        auto senders = held.find(from);
        auto receivers = held.find(to);
        if (senders == held.end() || receivers == held.end()) continue;
        for (const ComponentId& a : senders->second)
            for (const ComponentId& b : receivers->second)
                scope.connect(a, b);
    }
}

} // namespace azimuth::model
