#include "ComponentCoster.h"

#include "LineWords.h"
#include "model/catalog/DesignQueries.h"
#include "model/kinds/KindUnit.h"

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

ComponentCoster::ComponentCoster(const Context& ctx, const Component& c, ComponentCost& out,
                                 LineWriter& writer)
    : m_ctx(ctx), m_c(c), m_out(out), m_writer(writer), m_store(writer.store),
      m_first(writer.store.lines.size()), m_spec(ctx.catalog.find(c.kind))
{
}

const Json* ComponentCoster::prop(std::string_view name) const
{
    if (const Json* v = m_c.props.find(name)) return v;
    if (!m_spec) return nullptr;
    const PropertySpec* p = m_spec->prop(name);
    return p ? &p->defaultValue : nullptr;
}

double ComponentCoster::number(std::string_view name, double fallback) const
{
    const Json* v = prop(name);
    return v && v->isNumber() ? v->asNumber() : fallback;
}

std::string_view ComponentCoster::text(std::string_view name) const
{
    const Json* v = prop(name);
    return v && v->isString() ? std::string_view(v->asString()) : std::string_view();
}

bool ComponentCoster::flag(std::string_view name) const
{
    const Json* v = prop(name);
    return v && v->isBool() && v->asBool();
}

double ComponentCoster::processedGb() const
{
    if (!m_ctx.processedGb) return 0;
    auto it = m_ctx.processedGb->find(m_c.id.value);
    return it == m_ctx.processedGb->end() ? 0 : it->second;
}

void ComponentCoster::line(std::string_view item, double quantity, std::string_view unit,
                           const PriceFact* price, double upfront, bool estimate)
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

double ComponentCoster::takeFree(double FreeTierLeft::*allowance, double quantity)
{
    return take(m_ctx.free, allowance, quantity);
}

void ComponentCoster::instances(RegionTable& region, double count, std::string_view pricing,
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

std::string_view ComponentCoster::pricePath(std::initializer_list<std::string_view> parts)
{
    std::string& path = startPath();
    for (std::string_view part : parts) {
        if (!path.empty()) path += '.';
        path += part;
    }
    return path;
}

void ComponentCoster::nodeHours(const PriceFact* rate, double count, std::string_view one,
                                std::string_view many, std::string_view type,
                                std::string_view after, std::string_view unit)
{
    std::string& item = startItem();
    appendPlural(item, count, one, many);
    item += ' ';
    item += type;
    if (!after.empty()) {
        item += ", ";
        item += after;
    }
    line(item, count * m_ctx.hours, unit, rate);
}

void ComponentCoster::storage(std::string_view label, double gb, const PriceFact* rate)
{
    std::string& item = startItem();
    item += label;
    item += ", ";
    appendNum(item, gb);
    item += " GB";
    line(item, gb, "GB-months", rate);
}

void ComponentCoster::fleet(RegionTable& region, double count)
{
    std::string_view pricing = m_ctx.allOnDemand ? std::string_view("on-demand") : text("pricing");
    instances(region, count, pricing, text("payment"));
}

RegionTable& Context::regionOf(const Component& c) const
{
    if (c.parent.empty()) {
        // Outside every Region: a global service, priced from the global table.
        std::string code = regionCode(design, catalog, c);
        return regions->forCode(code.empty() ? std::string(PriceCatalog::kGlobalTable) : code,
                                prices);
    }
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

bool isHttpSubscriber(const KindCatalog& catalog, const Component* to)
{
    if (!to) return false;
    const KindSpec* spec = catalog.find(to->kind);
    return !spec || !spec->snsDeliveryFree;
}

size_t costComponent(const Context& ctx, const Component& c, LineWriter& writer, ComponentCost& cc)
{
    cc.id = c.id;
    cc.kind = writer.store.text.keep(c.kind);
    if (c.name) cc.name = writer.store.text.keep(*c.name);
    ComponentCoster coster(ctx, c, cc, writer);
    cc.container = coster.spec() && coster.spec()->container;
    // Kinds with no cost of their own need no region lookup.
    if (const KindUnit* unit = kindUnit(c.kind); unit && unit->cost)
        unit->cost(coster, ctx.regionOf(c));
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
