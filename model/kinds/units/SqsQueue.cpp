// An SQS queue: requests, Standard or FIFO.

#include "model/cost/ComponentCoster.h"
#include "model/cost/LineWords.h"
#include "model/kinds/KindUnit.h"
#include "model/kinds/SummaryWords.h"

#include <algorithm>

namespace azimuth::model::kinds {

namespace {

using namespace costing;

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

} // namespace

extern const KindUnit SqsQueue;
const KindUnit SqsQueue{"sqs-queue", summary, cost};

} // namespace azimuth::model::kinds
