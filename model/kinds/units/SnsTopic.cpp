// An SNS topic: publishes, and deliveries to HTTP/S subscribers.

#include "model/cost/ComponentCoster.h"
#include "model/cost/LineWords.h"
#include "model/export/CloudFormationBuilder.h"
#include "model/import/ImportScope.h"
#include "model/kinds/KindUnit.h"
#include "model/kinds/SummaryWords.h"

#include <algorithm>

namespace azimuth::model::kinds {

namespace {

using namespace costing;
using namespace cfn;

std::string summary(const KindCatalog& catalog, const Component& c)
{
    const SummaryProps p{catalog, c};
    return compact(p.n("publishesPerMonth")) + " publishes";
}

void cost(costing::ComponentCoster& k, costing::RegionTable& region)
{
    double publishes = k.number("publishesPerMonth");
    double freePublishes = k.takeFree(&FreeTierLeft::snsPublishes, publishes);
    std::string& item = k.startItem();
    item += "Publishes";
    appendFree(item, freePublishes);
    k.line(item, (publishes - freePublishes) / 1e6, "million publishes",
           region.fact(kSnsPublishes));
    // Every subscriber that is not a queue or a function is an HTTP/S endpoint.
    int http = 0;
    if (k.context().httpSubscriptions) {
        auto it = k.context().httpSubscriptions->find(k.component().id.value);
        http = it == k.context().httpSubscriptions->end() ? 0 : it->second;
    } else {
        for (const Connection* conn : k.context().design.outgoing(k.component().id))
            if (isHttpSubscriber(k.context().catalog, k.context().design.component(conn->to)))
                ++http;
    }
    if (http == 0) return;
    double deliveries = publishes * http;
    double freeDeliveries = k.takeFree(&FreeTierLeft::snsHttpDeliveries, deliveries);
    k.startItem();
    item += "HTTP/S deliveries, ";
    appendPlural(item, http, "subscription", "subscriptions");
    appendFree(item, freeDeliveries);
    k.line(item, (deliveries - freeDeliveries) / 1e6, "million deliveries",
           region.fact(kSnsHttpDeliveries));
}

void cloudFormation(CloudFormationBuilder& b, const Component& c)
{
    Json props = Json::object();
    // A FIFO queue can only subscribe to a FIFO topic.
    for (const Connection* conn : b.design().outgoing(c.id)) {
        const Component* to = b.design().component(conn->to);
        if (to && b.included(*to) && to->kind == "sqs-queue" &&
            b.catalog().string(*to, "type").value_or("standard") == "fifo") {
            std::string name = b.base(c);
            if (name.size() > 250) name.resize(250);
            props.set("FifoTopic", true);
            props.set("TopicName", Json(name + ".fifo"));
            break;
        }
    }
    props.set("Tags", b.tags(c));
    b.addResource(b.base(c), "AWS::SNS::Topic", std::move(props));
}

/// A topic delivers to the queues and functions it sends to: a subscription each, and
/// the queue's policy or the function's permission that lets the topic in.
void connect(CloudFormationBuilder& b, const Connection& conn, const Component& from,
             const Component& to)
{
    const bool queue = to.kind == "sqs-queue";
    if (!queue && to.kind != "lambda-function") return;
    const std::string owner = "connection:" + conn.id.value;
    const std::string topic = b.base(from);
    const std::string target = b.base(to);
    b.addResource(b.named(owner, "", topic + "To" + target), "AWS::SNS::Subscription",
                  obj({{"Protocol", queue ? "sqs" : "lambda"},
                       {"TopicArn", cfnRef(topic)},
                       {"Endpoint", getAtt(target, "Arn")}}));
    if (queue) {
        Json statement =
            obj({{"Effect", "Allow"},
                 {"Principal", obj({{"Service", "sns.amazonaws.com"}})},
                 {"Action", "sqs:SendMessage"},
                 {"Resource", getAtt(target, "Arn")},
                 {"Condition", obj({{"ArnEquals", obj({{"aws:SourceArn", cfnRef(topic)}})}})}});
        b.addResource(b.named(owner, "policy", target + "PolicyFor" + topic),
                      "AWS::SQS::QueuePolicy",
                      obj({{"Queues", arr({cfnRef(target)})},
                           {"PolicyDocument",
                            obj({{"Version", "2012-10-17"}, {"Statement", arr({statement})}})}}));
    } else {
        b.addResource(b.named(owner, "permission", target + "InvokeBy" + topic),
                      "AWS::Lambda::Permission",
                      obj({{"Action", "lambda:InvokeFunction"},
                           {"FunctionName", cfnRef(target)},
                           {"Principal", "sns.amazonaws.com"},
                           {"SourceArn", cfnRef(topic)}}));
    }
}

std::optional<CloudFormationAccess> access(CloudFormationBuilder& b, const Component& c)
{
    const std::string target = b.base(c);
    return CloudFormationAccess{"TOPIC_%s_ARN", cfnRef(target), arr({"sns:Publish"}),
                                cfnRef(target)};
}

// The CloudFormation import (docs/import.md).
constexpr std::string_view kImportTypes[] = {"AWS::SNS::Topic"};
constexpr std::string_view kImportFolds[] = {"AWS::SNS::Subscription", "AWS::SNS::TopicPolicy"};

/// A topic connects to the queues and functions of the template subscribed to it; a
/// subscription to an email address or URL folds into the topic.
void importConnect(ImportScope& scope, const TemplateResource& r)
{
    if (r.type == "AWS::SNS::Subscription") {
        const Json* topic = ImportScope::at(r, "TopicArn");
        const Json* endpoint = ImportScope::at(r, "Endpoint");
        const Component* from = topic ? scope.componentReferredBy(*topic) : nullptr;
        const Component* to = endpoint ? scope.componentReferredBy(*endpoint) : nullptr;
        if (from && to) scope.connect(from->id, to->id);
        return;
    }
    const Component* topic = scope.componentOf(r.id);
    const Json* list = ImportScope::at(r, "Subscription");
    if (!topic || !list || !list->isArray()) return;
    for (const Json& s : list->asArray())
        if (const Json* endpoint = s.find("Endpoint"))
            if (const Component* to = scope.componentReferredBy(*endpoint))
                scope.connect(topic->id, to->id);
}

} // namespace

extern const KindUnit SnsTopic;
const KindUnit SnsTopic{"sns-topic",
                        summary,
                        cost,
                        {.write = cloudFormation, .connect = connect, .access = access},
                        {.types = kImportTypes, .folds = kImportFolds, .connect = importConnect}};

} // namespace azimuth::model::kinds
