#include "ComponentCoster.h"

#include "LineWords.h"
#include "model/catalog/DesignQueries.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace azimuth::model::costing {

namespace {

/// Takes what it can of `quantity` from an allowance; returns the part that is free.
double take(FreeTierLeft* free, double FreeTierLeft::*allowance, double quantity)
{
    if (!free || quantity <= 0) return 0;
    double got = std::min(free->*allowance, quantity);
    free->*allowance -= got;
    return got;
}

/// The kinds with a cost of their own.
enum class Priced
{
    None,
    Ec2Fleet,
    AutoScalingGroup,
    LoadBalancer,
    Lambda,
    Sqs,
    Sns,
    Containers,
    Lightsail,
    Rds,
    S3,
    Dynamodb
};

Priced pricedKind(std::string_view kind)
{
    static const std::array<std::pair<std::string_view, Priced>, 11> kKinds = {{
        {"ec2-fleet", Priced::Ec2Fleet},
        {"auto-scaling-group", Priced::AutoScalingGroup},
        {"load-balancer", Priced::LoadBalancer},
        {"lambda-function", Priced::Lambda},
        {"sqs-queue", Priced::Sqs},
        {"sns-topic", Priced::Sns},
        {"container-service", Priced::Containers},
        {"lightsail-instance", Priced::Lightsail},
        {"rds-database", Priced::Rds},
        {"s3-bucket", Priced::S3},
        {"dynamodb-table", Priced::Dynamodb},
    }};
    for (const auto& [name, priced] : kKinds)
        if (name == kind) return priced;
    return Priced::None;
}

class ComponentCoster
{
  public:
    ComponentCoster(const Context& ctx, const Component& c, ComponentCost& out, LineWriter& writer)
        : m_ctx(ctx), m_c(c), m_out(out), m_writer(writer), m_store(writer.store),
          m_first(writer.store.lines.size()), m_spec(ctx.catalog.find(c.kind))
    {
    }

    /// A property, the component's own else its kind's default (the kind is looked up once).
    const Json* prop(std::string_view name) const
    {
        if (const Json* v = m_c.props.find(name)) return v;
        if (!m_spec) return nullptr;
        const PropertySpec* p = m_spec->prop(name);
        return p ? &p->defaultValue : nullptr;
    }
    double number(std::string_view name, double fallback = 0) const
    {
        const Json* v = prop(name);
        return v && v->isNumber() ? v->asNumber() : fallback;
    }
    std::string_view text(std::string_view name) const
    {
        const Json* v = prop(name);
        return v && v->isString() ? std::string_view(v->asString()) : std::string_view();
    }
    bool flag(std::string_view name) const
    {
        const Json* v = prop(name);
        return v && v->isBool() && v->asBool();
    }
    const KindSpec* spec() const { return m_spec; }

    /// The lines added so far, in the store (valid until the store's next line).
    std::span<const CostLine> lines() const
    {
        return std::span<const CostLine>(m_store.lines).subspan(m_first);
    }
    size_t firstLine() const { return m_first; }

    /// Adds a line; `price` null means unknown. `upfront` is before the discount. The item
    /// is copied into the store; `unit` is always a string literal and is kept as it is.
    void line(std::string_view item, double quantity, std::string_view unit, const PriceFact* price,
              double upfront = 0, bool estimate = false)
    {
        CostLine& l = m_store.lines.emplace_back();
        l.item = m_store.text.keep(item);
        l.quantity = quantity;
        l.unit = unit;
        if (price) {
            l.rate = price->rate * m_ctx.factor;
            l.monthly = roundCents(quantity * *l.rate);
            l.upfront = roundCents(upfront * m_ctx.factor);
            l.estimate = estimate || price->estimate;
        }
    }

    void instances(RegionTable& region, double count, std::string_view pricing,
                   std::string_view payment)
    {
        const std::string_view type = text("instanceType");
        const bool commitment = m_ctx.prices.commitmentMonths(pricing) > 0;
        // "m5.large On-Demand, 3 instances"
        std::string& item = startItem();
        item += type;
        item += ' ';
        appendPricingLabel(item, pricing, payment, commitment);
        if (pricing == "dedicated-host") {
            auto host = m_ctx.prices.dedicatedHost(region.code, type);
            if (!host) {
                item += ", ";
                appendPlural(item, count, "instance", "instances");
                line(item, 0, "host-hours", nullptr);
            } else {
                double hosts = std::ceil(count / host->instancesPerHost);
                PriceFact rate{host->hourly, host->estimate, {}, {}};
                item.clear();
                item += host->family;
                item += " Dedicated Host, ";
                appendPlural(item, hosts, "host", "hosts");
                item += " for ";
                appendPlural(item, count, "instance", "instances");
                line(item, hosts * m_ctx.hours, "host-hours", &rate);
            }
        } else if (commitment) {
            auto rate = m_ctx.prices.commitment(region.code, type, pricing, payment);
            item += ", ";
            appendPlural(item, count, "instance", "instances");
            if (!rate) {
                line(item, count * m_ctx.hours, "instance-hours", nullptr);
            } else {
                PriceFact hourly{rate->hourly, rate->estimate, {}, {}};
                line(item, count * m_ctx.hours, "instance-hours", &hourly, count * rate->upfront);
                m_out.commitmentMonths = rate->months;
            }
        } else {
            // On-Demand and Spot bill only the hours an instance runs.
            double utilization = std::clamp(number("utilizationPercent", 100), 0.0, 100.0);
            // The catalog's own facts are read in place; only a derived Spot price is made.
            const PriceFact* rate = nullptr;
            std::optional<PriceFact> derived;
            if (pricing == "on-demand") {
                const RegionPrices::Ec2Type* ec2 = region.ec2(type);
                if (ec2 && ec2->onDemand) rate = &*ec2->onDemand;
            } else if (pricing == "spot") {
                const RegionPrices::Ec2Type* ec2 = region.ec2(type);
                if (ec2 && ec2->onDemand && ec2->spot)
                    rate = &*ec2->spot;
                else if ((derived = m_ctx.prices.spot(region.code, type)))
                    rate = &*derived;
            }
            item += ", ";
            appendPlural(item, count, "instance", "instances");
            if (utilization < 100) {
                item += ", ";
                appendNum(item, utilization);
                item += "% of hours";
            }
            line(item, count * m_ctx.hours * utilization / 100.0, "instance-hours", rate);
        }
        double ebsGb = number("ebsGb", 0);
        if (count * ebsGb > 0) {
            std::string& ebs = startItem();
            ebs += "EBS gp3, ";
            appendNum(ebs, count);
            ebs += " x ";
            appendNum(ebs, ebsGb);
            ebs += " GB";
            line(ebs, count * ebsGb, "GB-months", region.fact(kEbsGp3));
        }
    }

    void fleet(RegionTable& region, double count)
    {
        std::string_view pricing =
            m_ctx.allOnDemand ? std::string_view("on-demand") : text("pricing");
        instances(region, count, pricing, text("payment"));
    }

    void loadBalancer(RegionTable& region)
    {
        const std::string_view type = text("type");
        const double H = m_ctx.hours;
        if (type == "classic") {
            line("Classic Load Balancer", H, "LB-hours", region.fact(kElbClassicHourly));
            double gb = number("gbProcessedPerMonth");
            if (gb > 0) {
                std::string& item = startItem();
                appendNum(item, gb);
                item += " GB processed";
                line(item, gb, "GB", region.fact(kElbClassicPerGb));
            }
            return;
        }
        const bool network = type == "network";
        line(network ? "Network Load Balancer" : "Application Load Balancer", H, "LB-hours",
             region.fact(network ? kElbNetworkHourly : kElbApplicationHourly));
        double lcu = number("lcu");
        if (lcu > 0) {
            std::string& item = startItem();
            appendNum(item, lcu);
            item += network ? " NLCU" : " LCU";
            line(item, lcu * H, network ? "NLCU-hours" : "LCU-hours",
                 region.fact(network ? kElbNetworkLcu : kElbApplicationLcu));
        }
    }

    void lambda(RegionTable& region)
    {
        double invocations = number("invocationsPerMonth");
        double freeRequests = take(m_ctx.free, &FreeTierLeft::lambdaRequests, invocations);
        std::string& item = startItem();
        item += "Requests";
        appendFree(item, freeRequests);
        line(item, (invocations - freeRequests) / 1e6, "million requests",
             region.fact(kLambdaRequests));

        const std::string_view arch = text("architecture");
        double gbSeconds =
            invocations * number("memoryMb", 128) / 1024.0 * number("avgDurationMs") / 1000.0;
        double freeGbs = take(m_ctx.free, &FreeTierLeft::lambdaGbSeconds, gbSeconds);
        double billable = gbSeconds - freeGbs;
        startItem();
        item += "Duration, ";
        item += arch;
        appendFree(item, freeGbs, "GB-s");
        const auto* tiers = m_ctx.prices.lambdaDuration(region.code, arch);
        if (!tiers) {
            line(item, billable, "GB-seconds", nullptr);
            return;
        }
        double below = 0;
        const size_t first = m_store.lines.size();
        for (size_t i = 0; i < tiers->size(); ++i) {
            const DurationTier& tier = (*tiers)[i];
            double inTier = std::max(0.0, std::min(billable, tier.upToGbSeconds) - below);
            // Later tiers are named after the first one's line.
            if (i == 0) {
                line(item, inTier, "GB-seconds", &tier.price);
            } else if (inTier > 0) {
                startItem();
                item += m_store.lines[first].item;
                item += ", tier ";
                appendNum(item, static_cast<double>(i + 1));
                line(item, inTier, "GB-seconds", &tier.price);
            }
            below = tier.upToGbSeconds;
            if (billable <= below) break;
        }
    }

    void sqs(RegionTable& region)
    {
        const bool fifo = text("type") == "fifo";
        double requests = number("requestsPerMonth");
        double freeRequests = take(m_ctx.free, &FreeTierLeft::sqsRequests, requests);
        std::string& item = startItem();
        item += fifo ? "FIFO requests" : "Standard requests";
        appendFree(item, freeRequests);
        line(item, (requests - freeRequests) / 1e6, "million requests",
             region.fact(fifo ? kSqsFifo : kSqsStandard));
    }

    void sns(RegionTable& region)
    {
        double publishes = number("publishesPerMonth");
        double freePublishes = take(m_ctx.free, &FreeTierLeft::snsPublishes, publishes);
        std::string& item = startItem();
        item += "Publishes";
        appendFree(item, freePublishes);
        line(item, (publishes - freePublishes) / 1e6, "million publishes",
             region.fact(kSnsPublishes));
        // Every subscriber that is not a queue or a function is an HTTP/S endpoint.
        int http = 0;
        if (m_ctx.httpSubscriptions) {
            auto it = m_ctx.httpSubscriptions->find(m_c.id.value);
            http = it == m_ctx.httpSubscriptions->end() ? 0 : it->second;
        } else {
            for (const Connection* conn : m_ctx.design.outgoing(m_c.id))
                if (isHttpSubscriber(m_ctx.design.component(conn->to))) ++http;
        }
        if (http == 0) return;
        double deliveries = publishes * http;
        double freeDeliveries = take(m_ctx.free, &FreeTierLeft::snsHttpDeliveries, deliveries);
        startItem();
        item += "HTTP/S deliveries, ";
        appendPlural(item, http, "subscription", "subscriptions");
        appendFree(item, freeDeliveries);
        line(item, (deliveries - freeDeliveries) / 1e6, "million deliveries",
             region.fact(kSnsHttpDeliveries));
    }

    void containers(RegionTable& region)
    {
        const double H = m_ctx.hours;
        if (text("launchType") == "fargate") {
            const std::string_view arch = text("architecture");
            double tasks = number("tasks"), vcpu = number("vcpu"), memory = number("memoryGb");
            std::string& item = startItem();
            item += "Fargate vCPU, ";
            appendPlural(item, tasks, "task", "tasks");
            item += " x ";
            appendNum(item, vcpu);
            item += " vCPU";
            line(item, tasks * vcpu * H, "vCPU-hours",
                 region.price(fargatePath(arch, ".vcpuHour")));
            startItem();
            item += "Fargate memory, ";
            appendPlural(item, tasks, "task", "tasks");
            item += " x ";
            appendNum(item, memory);
            item += " GB";
            line(item, tasks * memory * H, "GB-hours", region.price(fargatePath(arch, ".gbHour")));
        }
        if (text("orchestrator") == "eks")
            line("EKS cluster", H, "cluster-hours", region.fact(kEksCluster));
    }

    void lightsail(RegionTable& region)
    {
        const std::string_view bundle = text("bundle");
        std::string& item = startItem();
        item += "Lightsail ";
        item += bundle;
        item += " bundle";
        line(item, 1, "months", m_ctx.prices.lightsailBundle(region.code, bundle));
    }

    void rds(RegionTable& region)
    {
        const std::string_view engine = text("engine");
        const std::string_view cls = text("instanceClass");
        const bool multiAz = flag("multiAz");
        const std::string_view az = multiAz ? "Multi-AZ" : "Single-AZ";
        std::string& item = startItem();
        item += cls;
        item += ' ';
        item += engine == "postgres" ? "PostgreSQL" : engine == "mysql" ? "MySQL" : engine;
        item += ", ";
        item += az;
        line(item, m_ctx.hours, "instance-hours",
             m_ctx.prices.rdsInstance(region.code, engine, cls, multiAz));
        double gb = number("storageGb");
        startItem();
        item += "Storage, ";
        appendNum(item, gb);
        item += " GB, ";
        item += az;
        line(item, gb, "GB-months",
             region.fact(multiAz ? kRdsStorageMultiAz : kRdsStorageSingleAz));
    }

    void s3(RegionTable& region)
    {
        line("S3 Standard storage", number("storageGb"), "GB-months", region.fact(kS3Storage));
        double put = number("putRequestsPerMonth"), get = number("getRequestsPerMonth");
        if (put > 0)
            line("PUT, COPY, POST, LIST requests", put / 1000, "thousand requests",
                 region.fact(kS3Put));
        if (get > 0) line("GET requests", get / 1000, "thousand requests", region.fact(kS3Get));
    }

    void dynamodb(RegionTable& region)
    {
        line("Write request units", number("writeRequestsPerMonth") / 1e6, "million WRUs",
             region.fact(kDynamodbWrite));
        line("Read request units", number("readRequestsPerMonth") / 1e6, "million RRUs",
             region.fact(kDynamodbRead));
        double gb = number("storageGb");
        double freeGb = take(m_ctx.free, &FreeTierLeft::dynamodbStorageGb, gb);
        std::string& item = startItem();
        item += "Storage";
        appendFree(item, freeGb, "GB");
        line(item, gb - freeGb, "GB-months", region.fact(kDynamodbStorage));
    }

    void run()
    {
        // Kinds with no cost of their own need no region lookup.
        const Priced kind = pricedKind(m_c.kind);
        if (kind == Priced::None) return;
        RegionTable& region = m_ctx.regionOf(m_c);
        switch (kind) {
        case Priced::None:
            break;
        case Priced::Ec2Fleet:
            fleet(region, std::max(0.0, number("count")));
            break;
        case Priced::AutoScalingGroup:
            fleet(region, std::max(0.0, number("desired")));
            break;
        case Priced::LoadBalancer:
            loadBalancer(region);
            break;
        case Priced::Lambda:
            lambda(region);
            break;
        case Priced::Sqs:
            sqs(region);
            break;
        case Priced::Sns:
            sns(region);
            break;
        case Priced::Containers:
            containers(region);
            break;
        case Priced::Lightsail:
            lightsail(region);
            break;
        case Priced::Rds:
            rds(region);
            break;
        case Priced::S3:
            s3(region);
            break;
        case Priced::Dynamodb:
            dynamodb(region);
            break;
        }
    }

  private:
    /// The reused buffer for a line's words, emptied.
    std::string& startItem()
    {
        m_writer.item.clear();
        return m_writer.item;
    }
    /// "fargate.arm64.vcpuHour"
    std::string_view fargatePath(std::string_view arch, std::string_view fact)
    {
        std::string& path = m_writer.path;
        path.assign("fargate.");
        path += arch;
        path += fact;
        return path;
    }

    const Context& m_ctx;
    const Component& m_c;
    ComponentCost& m_out;
    LineWriter& m_writer;
    CostStore& m_store;
    const size_t m_first;
    const KindSpec* m_spec;
};

/// Sums a component's rounded lines into its figures.
void total(ComponentCost& cc, std::span<const CostLine> lines)
{
    cc.monthly = cc.upfront = 0;
    for (const auto& l : lines) {
        if (!l.monthly) {
            cc.complete = false;
            continue;
        }
        cc.monthly += *l.monthly;
        cc.upfront += l.upfront;
        cc.estimate = cc.estimate || l.estimate;
    }
    cc.monthly = roundCents(cc.monthly);
    cc.upfront = roundCents(cc.upfront);
    double spread = cc.commitmentMonths > 0 ? roundCents(cc.upfront / cc.commitmentMonths) : 0;
    cc.effectiveMonthly = roundCents(cc.monthly + spread);
}

} // namespace

RegionTable& Context::regionOf(const Component& c) const
{
    if (c.parent.empty()) return regions->forCode(regionCode(design, catalog, c), prices);
    // Siblings mostly come one after another in file order.
    if (regions->lastTable && regions->lastParent == c.parent.value) return *regions->lastTable;
    auto it = regions->byParent.find(c.parent.value);
    if (it == regions->byParent.end())
        it = regions->byParent
                 .emplace(c.parent.value, &regions->forCode(regionCode(design, catalog, c), prices))
                 .first;
    regions->lastParent = it->first;
    regions->lastTable = it->second;
    return *it->second;
}

Context contextFor(const Design& design, const PriceCatalog& prices, const KindCatalog& catalog,
                   RegionTables& regions)
{
    Context ctx{design, prices, catalog, design.settings.hours(),
                1.0 - design.settings.discount() / 100.0};
    ctx.regions = &regions;
    return ctx;
}

bool isHttpSubscriber(const Component* to)
{
    return to && to->kind != "sqs-queue" && to->kind != "lambda-function";
}

size_t costComponent(const Context& ctx, const Component& c, LineWriter& writer, ComponentCost& cc)
{
    cc.id = c.id;
    cc.kind = writer.store.text.keep(c.kind);
    if (c.name) cc.name = writer.store.text.keep(*c.name);
    ComponentCoster coster(ctx, c, cc, writer);
    cc.container = coster.spec() && coster.spec()->container;
    coster.run();
    total(cc, coster.lines());
    return coster.firstLine();
}

void costInstances(const Context& ctx, const Component& c, LineWriter& writer, ComponentCost& cc,
                   double count, std::string_view pricing, std::string_view payment)
{
    ComponentCoster coster(ctx, c, cc, writer);
    coster.instances(ctx.regionOf(c), count, pricing, payment);
    total(cc, coster.lines());
}

void costFleet(const Context& ctx, const Component& c, LineWriter& writer, ComponentCost& cc,
               double count)
{
    ComponentCoster coster(ctx, c, cc, writer);
    coster.fleet(ctx.regionOf(c), count);
    total(cc, coster.lines());
}

} // namespace azimuth::model::costing
