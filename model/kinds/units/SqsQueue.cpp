// An SQS queue: requests, Standard or FIFO.

#include "model/cost/ComponentCoster.h"
#include "model/cost/LineWords.h"
#include "model/export/CloudFormationBuilder.h"
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

} // namespace

extern const KindUnit SqsQueue;
const KindUnit SqsQueue{
    "sqs-queue", summary, cost, {.write = cloudFormation, .connect = connect, .access = access}};

} // namespace azimuth::model::kinds
