#include "CostEngine.h"

#include "model/catalog/DesignQueries.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace azimuth::model {

namespace {

/// What is left of the account's free tier while components are costed in file order.
struct FreeTierLeft
{
    double lambdaRequests = 0, lambdaGbSeconds = 0, sqsRequests = 0, snsPublishes = 0,
           snsHttpDeliveries = 0, dynamodbStorageGb = 0;

    explicit FreeTierLeft(const PriceCatalog& p)
        : lambdaRequests(p.freeTier("lambdaRequests")),
          lambdaGbSeconds(p.freeTier("lambdaGbSeconds")), sqsRequests(p.freeTier("sqsRequests")),
          snsPublishes(p.freeTier("snsPublishes")),
          snsHttpDeliveries(p.freeTier("snsHttpDeliveries")),
          dynamodbStorageGb(p.freeTier("dynamodbStorageGb"))
    {
    }
};

/// Takes what it can of `quantity` from an allowance; returns the part that is free.
double take(FreeTierLeft* free, double FreeTierLeft::*allowance, double quantity)
{
    if (!free || quantity <= 0) return 0;
    double got = std::min(free->*allowance, quantity);
    free->*allowance -= got;
    return got;
}

std::string num(double v)
{
    return formatJsonNumber(v);
}

std::string plural(double n, const char* one, const char* many)
{
    std::string out = num(n);
    out += ' ';
    out += n == 1 ? one : many;
    return out;
}

/// Concatenates pieces with one allocation: item names are built for every line.
std::string cat(std::initializer_list<std::string_view> parts)
{
    size_t n = 0;
    for (auto p : parts)
        n += p.size();
    std::string out;
    out.reserve(n);
    for (auto p : parts)
        out.append(p);
    return out;
}

/// The words a person reads for a pricing option.
std::string pricingLabel(std::string_view pricing, std::string_view payment, bool commitment)
{
    std::string label;
    label.reserve(48);
    if (pricing == "on-demand") return "On-Demand";
    if (pricing == "spot") return "Spot";
    if (pricing == "dedicated-host") return "Dedicated Host";
    if (pricing.starts_with("reserved-standard-"))
        label = "Reserved Standard";
    else if (pricing.starts_with("reserved-convertible-"))
        label = "Reserved Convertible";
    else if (pricing.starts_with("savings-plan-ec2-"))
        label = "EC2 Instance Savings Plan";
    else if (pricing.starts_with("savings-plan-compute-"))
        label = "Compute Savings Plan";
    else
        return std::string(pricing);
    label += pricing.ends_with("-3y") ? " 3 yr" : " 1 yr";
    if (commitment) {
        std::string pay(payment);
        std::replace(pay.begin(), pay.end(), '-', ' ');
        label += ", " + pay;
    }
    return label;
}

struct Context
{
    const Design& design;
    const PriceCatalog& prices;
    const KindCatalog& catalog;
    double hours;
    double factor; ///< 1 - discountPercent / 100
    FreeTierLeft* free = nullptr;
    bool allOnDemand = false; ///< cost every fleet and group as On-Demand
    /// HTTP/S subscriptions by topic id, counted once for a whole design; null: count per topic.
    const std::unordered_map<std::string_view, int>* httpSubscriptions = nullptr;
    /// Region codes by parent id, filled as components are costed (siblings share one).
    std::unordered_map<std::string_view, std::string>* regionByParent = nullptr;

    std::string regionOf(const Component& c) const
    {
        if (!regionByParent || c.parent.empty()) return regionCode(design, catalog, c);
        auto it = regionByParent->find(c.parent.value);
        if (it == regionByParent->end())
            it = regionByParent->emplace(c.parent.value, regionCode(design, catalog, c)).first;
        return it->second;
    }
};

/// Whether a subscriber of a topic is an HTTP/S endpoint: anything but a queue or a function.
bool isHttpSubscriber(const Component* to)
{
    return to && to->kind != "sqs-queue" && to->kind != "lambda-function";
}

class ComponentCoster
{
  public:
    ComponentCoster(const Context& ctx, const Component& c, ComponentCost& out)
        : m_ctx(ctx), m_c(c), m_out(out), m_spec(ctx.catalog.find(c.kind))
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

    /// Adds a line; `price` null means unknown. `upfront` is before the discount.
    void line(std::string item, double quantity, std::string unit, const PriceFact* price,
              double upfront = 0, bool estimate = false)
    {
        CostLine l;
        l.item = std::move(item);
        l.quantity = quantity;
        l.unit = std::move(unit);
        if (price) {
            l.rate = price->rate * m_ctx.factor;
            l.monthly = roundCents(quantity * *l.rate);
            l.upfront = roundCents(upfront * m_ctx.factor);
            l.estimate = estimate || price->estimate;
        }
        m_out.lines.push_back(std::move(l));
    }

    void instances(const std::string& region, double count, std::string_view pricing,
                   std::string_view payment)
    {
        const std::string_view type = text("instanceType");
        const bool commitment = m_ctx.prices.commitmentMonths(pricing) > 0;
        const std::string what = cat({type, " ", pricingLabel(pricing, payment, commitment)});
        if (pricing == "dedicated-host") {
            auto host = m_ctx.prices.dedicatedHost(region, type);
            if (!host) {
                line(what + ", " + plural(count, "instance", "instances"), 0, "host-hours",
                     nullptr);
            } else {
                double hosts = std::ceil(count / host->instancesPerHost);
                PriceFact rate{host->hourly, host->estimate, {}, {}};
                line(host->family + " Dedicated Host, " + plural(hosts, "host", "hosts") + " for " +
                         plural(count, "instance", "instances"),
                     hosts * m_ctx.hours, "host-hours", &rate);
            }
        } else if (commitment) {
            auto rate = m_ctx.prices.commitment(region, type, pricing, payment);
            std::string item = what + ", " + plural(count, "instance", "instances");
            if (!rate) {
                line(std::move(item), count * m_ctx.hours, "instance-hours", nullptr);
            } else {
                PriceFact hourly{rate->hourly, rate->estimate, {}, {}};
                line(std::move(item), count * m_ctx.hours, "instance-hours", &hourly,
                     count * rate->upfront);
                m_out.commitmentMonths = rate->months;
            }
        } else {
            // On-Demand and Spot bill only the hours an instance runs.
            double utilization = std::clamp(number("utilizationPercent", 100), 0.0, 100.0);
            std::optional<PriceFact> rate;
            if (pricing == "on-demand")
                rate = m_ctx.prices.onDemand(region, type);
            else if (pricing == "spot")
                rate = m_ctx.prices.spot(region, type);
            std::string item = cat({what, ", ", plural(count, "instance", "instances")});
            if (utilization < 100) item += cat({", ", num(utilization), "% of hours"});
            line(std::move(item), count * m_ctx.hours * utilization / 100.0, "instance-hours",
                 rate ? &*rate : nullptr);
        }
        double ebsGb = number("ebsGb", 0);
        if (count * ebsGb > 0)
            line(cat({"EBS gp3, ", num(count), " x ", num(ebsGb), " GB"}), count * ebsGb,
                 "GB-months", m_ctx.prices.price(region, "ebs.gp3GbMonth"));
    }

    void fleet(const std::string& region, double count)
    {
        std::string_view pricing =
            m_ctx.allOnDemand ? std::string_view("on-demand") : text("pricing");
        instances(region, count, pricing, text("payment"));
    }

    void loadBalancer(const std::string& region)
    {
        const std::string_view type = text("type");
        const double H = m_ctx.hours;
        if (type == "classic") {
            line("Classic Load Balancer", H, "LB-hours",
                 m_ctx.prices.price(region, "elb.classic.hourly"));
            double gb = number("gbProcessedPerMonth");
            if (gb > 0)
                line(num(gb) + " GB processed", gb, "GB",
                     m_ctx.prices.price(region, "elb.classic.perGb"));
            return;
        }
        const bool network = type == "network";
        const std::string table = network ? "elb.network." : "elb.application.";
        line(network ? "Network Load Balancer" : "Application Load Balancer", H, "LB-hours",
             m_ctx.prices.price(region, table + "hourly"));
        double lcu = number("lcu");
        if (lcu > 0)
            line(num(lcu) + (network ? " NLCU" : " LCU"), lcu * H,
                 network ? "NLCU-hours" : "LCU-hours",
                 m_ctx.prices.price(region, table + "lcuHourly"));
    }

    void lambda(const std::string& region)
    {
        double invocations = number("invocationsPerMonth");
        double freeRequests = take(m_ctx.free, &FreeTierLeft::lambdaRequests, invocations);
        line(freeRequests > 0 ? "Requests (" + num(freeRequests) + " free)" : "Requests",
             (invocations - freeRequests) / 1e6, "million requests",
             m_ctx.prices.price(region, "lambda.requestsPerMillion"));

        const std::string arch(text("architecture"));
        double gbSeconds =
            invocations * number("memoryMb", 128) / 1024.0 * number("avgDurationMs") / 1000.0;
        double freeGbs = take(m_ctx.free, &FreeTierLeft::lambdaGbSeconds, gbSeconds);
        double billable = gbSeconds - freeGbs;
        std::string item = "Duration, " + arch;
        if (freeGbs > 0) item += " (" + num(freeGbs) + " GB-s free)";
        const auto* tiers = m_ctx.prices.lambdaDuration(region, arch);
        if (!tiers) {
            line(item, billable, "GB-seconds", nullptr);
            return;
        }
        double below = 0;
        for (size_t i = 0; i < tiers->size(); ++i) {
            const DurationTier& tier = (*tiers)[i];
            double inTier = std::max(0.0, std::min(billable, tier.upToGbSeconds) - below);
            if (i == 0 || inTier > 0)
                line(i == 0 ? item : item + ", tier " + std::to_string(i + 1), inTier, "GB-seconds",
                     &tier.price);
            below = tier.upToGbSeconds;
            if (billable <= below) break;
        }
    }

    void sqs(const std::string& region)
    {
        const bool fifo = text("type") == "fifo";
        double requests = number("requestsPerMonth");
        double freeRequests = take(m_ctx.free, &FreeTierLeft::sqsRequests, requests);
        std::string item = fifo ? "FIFO requests" : "Standard requests";
        if (freeRequests > 0) item += " (" + num(freeRequests) + " free)";
        line(std::move(item), (requests - freeRequests) / 1e6, "million requests",
             m_ctx.prices.price(region, fifo ? "sqs.fifoPerMillion" : "sqs.standardPerMillion"));
    }

    void sns(const std::string& region)
    {
        double publishes = number("publishesPerMonth");
        double freePublishes = take(m_ctx.free, &FreeTierLeft::snsPublishes, publishes);
        line(freePublishes > 0 ? "Publishes (" + num(freePublishes) + " free)" : "Publishes",
             (publishes - freePublishes) / 1e6, "million publishes",
             m_ctx.prices.price(region, "sns.publishesPerMillion"));
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
        std::string item = "HTTP/S deliveries, " + plural(http, "subscription", "subscriptions");
        if (freeDeliveries > 0) item += " (" + num(freeDeliveries) + " free)";
        line(std::move(item), (deliveries - freeDeliveries) / 1e6, "million deliveries",
             m_ctx.prices.price(region, "sns.httpDeliveriesPerMillion"));
    }

    void containers(const std::string& region)
    {
        const double H = m_ctx.hours;
        if (text("launchType") == "fargate") {
            const std::string arch(text("architecture"));
            double tasks = number("tasks"), vcpu = number("vcpu"), memory = number("memoryGb");
            std::string table = "fargate." + arch + ".";
            line("Fargate vCPU, " + plural(tasks, "task", "tasks") + " x " + num(vcpu) + " vCPU",
                 tasks * vcpu * H, "vCPU-hours", m_ctx.prices.price(region, table + "vcpuHour"));
            line("Fargate memory, " + plural(tasks, "task", "tasks") + " x " + num(memory) + " GB",
                 tasks * memory * H, "GB-hours", m_ctx.prices.price(region, table + "gbHour"));
        }
        if (text("orchestrator") == "eks")
            line("EKS cluster", H, "cluster-hours", m_ctx.prices.price(region, "eks.clusterHour"));
    }

    void lightsail(const std::string& region)
    {
        const std::string bundle(text("bundle"));
        line("Lightsail " + bundle + " bundle", 1, "months",
             m_ctx.prices.lightsailBundle(region, bundle));
    }

    void rds(const std::string& region)
    {
        const std::string engine(text("engine"));
        const std::string cls(text("instanceClass"));
        const bool multiAz = flag("multiAz");
        const char* az = multiAz ? "Multi-AZ" : "Single-AZ";
        line(cls + " " +
                 (engine == "postgres" ? "PostgreSQL"
                  : engine == "mysql"  ? "MySQL"
                                       : engine) +
                 ", " + az,
             m_ctx.hours, "instance-hours", m_ctx.prices.rdsInstance(region, engine, cls, multiAz));
        double gb = number("storageGb");
        line("Storage, " + num(gb) + " GB, " + az, gb, "GB-months",
             m_ctx.prices.price(region, multiAz ? "rds.storage.multiAzGbMonth"
                                                : "rds.storage.singleAzGbMonth"));
    }

    void s3(const std::string& region)
    {
        line("S3 Standard storage", number("storageGb"), "GB-months",
             m_ctx.prices.price(region, "s3.storageGbMonth"));
        double put = number("putRequestsPerMonth"), get = number("getRequestsPerMonth");
        if (put > 0)
            line("PUT, COPY, POST, LIST requests", put / 1000, "thousand requests",
                 m_ctx.prices.price(region, "s3.putPer1000"));
        if (get > 0)
            line("GET requests", get / 1000, "thousand requests",
                 m_ctx.prices.price(region, "s3.getPer1000"));
    }

    void dynamodb(const std::string& region)
    {
        line("Write request units", number("writeRequestsPerMonth") / 1e6, "million WRUs",
             m_ctx.prices.price(region, "dynamodb.writePerMillion"));
        line("Read request units", number("readRequestsPerMonth") / 1e6, "million RRUs",
             m_ctx.prices.price(region, "dynamodb.readPerMillion"));
        double gb = number("storageGb");
        double freeGb = take(m_ctx.free, &FreeTierLeft::dynamodbStorageGb, gb);
        line(freeGb > 0 ? "Storage (" + num(freeGb) + " GB free)" : "Storage", gb - freeGb,
             "GB-months", m_ctx.prices.price(region, "dynamodb.storageGbMonth"));
    }

    void run()
    {
        const std::string& kind = m_c.kind;
        // Kinds with no cost of their own need no region lookup.
        static const std::vector<std::string_view> kPriced = {
            "ec2-fleet",    "auto-scaling-group", "load-balancer",     "lambda-function",
            "sqs-queue",    "sns-topic",          "container-service", "lightsail-instance",
            "rds-database", "s3-bucket",          "dynamodb-table"};
        if (std::find(kPriced.begin(), kPriced.end(), kind) == kPriced.end()) return;
        m_out.lines.reserve(3);
        const std::string region = m_ctx.regionOf(m_c);
        if (kind == "ec2-fleet")
            fleet(region, std::max(0.0, number("count")));
        else if (kind == "auto-scaling-group")
            fleet(region, std::max(0.0, number("desired")));
        else if (kind == "load-balancer")
            loadBalancer(region);
        else if (kind == "lambda-function")
            lambda(region);
        else if (kind == "sqs-queue")
            sqs(region);
        else if (kind == "sns-topic")
            sns(region);
        else if (kind == "container-service")
            containers(region);
        else if (kind == "lightsail-instance")
            lightsail(region);
        else if (kind == "rds-database")
            rds(region);
        else if (kind == "s3-bucket")
            s3(region);
        else if (kind == "dynamodb-table")
            dynamodb(region);
    }

  private:
    const Context& m_ctx;
    const Component& m_c;
    ComponentCost& m_out;
    const KindSpec* m_spec;
};

/// Sums a component's rounded lines into its figures.
void total(ComponentCost& cc)
{
    cc.monthly = cc.upfront = 0;
    for (const auto& l : cc.lines) {
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

ComponentCost costOf(const Context& ctx, const Component& c)
{
    ComponentCost cc;
    cc.id = c.id;
    cc.kind = c.kind;
    cc.name = c.name.value_or("");
    ComponentCoster coster(ctx, c, cc);
    cc.container = coster.spec() && coster.spec()->container;
    coster.run();
    total(cc);
    return cc;
}

Context contextFor(const Design& design, const PriceCatalog& prices, const KindCatalog& catalog)
{
    return Context{design, prices, catalog, design.settings.hours(),
                   1.0 - design.settings.discount() / 100.0};
}

DesignCost costAll(const Design& design, const PriceCatalog& prices, const KindCatalog& catalog,
                   bool allOnDemand)
{
    Context ctx = contextFor(design, prices, catalog);
    ctx.allOnDemand = allOnDemand;
    std::optional<FreeTierLeft> free;
    if (design.settings.useFreeTier()) {
        free.emplace(prices);
        ctx.free = &*free;
    }
    std::unordered_map<std::string_view, std::string> regions;
    ctx.regionByParent = &regions;
    // One pass over the connections instead of one per topic.
    std::unordered_map<std::string_view, int> http;
    ctx.httpSubscriptions = &http;
    for (const Component& c : design.components())
        if (c.kind == "sns-topic") http.emplace(c.id.value, 0);
    if (!http.empty())
        for (const Connection& conn : design.connections()) {
            auto topic = http.find(conn.from.value);
            if (topic != http.end() && isHttpSubscriber(design.component(conn.to))) ++topic->second;
        }
    DesignCost out;
    out.currency = prices.currency();
    out.hoursPerMonth = ctx.hours;
    out.pricesAsOf = prices.asOf();
    out.components.reserve(design.components().size());
    for (const Component& c : design.components()) {
        out.components.push_back(costOf(ctx, c));
        const ComponentCost& cc = out.components.back();
        out.monthly += cc.monthly;
        out.upfront += cc.upfront;
        out.effectiveMonthly += cc.effectiveMonthly;
        out.complete = out.complete && cc.complete;
        out.estimate = out.estimate || cc.estimate;
    }
    out.monthly = roundCents(out.monthly);
    out.upfront = roundCents(out.upfront);
    out.effectiveMonthly = roundCents(out.effectiveMonthly);
    return out;
}

std::vector<double> cumulative(const DesignCost& cost, int months)
{
    std::vector<double> out;
    out.reserve(static_cast<size_t>(std::max(0, months)));
    double sum = 0;
    for (int m = 0; m < months; ++m) {
        sum += cost.monthly;
        for (const auto& cc : cost.components)
            if (cc.upfront != 0 && (cc.commitmentMonths <= 0 || m % cc.commitmentMonths == 0))
                sum += cc.upfront;
        out.push_back(roundCents(sum));
    }
    return out;
}

} // namespace

double roundCents(double value)
{
    // Nudge by a relative epsilon first: 730 x 0.0225 is 16.424999... in binary but
    // 16.425 in the decimal arithmetic a person checks the bill with.
    double scaled = value * 100.0;
    double nudge = std::max(1.0, std::abs(scaled)) * 1e-9;
    double r = std::round(scaled + std::copysign(nudge, scaled)) / 100.0;
    return r == 0 ? 0.0 : r;
}

DesignCost computeCost(const Design& design, const PriceCatalog& prices, const KindCatalog& catalog)
{
    return costAll(design, prices, catalog, false);
}

ComponentCost computeComponentCost(const Design& design, const Component& component,
                                   const PriceCatalog& prices, const KindCatalog& catalog)
{
    return costOf(contextFor(design, prices, catalog), component);
}

std::vector<PricingOptionCost> comparePricing(const Design& design, const Component& component,
                                              const PriceCatalog& prices,
                                              const KindCatalog& catalog)
{
    std::vector<PricingOptionCost> out;
    const bool asg = component.kind == "auto-scaling-group";
    if (!asg && component.kind != "ec2-fleet") return out;
    const KindSpec* spec = catalog.find(component.kind);
    const PropertySpec* pricingSpec = spec ? spec->prop("pricing") : nullptr;
    const PropertySpec* paymentSpec = spec ? spec->prop("payment") : nullptr;
    if (!pricingSpec || !paymentSpec) return out;

    Context ctx = contextFor(design, prices, catalog);
    const std::string region = regionCode(design, catalog, component);
    const double count =
        std::max(0.0, catalog.number(component, asg ? "desired" : "count").value_or(0));
    for (const std::string& pricing : pricingSpec->values) {
        const bool commitment = prices.commitmentMonths(pricing) > 0 ||
                                pricing.starts_with("reserved-") ||
                                pricing.starts_with("savings-plan-");
        std::vector<std::string> payments =
            commitment ? paymentSpec->values : std::vector<std::string>{""};
        for (const std::string& payment : payments) {
            ComponentCost cc;
            ComponentCoster(ctx, component, cc).instances(region, count, pricing, payment);
            total(cc);
            PricingOptionCost option;
            option.pricing = pricing;
            option.payment = payment;
            option.estimate = cc.estimate;
            if (cc.complete) {
                option.monthly = cc.monthly;
                option.upfront = cc.upfront;
                option.effectiveMonthly = cc.effectiveMonthly;
            }
            out.push_back(std::move(option));
        }
    }
    return out;
}

CostBand scalingBand(const Design& design, const Component& component, const PriceCatalog& prices,
                     const KindCatalog& catalog)
{
    CostBand band;
    if (component.kind != "auto-scaling-group") return band;
    Context ctx = contextFor(design, prices, catalog);
    const std::string region = regionCode(design, catalog, component);
    auto at = [&](const char* prop) -> std::optional<double> {
        ComponentCost cc;
        ComponentCoster coster(ctx, component, cc);
        coster.fleet(region, std::max(0.0, catalog.number(component, prop).value_or(0)));
        total(cc);
        return cc.complete ? std::optional<double>(cc.effectiveMonthly) : std::nullopt;
    };
    band.atMin = at("min");
    band.atMax = at("max");
    return band;
}

CostOverTime costOverTime(const Design& design, const PriceCatalog& prices,
                          const KindCatalog& catalog)
{
    const int months = design.settings.term();
    CostOverTime out;
    out.asDrawn = cumulative(costAll(design, prices, catalog, false), months);
    out.allOnDemand = cumulative(costAll(design, prices, catalog, true), months);
    return out;
}

} // namespace azimuth::model
