// decoupling.*: messaging that goes nowhere, and calls that fail together.
#include "RuleSet.h"
#include "model/rules/RuleContext.h"
#include "model/rules/RuleWording.h"

#include <algorithm>

namespace azimuth::model::rules {

namespace {

constexpr std::string_view kNoConsumer = "decoupling.queue-no-consumer";
constexpr std::string_view kNoProducer = "decoupling.queue-no-producer";
constexpr std::string_view kNoSubscribers = "decoupling.topic-no-subscribers";
constexpr std::string_view kBusNoTarget = "decoupling.bus-no-target";
constexpr std::string_view kTightCoupling = "decoupling.tight-coupling";

} // namespace

void queueNoConsumer(const RuleContext& ctx, uint32_t i, std::vector<Finding>& out)
{
    if (!ctx.outgoing(i).empty()) return;
    out.push_back(makeFinding(ctx, kNoConsumer, Severity::Warning, i, {},
                              named(ctx, i) + " has no consumer: messages pile up and are "
                                              "never processed.",
                              "Connect the queue to the compute that reads its messages."));
}

void queueNoProducer(const RuleContext& ctx, uint32_t i, std::vector<Finding>& out)
{
    if (!ctx.incoming(i).empty()) return;
    out.push_back(makeFinding(ctx, kNoProducer, Severity::Warning, i, {},
                              named(ctx, i) + " has no producer: nothing sends it messages.",
                              "Connect the component that sends the messages to the queue, or "
                              "remove the queue."));
}

void topicNoSubscribers(const RuleContext& ctx, uint32_t i, std::vector<Finding>& out)
{
    if (!ctx.outgoing(i).empty()) return;
    out.push_back(makeFinding(ctx, kNoSubscribers, Severity::Warning, i, {},
                              named(ctx, i) + " has no subscribers: what it publishes reaches "
                                              "no one.",
                              "Connect the topic to its subscribers (queues, Lambda functions or "
                              "other endpoints)."));
}

void busNoTarget(const RuleContext& ctx, uint32_t i, std::vector<Finding>& out)
{
    if (!ctx.outgoing(i).empty()) return;
    out.push_back(makeFinding(ctx, kBusNoTarget, Severity::Warning, i, {},
                              named(ctx, i) + " has a rule with no target: the events it "
                                              "receives are matched by nothing and dropped.",
                              "Connect the bus to the targets its rules deliver to (Lambda "
                              "functions, queues, topics or state machines)."));
}

void tightCoupling(const RuleContext& ctx, uint32_t i, std::vector<Finding>& out)
{
    std::vector<uint32_t> reported;
    for (uint32_t k : ctx.outgoing(i)) {
        const Connection& conn = ctx.connection(k);
        if (conn.mode && *conn.mode != "sync") continue; // async, or invalid-value's
        const uint32_t to = ctx.connectionTo(k);
        // Both ends are compute, so neither is a queue or topic: without a mode it is sync
        // (the default of file-format.md, as isAsync() reads it).
        if (to == i || !ctx.spec(to).compute) continue;
        if (std::find(reported.begin(), reported.end(), to) != reported.end()) continue;
        reported.push_back(to);
        const uint32_t others[] = {to};
        out.push_back(makeFinding(
            ctx, kTightCoupling, Severity::Info, i, others,
            named(ctx, i) + " calls " + named(ctx, to) + " synchronously: if " +
                quoted(ctx.component(to)) + " is slow or down, " + quoted(ctx.component(i)) +
                " fails too.",
            "Put an SQS queue between them, so the sender keeps working while the receiver "
            "catches up."));
    }
}

} // namespace azimuth::model::rules
