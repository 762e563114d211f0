// cost.*: advice on how the compute is paid for.
#include "RuleSet.h"
#include "model/cost/CostEngine.h"
#include "model/rules/RuleContext.h"
#include "model/rules/RuleWording.h"

namespace azimuth::model::rules {

namespace {

constexpr std::string_view kOnDemand = "cost.on-demand-long-term";
constexpr std::string_view kCommitment = "cost.commitment-exceeds-term";
constexpr std::string_view kDedicatedHost = "cost.dedicated-host";

/// Months a reserved or savings-plan option commits to; 0 for the others.
int commitmentMonths(std::string_view pricing)
{
    const bool committed = pricing.starts_with("reserved-") || pricing.starts_with("savings-plan-");
    if (!committed) return 0;
    if (pricing.ends_with("-1y")) return 12;
    if (pricing.ends_with("-3y")) return 36;
    return 0;
}

} // namespace

void onDemandLongTerm(const RuleContext& ctx, uint32_t i, std::vector<Finding>& out)
{
    const Component& c = ctx.component(i);
    if (ctx.catalog().string(c, "pricing") != "on-demand") return;
    if (ctx.design().settings.term() < 12) return;
    // The cost engine prices it twice: as drawn, and on the plan. Asking for just these
    // two options (not every option of comparePricing) keeps a full check fast.
    const ComponentCost current =
        computeComponentCost(ctx.design(), c, ctx.prices(), ctx.catalog());
    if (!current.complete) return; // a price is unknown: region.unavailable says why
    Component onPlan = c;
    onPlan.props.set("pricing", Json("savings-plan-ec2-1y"));
    onPlan.props.set("payment", Json("no-upfront"));
    const ComponentCost plan =
        computeComponentCost(ctx.design(), onPlan, ctx.prices(), ctx.catalog());
    if (!plan.complete) return;
    const double saving = roundCents(current.effectiveMonthly - plan.effectiveMonthly);
    if (saving <= 0) return; // part-time fleets may not gain: the plan bills every hour
    out.push_back(makeFinding(
        ctx, kOnDemand, Severity::Info, i, {},
        named(ctx, i) + " runs On-Demand for a " + std::to_string(ctx.design().settings.term()) +
            "-month workload: a 1-year EC2 Instance Savings Plan (no upfront) would save " +
            formatDollars(saving) + " a month.",
        "Set pricing to savings-plan-ec2-1y (or a Reserved Instance) for instances that run "
        "all year."));
}

void commitmentExceedsTerm(const RuleContext& ctx, uint32_t i, std::vector<Finding>& out)
{
    auto pricing = ctx.catalog().string(ctx.component(i), "pricing");
    if (!pricing) return;
    const int months = commitmentMonths(*pricing);
    const int term = ctx.design().settings.term();
    if (months == 0 || term >= months) return;
    out.push_back(makeFinding(
        ctx, kCommitment, Severity::Warning, i, {},
        named(ctx, i) + " uses " + *pricing + ", a " + std::to_string(months / 12) +
            "-year commitment, but the workload is expected to run " + std::to_string(term) +
            " months: the remaining " + std::to_string(months - term) +
            " months are paid for nothing.",
        term >= 12 ? "Choose a 1-year option, or On-Demand, to match the term."
                   : "Choose On-Demand (or Spot for interruptible work) for a workload of less "
                     "than a year."));
}

void dedicatedHost(const RuleContext& ctx, uint32_t i, std::vector<Finding>& out)
{
    if (ctx.catalog().string(ctx.component(i), "pricing") != "dedicated-host") return;
    out.push_back(makeFinding(ctx, kDedicatedHost, Severity::Info, i, {},
                              named(ctx, i) + " runs on Dedicated Hosts, the most expensive way "
                                              "to run EC2.",
                              "Keep Dedicated Hosts only for per-socket or per-core licences or "
                              "compliance; otherwise choose shared tenancy with a Savings Plan "
                              "or Reserved Instances."));
}

} // namespace azimuth::model::rules
