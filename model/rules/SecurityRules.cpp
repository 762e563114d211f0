// security.*: protection that protects nothing.
#include "RuleSet.h"
#include "model/rules/RuleContext.h"
#include "model/rules/RuleWording.h"

namespace azimuth::model::rules {

namespace {

constexpr std::string_view kWafUnattached = "security.waf-unattached";

} // namespace

void wafUnattached(const RuleContext& ctx, uint32_t i, std::vector<Finding>& out)
{
    if (!ctx.outgoing(i).empty()) return;
    out.push_back(makeFinding(ctx, kWafUnattached, Severity::Warning, i, {},
                              named(ctx, i) + " protects nothing: no request passes through its "
                                              "rules, and it is billed every month.",
                              "Connect the web ACL to the load balancer, API or CloudFront "
                              "distribution it protects, or remove it."));
}

} // namespace azimuth::model::rules
