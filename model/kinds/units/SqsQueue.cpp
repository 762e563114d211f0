// An SQS queue: requests, Standard or FIFO.

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
    return (p.s("type") == "fifo" ? "FIFO" : "Standard") + std::string(" · ") +
           compact(p.n("requestsPerMonth")) + " req";
}

void cost(costing::ComponentCoster& k, costing::RegionTable& region)
{
    const bool fifo = k.text("type") == "fifo";
    double requests = k.number("requestsPerMonth");
    double freeRequests = k.takeFree(&FreeTierLeft::sqsRequests, requests);
    std::string& item = k.startItem();
    item += fifo ? "FIFO requests" : "Standard requests";
    appendFree(item, freeRequests);
    k.line(item, (requests - freeRequests) / 1e6, "million requests",
           region.fact(fifo ? kSqsFifo : kSqsStandard));
}

void cloudFormation(CloudFormationBuilder& b, const Component& c)
{
    Json props = Json::object();
    if (b.catalog().string(c, "type").value_or("standard") == "fifo") {
        std::string name = b.base(c);
        if (name.size() > 75) name.resize(75);
        props.set("FifoQueue", true);
        props.set("QueueName", Json(name + ".fifo"));
    }
    props.set("Tags", b.tags(c));
    b.addResource(b.base(c), "AWS::SQS::Queue", std::move(props));
}

/// A queue that sends to a function triggers it.
void connect(CloudFormationBuilder& b, const Connection& conn, const Component& from,
             const Component& to)
{
    if (to.kind != "lambda-function") return;
    b.addResource(b.named("connection:" + conn.id.value, "", b.base(to) + "From" + b.base(from)),
                  "AWS::Lambda::EventSourceMapping",
                  obj({{"EventSourceArn", getAtt(b.base(from), "Arn")},
                       {"FunctionName", cfnRef(b.base(to))}}));
}

std::optional<CloudFormationAccess> access(CloudFormationBuilder& b, const Component& c)
{
    const std::string target = b.base(c);
    return CloudFormationAccess{"QUEUE_%s_URL", cfnRef(target), arr({"sqs:SendMessage"}),
                                getAtt(target, "Arn")};
}

// The CloudFormation import (docs/import.md).
constexpr std::string_view kImportTypes[] = {"AWS::SQS::Queue"};
constexpr std::string_view kImportFolds[] = {"AWS::SQS::QueuePolicy"};

void importRead(ImportScope& scope, const TemplateResource& r, Component& c)
{
    const Json* fifo = ImportScope::at(r, "FifoQueue");
    if (fifo &&
        ((fifo->isBool() && fifo->asBool()) || (fifo->isString() && fifo->asString() == "true")))
        c.props.set("type", Json("fifo"));
    (void)scope;
}

/// A queue's RedrivePolicy sends what fails to its dead-letter queue.
void importConnect(ImportScope& scope, const TemplateResource& r)
{
    const Component* queue = scope.componentOf(r.id);
    const Json* target = ImportScope::at(r, "RedrivePolicy.deadLetterTargetArn");
    const Component* dlq = target ? scope.componentReferredBy(*target) : nullptr;
    if (queue && dlq) scope.connect(queue->id, dlq->id, "dead letters");
}

} // namespace

extern const KindUnit SqsQueue;
const KindUnit SqsQueue{
    "sqs-queue",
    summary,
    cost,
    {.write = cloudFormation, .connect = connect, .access = access},
    {.types = kImportTypes, .folds = kImportFolds, .read = importRead, .connect = importConnect}};

} // namespace azimuth::model::kinds
