// A Step Functions state machine: state transitions (standard), or requests and GB-hours
// (express).

#include "model/cost/ComponentCoster.h"
#include "model/cost/LineWords.h"
#include "model/export/CloudFormationBuilder.h"
#include "model/import/ImportScope.h"
#include "model/kinds/KindUnit.h"
#include "model/kinds/SummaryWords.h"

#include <algorithm>
#include <cmath>

namespace azimuth::model::kinds {

namespace {

using namespace costing;
using namespace cfn;

bool express(std::string_view type)
{
    return type == "express";
}

std::string summary(const KindCatalog& catalog, const Component& c)
{
    const SummaryProps p{catalog, c};
    return (express(p.s("type")) ? "Express" : "Standard") + std::string(" · ") +
           compact(p.n("executionsPerMonth")) + " runs";
}

/// GB-hours of express executions: duration rounded up to 100 ms, memory to 64 MB.
double expressGbHours(double executions, double durationMs, double memoryMb)
{
    const double seconds = std::ceil(std::max(durationMs, 0.0) / 100.0) * 0.1;
    const double gb = std::ceil(std::max(memoryMb, 64.0) / 64.0) * 64.0 / 1024.0;
    return executions * seconds * gb / 3600.0;
}

void cost(costing::ComponentCoster& k, costing::RegionTable& region)
{
    const double executions = k.number("executionsPerMonth");
    if (!express(k.text("type"))) {
        // Standard workflows share the account's free transitions; express ones have none.
        const double transitions = executions * k.number("transitionsPerExecution");
        const double free = k.takeFree(&FreeTierLeft::stepFunctionsTransitions, transitions);
        std::string& item = k.startItem();
        item += "Standard state transitions";
        appendFree(item, free);
        k.line(item, (transitions - free) / 1000, "thousand transitions",
               region.price("stepFunctions.standard.transitionsPer1000"));
        return;
    }
    k.line("Express requests", executions / 1e6, "million requests",
           region.price("stepFunctions.express.requestsPerMillion"));
    // Duration is tiered by GB-hours a month: the first 1,000, the next 4,000, the rest.
    const double gbHours =
        expressGbHours(executions, k.number("avgDurationMs"), k.number("memoryMb", 64));
    struct Tier
    {
        const char* item;
        const char* path;
        double upTo;
    };
    const Tier tiers[] = {
        {"Express duration, first 1,000 GB-hours", "stepFunctions.express.gbHourFirst1000", 1000},
        {"Express duration, next 4,000 GB-hours", "stepFunctions.express.gbHourNext4000", 5000},
        {"Express duration, over 5,000 GB-hours", "stepFunctions.express.gbHourOver5000",
         INFINITY}};
    double below = 0;
    for (const Tier& t : tiers) {
        const double inTier = std::min(gbHours, t.upTo) - below;
        if (inTier > 0 || below == 0)
            k.line(t.item, std::max(inTier, 0.0), "GB-hours", region.price(t.path));
        below = t.upTo;
        if (gbHours <= below) break;
    }
}

/// The task a state machine runs for a connection to `to`: its resource, parameters and the
/// value `${target}` stands for; null resource when it has no task for that kind.
struct Task
{
    const char* resource = nullptr;
    Json parameters;
    Json target;
};

Task taskFor(CloudFormationBuilder& b, const Component& to, const std::string& var)
{
    const std::string id = b.base(to);
    const std::string ref = "${" + var + "}";
    if (to.kind == "lambda-function")
        return {"arn:aws:states:::lambda:invoke",
                obj({{"FunctionName", Json(ref)}, {"Payload.$", "$"}}), getAtt(id, "Arn")};
    if (to.kind == "sqs-queue")
        return {"arn:aws:states:::sqs:sendMessage",
                obj({{"QueueUrl", Json(ref)}, {"MessageBody.$", "$"}}), cfnRef(id)};
    if (to.kind == "sns-topic")
        return {"arn:aws:states:::sns:publish", obj({{"TopicArn", Json(ref)}, {"Message.$", "$"}}),
                cfnRef(id)};
    if (to.kind == "dynamodb-table")
        return {"arn:aws:states:::dynamodb:putItem",
                obj({{"TableName", Json(ref)},
                     {"Item", obj({{"pk", obj({{"S.$", "$$.Execution.Id"}})}})}}),
                cfnRef(id)};
    if (to.kind == "step-functions-state-machine")
        return {"arn:aws:states:::states:startExecution",
                obj({{"StateMachineArn", Json(ref)}, {"Input.$", "$"}}), cfnRef(id)};
    if (to.kind == "eventbridge-bus")
        return {"arn:aws:states:::events:putEvents",
                obj({{"Entries", arr({obj({{"EventBusName", Json(ref)},
                                           {"Source", "azimuth.workflow"},
                                           {"DetailType", "WorkflowStep"},
                                           {"Detail.$", "$"}})})}}),
                cfnRef(id)};
    if (to.kind == "kinesis-data-stream")
        return {"arn:aws:states:::aws-sdk:kinesis:putRecord",
                obj({{"StreamName", Json(ref)},
                     {"Data.$", "States.JsonToString($)"},
                     {"PartitionKey.$", "$$.Execution.Name"}}),
                cfnRef(id)};
    return {};
}

/// One task state for each component it connects to, in connection order, each passing
/// its input on; its role may do what each task does.
void cloudFormation(CloudFormationBuilder& b, const Component& c)
{
    Json states = Json::object();
    Json substitutions = Json::object();
    Json statements = Json::array();
    std::vector<std::string> names;
    std::vector<Json> bodies;
    for (const Connection* conn : b.design().outgoing(c.id)) {
        const Component* to = b.design().component(conn->to);
        if (!to || !b.included(*to)) continue;
        const std::string var = "target" + std::to_string(names.size() + 1);
        Task task = taskFor(b, *to, var);
        if (!task.resource) continue;
        std::optional<CloudFormationAccess> access = b.access(*to);
        if (access)
            statements.asArray().push_back(obj({{"Effect", "Allow"},
                                                {"Action", access->actions},
                                                {"Resource", access->resource}}));
        substitutions.set(var, std::move(task.target));
        std::string name = "Step " + std::to_string(names.size() + 1) + " " + b.base(*to);
        if (name.size() > 80) name.resize(80); // the longest state name
        names.push_back(std::move(name));
        bodies.push_back(obj({{"Type", "Task"},
                              {"Resource", task.resource},
                              {"Parameters", std::move(task.parameters)},
                              {"ResultPath", nullptr}}));
    }
    if (names.empty()) {
        names.push_back("Start");
        bodies.push_back(obj({{"Type", "Pass"}}));
    }
    for (size_t i = 0; i < names.size(); ++i) {
        if (i + 1 < names.size())
            bodies[i].set("Next", Json(names[i + 1]));
        else
            bodies[i].set("End", true);
        states.set(names[i], std::move(bodies[i]));
    }

    const bool fast = express(b.catalog().string(c, "type").value_or("standard"));
    std::string role = b.part(c, "Role");
    Json roleProps = obj({{"AssumeRolePolicyDocument", assumedBy("states.amazonaws.com")}});
    if (!statements.asArray().empty())
        roleProps.set("Policies",
                      arr({obj({{"PolicyName", "azimuth-tasks"},
                                {"PolicyDocument",
                                 obj({{"Version", "2012-10-17"}, {"Statement", statements}})}})}));
    roleProps.set("Tags", b.tags(c));
    b.addResource(role, "AWS::IAM::Role", std::move(roleProps));

    Json props = obj({{"StateMachineType", fast ? "EXPRESS" : "STANDARD"},
                      {"RoleArn", getAtt(role, "Arn")},
                      {"Definition", obj({{"Comment", Json(userText(c.displayName()))},
                                          {"StartAt", Json(names.front())},
                                          {"States", std::move(states)}})}});
    if (!substitutions.asObject().empty())
        props.set("DefinitionSubstitutions", std::move(substitutions));
    props.set("Tags", b.tags(c));
    b.addResource(b.base(c), "AWS::StepFunctions::StateMachine", std::move(props));
}

std::optional<CloudFormationAccess> access(CloudFormationBuilder& b, const Component& c)
{
    const std::string target = b.base(c);
    return CloudFormationAccess{"STATE_MACHINE_%s_ARN", cfnRef(target),
                                arr({"states:StartExecution"}), cfnRef(target)};
}

// The CloudFormation import (docs/import.md).
constexpr std::string_view kImportTypes[] = {"AWS::StepFunctions::StateMachine"};

void importRead(ImportScope& scope, const TemplateResource& r, Component& c)
{
    const Json* type = ImportScope::at(r, "StateMachineType");
    const bool express = type && type->isString() && type->asString() == "EXPRESS";
    c.props.set("type", Json(express ? "express" : "standard"));
    (void)scope;
}

/// A state machine's tasks call what its definition refers to (a function, queue,
/// topic, table...): the components a function's code could reach the same way.
void importConnect(ImportScope& scope, const TemplateResource& r)
{
    const Component* machine = scope.componentOf(r.id);
    if (!machine) return;
    for (const std::string& id : r.refs) {
        const Component* target = scope.componentOf(id);
        const KindUnit* unit = target ? kindUnit(target->kind) : nullptr;
        if (unit && unit->cloudFormation.access) scope.connect(machine->id, target->id);
    }
}

} // namespace

extern const KindUnit StepFunctionsStateMachine;
const KindUnit StepFunctionsStateMachine{
    "step-functions-state-machine",
    summary,
    cost,
    {.write = cloudFormation, .access = access},
    {.types = kImportTypes, .read = importRead, .connect = importConnect}};

} // namespace azimuth::model::kinds
