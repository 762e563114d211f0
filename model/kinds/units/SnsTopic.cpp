// An SNS topic: publishes, and deliveries to HTTP/S subscribers.

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

} // namespace

extern const KindUnit SnsTopic;
const KindUnit SnsTopic{"sns-topic", summary, cost};

} // namespace azimuth::model::kinds
