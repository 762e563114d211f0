// fault-tolerance.*: work that is cut off by the way it is run.
#include "RuleSet.h"
#include "model/rules/RuleContext.h"
#include "model/rules/RuleWording.h"

namespace azimuth::model::rules {

namespace {

constexpr std::string_view kSpot = "fault-tolerance.spot-not-interruptible";
constexpr std::string_view kLambdaTimeout = "fault-tolerance.lambda-timeout";
constexpr std::string_view kLambdaDuration = "fault-tolerance.lambda-duration";
constexpr double kLambdaMaxSec = 900;

} // namespace

void spotNotInterruptible(const RuleContext& ctx, uint32_t i, std::vector<Finding>& out)
{
    const Component& c = ctx.component(i);
    if (ctx.catalog().string(c, "pricing") != "spot") return;
    if (ctx.catalog().boolean(c, "interruptible") != false) return;
    out.push_back(makeFinding(ctx, kSpot, Severity::Warning, i, {},
                              named(ctx, i) + " runs on Spot capacity, but its work cannot be "
                                              "interrupted: AWS can take Spot instances back at "
                                              "any time.",
                              "Use On-Demand or a commitment for work that must not stop, or mark "
                              "it interruptible if it can restart where it left off."));
}

void lambdaTimeout(const RuleContext& ctx, uint32_t i, std::vector<Finding>& out)
{
    const Component& c = ctx.component(i);
    auto timeout = ctx.catalog().number(c, "timeoutSec");
    auto duration = ctx.catalog().number(c, "avgDurationMs");
    std::string what;
    if (timeout && *timeout > kLambdaMaxSec) what = "a timeout of " + formatNumber(*timeout) + " s";
    if (duration && *duration > kLambdaMaxSec * 1000)
        what += (what.empty() ? "" : " and ") + std::string("an average duration of ") +
                formatNumber(*duration) + " ms";
    if (what.empty()) return;
    out.push_back(makeFinding(ctx, kLambdaTimeout, Severity::Error, i, {},
                              named(ctx, i) + " has " + what +
                                  ", but Lambda stops every call at 15 minutes (900 s).",
                              "Run this long work on AWS Fargate (a container service), or split "
                              "it into steps of less than 15 minutes."));
}

void lambdaDuration(const RuleContext& ctx, uint32_t i, std::vector<Finding>& out)
{
    const Component& c = ctx.component(i);
    auto timeout = ctx.catalog().number(c, "timeoutSec");
    auto duration = ctx.catalog().number(c, "avgDurationMs");
    if (!timeout || !duration || *duration <= *timeout * 1000) return;
    out.push_back(makeFinding(ctx, kLambdaDuration, Severity::Warning, i, {},
                              named(ctx, i) + " takes " + formatNumber(*duration) +
                                  " ms on average but times out after " + formatNumber(*timeout) +
                                  " s: most invocations would time out.",
                              "Raise timeoutSec above the average duration, or make the function "
                              "faster."));
}

} // namespace azimuth::model::rules
