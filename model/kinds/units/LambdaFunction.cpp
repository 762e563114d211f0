// A Lambda function: requests and GB-seconds, after the free tier.

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
    return figure(p.n("memoryMb")) + " MB · " + figure(p.n("avgDurationMs")) + " ms · " +
           compact(p.n("invocationsPerMonth")) + " calls";
}

void cost(costing::ComponentCoster& k, costing::RegionTable& region)
{
    double invocations = k.number("invocationsPerMonth");
    double freeRequests = k.takeFree(&FreeTierLeft::lambdaRequests, invocations);
    std::string& item = k.startItem();
    item += "Requests";
    appendFree(item, freeRequests);
    k.line(item, (invocations - freeRequests) / 1e6, "million requests",
           region.fact(kLambdaRequests));

    const std::string_view arch = k.text("architecture");
    double gbSeconds =
        invocations * k.number("memoryMb", 128) / 1024.0 * k.number("avgDurationMs") / 1000.0;
    double freeGbs = k.takeFree(&FreeTierLeft::lambdaGbSeconds, gbSeconds);
    double billable = gbSeconds - freeGbs;
    k.startItem();
    item += "Duration, ";
    item += arch;
    appendFree(item, freeGbs, "GB-s");
    const auto* tiers = k.context().prices.lambdaDuration(region.code, arch);
    if (!tiers) {
        k.line(item, billable, "GB-seconds", nullptr);
        return;
    }
    double below = 0;
    const size_t first = k.lines().size();
    for (size_t i = 0; i < tiers->size(); ++i) {
        const DurationTier& tier = (*tiers)[i];
        double inTier = std::max(0.0, std::min(billable, tier.upToGbSeconds) - below);
        // Later tiers are named after the first one's line.
        if (i == 0) {
            k.line(item, inTier, "GB-seconds", &tier.price);
        } else if (inTier > 0) {
            k.startItem();
            item += k.lines()[first].item;
            item += ", tier ";
            appendNum(item, static_cast<double>(i + 1));
            k.line(item, inTier, "GB-seconds", &tier.price);
        }
        below = tier.upToGbSeconds;
        if (billable <= below) break;
    }
}

} // namespace

extern const KindUnit LambdaFunction;
const KindUnit LambdaFunction{"lambda-function", summary, cost};

} // namespace azimuth::model::kinds
