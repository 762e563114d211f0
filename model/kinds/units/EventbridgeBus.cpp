// An EventBridge event bus: custom events published.

#include "model/cost/ComponentCoster.h"
#include "model/cost/LineWords.h"
#include "model/export/CloudFormationBuilder.h"
#include "model/import/ImportScope.h"
#include "model/kinds/KindUnit.h"
#include "model/kinds/SummaryWords.h"

namespace azimuth::model::kinds {

namespace {

using namespace costing;
using namespace cfn;

std::string summary(const KindCatalog& catalog, const Component& c)
{
    const SummaryProps p{catalog, c};
    return compact(p.n("eventsPerMonth")) + " events";
}

void cost(costing::ComponentCoster& k, costing::RegionTable& region)
{
    k.line("Custom events published", k.number("eventsPerMonth") / 1e6, "million events",
           region.price("eventbridge.customEventsPerMillion"));
}

void cloudFormation(CloudFormationBuilder& b, const Component& c)
{
    std::string name = b.base(c);
    if (name.size() > 256) name.resize(256);
    b.addResource(b.base(c), "AWS::Events::EventBus",
                  obj({{"Name", Json(name)}, {"Tags", b.tags(c)}}));
}

/// A role EventBridge takes to deliver to a target that needs one (a state machine, a
/// stream), allowed `action` on `resource`.
std::string deliveryRole(CloudFormationBuilder& b, const std::string& owner,
                         const std::string& wanted, const char* action, Json resource)
{
    const std::string role = b.named(owner, "role", wanted);
    b.addResource(
        role, "AWS::IAM::Role",
        obj({{"AssumeRolePolicyDocument", assumedBy("events.amazonaws.com")},
             {"Policies",
              arr({obj(
                  {{"PolicyName", "deliver"},
                   {"PolicyDocument",
                    obj({{"Version", "2012-10-17"},
                         {"Statement", arr({obj({{"Effect", "Allow"},
                                                 {"Action", action},
                                                 {"Resource", std::move(resource)}})})}})}})})}}));
    return role;
}

/// Each connection out of the bus is a rule on it that sends every event of the account
/// to that target, with the permission the target needs to accept it.
void connect(CloudFormationBuilder& b, const Connection& conn, const Component& from,
             const Component& to)
{
    const bool function = to.kind == "lambda-function";
    const bool queue = to.kind == "sqs-queue";
    const bool topic = to.kind == "sns-topic";
    const bool workflow = to.kind == "step-functions-state-machine";
    const bool stream = to.kind == "kinesis-data-stream";
    if (!function && !queue && !topic && !workflow && !stream) return;
    const std::string owner = "connection:" + conn.id.value;
    const std::string bus = b.base(from);
    const std::string target = b.base(to);
    const std::string rule = b.named(owner, "", bus + "To" + target);
    Json targetArn = (topic || workflow) ? cfnRef(target) : getAtt(target, "Arn");

    Json entry = obj({{"Id", Json(target.substr(0, 64))}, {"Arn", targetArn}});
    if (workflow)
        entry.set("RoleArn", getAtt(deliveryRole(b, owner, target + "StartBy" + bus,
                                                 "states:StartExecution", cfnRef(target)),
                                    "Arn"));
    if (stream) {
        entry.set("RoleArn", getAtt(deliveryRole(b, owner, target + "PutBy" + bus,
                                                 "kinesis:PutRecord", getAtt(target, "Arn")),
                                    "Arn"));
        entry.set("KinesisParameters", obj({{"PartitionKeyPath", "$.id"}}));
    }
    b.addResource(rule, "AWS::Events::Rule",
                  obj({{"EventBusName", cfnRef(bus)},
                       {"EventPattern", obj({{"account", arr({cfnRef("AWS::AccountId")})}})},
                       {"State", "ENABLED"},
                       {"Targets", arr({std::move(entry)})}}));

    if (function) {
        b.addResource(b.named(owner, "permission", target + "InvokeBy" + bus),
                      "AWS::Lambda::Permission",
                      obj({{"Action", "lambda:InvokeFunction"},
                           {"FunctionName", cfnRef(target)},
                           {"Principal", "events.amazonaws.com"},
                           {"SourceArn", getAtt(rule, "Arn")}}));
    } else if (queue || topic) {
        Json statement = obj(
            {{"Effect", "Allow"},
             {"Principal", obj({{"Service", "events.amazonaws.com"}})},
             {"Action", queue ? "sqs:SendMessage" : "sns:Publish"},
             {"Resource", targetArn},
             {"Condition", obj({{"ArnEquals", obj({{"aws:SourceArn", getAtt(rule, "Arn")}})}})}});
        Json document = obj({{"Version", "2012-10-17"}, {"Statement", arr({statement})}});
        if (queue)
            b.addResource(b.named(owner, "policy", target + "PolicyFor" + bus),
                          "AWS::SQS::QueuePolicy",
                          obj({{"Queues", arr({cfnRef(target)})}, {"PolicyDocument", document}}));
        else
            b.addResource(b.named(owner, "policy", target + "PolicyFor" + bus),
                          "AWS::SNS::TopicPolicy",
                          obj({{"Topics", arr({cfnRef(target)})}, {"PolicyDocument", document}}));
    }
}

std::optional<CloudFormationAccess> access(CloudFormationBuilder& b, const Component& c)
{
    const std::string target = b.base(c);
    return CloudFormationAccess{"EVENT_BUS_%s_NAME", cfnRef(target), arr({"events:PutEvents"}),
                                getAtt(target, "Arn")};
}

// The CloudFormation import (docs/import.md).
constexpr std::string_view kImportTypes[] = {"AWS::Events::EventBus"};
constexpr std::string_view kImportFolds[] = {"AWS::Events::Rule", "AWS::Events::Archive",
                                             "AWS::Events::EventBusPolicy"};

/// A rule on a bus of the template connects the bus to each of its targets.
void importConnect(ImportScope& scope, const TemplateResource& r)
{
    if (r.type != "AWS::Events::Rule") return;
    const Json* busName = ImportScope::at(r, "EventBusName");
    const Component* bus = busName ? scope.componentReferredBy(*busName) : nullptr;
    const Json* targets = ImportScope::at(r, "Targets");
    if (!bus || !targets || !targets->isArray()) return;
    for (const Json& t : targets->asArray())
        if (const Json* arn = t.find("Arn"))
            if (const Component* target = scope.componentReferredBy(*arn))
                scope.connect(bus->id, target->id);
}

} // namespace

extern const KindUnit EventbridgeBus;
const KindUnit EventbridgeBus{
    "eventbridge-bus",
    summary,
    cost,
    {.write = cloudFormation, .connect = connect, .access = access},
    {.types = kImportTypes, .folds = kImportFolds, .connect = importConnect}};

} // namespace azimuth::model::kinds
