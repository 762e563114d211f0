// Every rule in one table: id, default severity, the kinds it looks at, its check, and
// the "why" the learn panel shows (after the course notes in shared/reference).
#include "RuleRegistry.h"

#include "RuleSet.h"

#include <algorithm>

namespace azimuth::model {

namespace {

bool anyKind(const KindSpec&)
{
    return true;
}
bool hasZones(const KindSpec& k)
{
    return k.prop("zones") != nullptr;
}
bool hasPriceLookup(const KindSpec& k)
{
    return std::any_of(k.props.begin(), k.props.end(),
                       [](const PropertySpec& p) { return !p.lookup.empty(); });
}
bool isRegionKind(const KindSpec& k)
{
    return k.failureDomain == FailureDomain::Region;
}
bool hasPricing(const KindSpec& k)
{
    return k.prop("pricing") != nullptr;
}
bool isCompute(const KindSpec& k)
{
    return k.compute;
}

using S = Severity;

std::vector<Rule> makeRules()
{
    std::vector<Rule> table = {
        {{"structure.placement", S::Error, "Component in the wrong container",
          "Every AWS resource lives somewhere definite: instances run in one Availability Zone, "
          "regional services in a Region. A box drawn where AWS cannot put it describes "
          "something that cannot be built."},
         anyKind,
         rules::placement},
        {{"structure.zone-outside-region", S::Error, "Zone outside the component's Region",
          "A Region is a set of Availability Zones linked by fast private networking; a "
          "resource can only span the zones of its own Region."},
         hasZones,
         rules::zoneOutsideRegion},
        {{"structure.invalid-value", S::Error, "Value AWS would not accept",
          "Counts, sizes and options have limits in AWS (an Auto Scaling group keeps "
          "min <= desired <= max, Lambda memory is 128 to 10,240 MB). A value outside them "
          "cannot be deployed, and any cost computed from it is meaningless."},
         anyKind,
         rules::invalidValue},
        {{"region.unavailable", S::Error, "Not offered in this Region",
          "Regions differ in what they offer: not every instance type, database class or "
          "bundle exists everywhere, and prices differ from one Region to the next."},
         hasPriceLookup,
         rules::regionUnavailable},
        {{"region.unknown", S::Error, "Region the price catalog does not know",
          "A Region's code (us-east-1, eu-west-1, ...) picks the price table every cost in it "
          "comes from. A code the catalog does not know, mistyped or made up, leaves the whole "
          "Region unpriced: its bill would read $0.00 while it is really unknown."},
         isRegionKind,
         rules::regionUnknown},
        {{"availability.single-az", S::Warning, "All compute in one Availability Zone",
          "An Availability Zone has its own power and network, tens of miles from the others, "
          "so a disaster rarely hits two at once. Running in two or more zones is what makes a "
          "design highly available; with one, a single zone outage stops everything."},
         nullptr,
         rules::singleAz},
        {{"availability.asg-single-az", S::Warning, "Auto Scaling group in one zone",
          "EC2 Auto Scaling keeps the desired number of instances running and replaces failed "
          "ones, but only in the zones it may use. With a single zone it has nowhere to "
          "launch replacements when that zone fails."},
         nullptr,
         rules::asgSingleAz},
        {{"availability.lb-single-az", S::Error, "Load balancer in one zone",
          "Elastic Load Balancing is the single point of contact for incoming traffic and "
          "spreads it over targets in several zones. An Application Load Balancer must be "
          "enabled in at least two Availability Zones; any load balancer in one zone goes down "
          "with it."},
         nullptr,
         rules::lbSingleAz},
        {{"availability.lb-no-targets", S::Error, "Load balancer without targets",
          "A load balancer only directs requests; the work is done by the instances, "
          "containers or functions behind it. Without targets every request fails."},
         nullptr,
         rules::lbNoTargets},
        {{"availability.lb-targets-one-az", S::Warning, "Load balancer targets in one zone",
          "Load balancing and Auto Scaling work together for availability: the load balancer "
          "can only route around a failed zone if it has healthy targets in another one."},
         nullptr,
         rules::lbTargetsOneAz},
        {{"availability.single-instance", S::Warning, "Single instance serving traffic",
          "One instance is a single point of failure: when it stops, the service stops. "
          "Several instances behind a load balancer, in more than one zone, keep serving while "
          "one is replaced."},
         nullptr,
         rules::singleInstance},
        {{"availability.rds-single-az", S::Warning, "Database in one zone",
          "A Multi-AZ RDS database keeps a synchronous standby in a second Availability Zone "
          "and fails over to it automatically; a single-AZ one is down for as long as its zone "
          "is."},
         nullptr,
         rules::rdsSingleAz},
        {{"availability.az-loss", S::Info, "Capacity after losing a zone",
          "Spreading capacity over zones means a zone outage takes away its share of it. Until "
          "Auto Scaling launches replacements elsewhere, what is left must still carry the "
          "minimum the workload needs."},
         nullptr,
         rules::azLoss},
        {{"availability.data-single-az", S::Warning, "Data store in one zone",
          "A cache, database cluster, search domain, warehouse or file system that keeps all its "
          "copies in one Availability Zone goes down with that zone, and one with a single node "
          "is down while AWS replaces it. A replica or reader in a second zone takes over within "
          "seconds, and a store AWS keeps across zones (EFS Standard) survives a zone outage."},
         nullptr,
         rules::dataSingleAz},
        {{"fault-tolerance.spot-not-interruptible", S::Warning, "Spot for work that cannot stop",
          "Spot Instances use spare EC2 capacity at up to 90% off, but AWS takes them back "
          "when it needs the capacity. They suit work with flexible start and end times that "
          "can withstand interruptions, not work that must not stop."},
         hasPricing,
         rules::spotNotInterruptible},
        {{"fault-tolerance.lambda-timeout", S::Error, "Lambda beyond 15 minutes",
          "Lambda is for short, event-driven functions: a call runs for at most 15 minutes. "
          "Long-running work belongs in containers, for example on AWS Fargate, which has no "
          "such limit."},
         nullptr,
         rules::lambdaTimeout},
        {{"fault-tolerance.lambda-duration", S::Warning, "Lambda timeout shorter than its work",
          "Lambda ends a call when its timeout passes. If calls take longer than the timeout "
          "on average, most of them fail and are retried or lost."},
         nullptr,
         rules::lambdaDuration},
        {{"decoupling.queue-no-consumer", S::Warning, "Queue nobody reads",
          "SQS lets a producer leave messages in a queue for a consumer to process when it "
          "can. A queue that no consumer reads only collects messages until they expire."},
         nullptr,
         rules::queueNoConsumer},
        {{"decoupling.queue-no-producer", S::Warning, "Queue nobody writes",
          "A queue is a buffer between a producer and a consumer; without a producer it "
          "carries nothing and its consumer waits for ever."},
         nullptr,
         rules::queueNoProducer},
        {{"decoupling.topic-no-subscribers", S::Warning, "Topic without subscribers",
          "SNS publishes each message to every subscriber of a topic. With no subscriber, "
          "what is published reaches no one."},
         nullptr,
         rules::topicNoSubscribers},
        {{"decoupling.bus-no-target", S::Warning, "Event bus rule with no target",
          "An EventBridge bus delivers an event only to the targets of the rules that match "
          "it. A bus whose rule has no target receives events and delivers none."},
         nullptr,
         rules::busNoTarget},
        {{"decoupling.tight-coupling", S::Info, "Tightly coupled compute",
          "In a tightly coupled design one failing component makes the others fail. With a "
          "queue between them, the sender keeps working while the receiver is busy or down, "
          "and the receiver catches up later."},
         isCompute,
         rules::tightCoupling},
        {{"security.waf-unattached", S::Warning, "Web ACL that protects nothing",
          "AWS WAF inspects the requests that reach a load balancer, an API or a CloudFront "
          "distribution it is attached to, and blocks attacks before they arrive. A web ACL "
          "attached to nothing inspects nothing, and is still billed each month."},
         nullptr,
         rules::wafUnattached},
        {{"cost.on-demand-long-term", S::Info, "On-Demand for a long-running workload",
          "On-Demand suits short or irregular workloads. For a workload that runs a year or "
          "more, a Savings Plan or Reserved Instances cost much less for the same instances."},
         nullptr,
         rules::onDemandLongTerm},
        {{"cost.commitment-exceeds-term", S::Warning, "Commitment longer than the workload",
          "Reserved Instances and Savings Plans are 1- or 3-year commitments: they are paid "
          "for every hour of the term, whether the workload still runs or not."},
         hasPricing,
         rules::commitmentExceedsTerm},
        {{"cost.dedicated-host", S::Info, "Dedicated Host",
          "A Dedicated Host is a physical server for you alone, the most expensive way to run "
          "EC2. It pays off for per-socket or per-core software licences or compliance rules, "
          "not otherwise."},
         hasPricing,
         rules::dedicatedHost},
        {{"network.no-route-to-internet", S::Error, "No way between the VPC and the internet",
          "Nothing enters or leaves a VPC unless a route says how: public subnets reach the "
          "internet through the VPC's internet gateway, private subnets reach out only through a "
          "NAT gateway or a VPC endpoint, and nothing on the internet can open a connection to "
          "a private subnet."},
         nullptr,
         rules::noRouteToInternet},
        {{"network.nat-single-az", S::Warning, "NAT gateways in fewer zones than their users",
          "A NAT gateway lives in one Availability Zone, and a private subnet's route does not "
          "fail over to another. Private servers in a zone without its own NAT gateway lose the "
          "internet when the NAT gateway's zone fails, and pay to cross zones until then."},
         nullptr,
         rules::natSingleAz},
        {{"network.nat-in-private-subnet", S::Error, "NAT gateway in a private subnet",
          "A NAT gateway forwards private traffic to the internet gateway, so it must sit in a "
          "public subnet, whose route leads there. In a private subnet it has no way out itself."},
         nullptr,
         rules::natInPrivateSubnet},
        {{"cost.cross-az-chatty", S::Info, "Costly traffic between zones",
          "Data that crosses from one Availability Zone to another is billed in both "
          "directions, a cent per GB each way. Chatty components spread over zones can pay more "
          "for that than for the servers; keeping the traffic in one zone, or going through a "
          "load balancer, avoids it."},
         nullptr,
         rules::crossAzChatty},
        {{"cost.endpoint-would-save", S::Info, "S3 or DynamoDB traffic through a NAT gateway",
          "A NAT gateway charges for every gigabyte it handles. Gateway endpoints for S3 and "
          "DynamoDB carry the same traffic privately and cost nothing."},
         nullptr,
         rules::endpointWouldSave},
    };
    std::sort(table.begin(), table.end(),
              [](const Rule& a, const Rule& b) { return a.info.id < b.info.id; });
    return table;
}

} // namespace

const std::vector<Rule>& allRules()
{
    static const std::vector<Rule> rules = makeRules();
    return rules;
}

const std::vector<RuleInfo>& ruleInfos()
{
    static const std::vector<RuleInfo> infos = [] {
        std::vector<RuleInfo> out;
        for (const Rule& r : allRules())
            out.push_back(r.info);
        return out;
    }();
    return infos;
}

const RuleInfo* findRuleInfo(std::string_view id)
{
    for (const RuleInfo& info : ruleInfos())
        if (info.id == id) return &info;
    return nullptr;
}

} // namespace azimuth::model
