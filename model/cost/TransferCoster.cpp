#include "TransferCoster.h"

#include "LineWords.h"
#include "model/catalog/DesignQueries.h"
#include "model/catalog/NetworkMap.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string>

namespace azimuth::model::costing {

namespace {

double gbOf(const Connection& conn, std::string_view key)
{
    const Json* v = conn.props.find(key);
    return v && v->isNumber() ? std::max(0.0, v->asNumber()) : 0.0;
}

std::string_view nameOf(const Component& c)
{
    return c.name && !c.name->empty() ? std::string_view(*c.name) : std::string_view(c.id.value);
}

/// One pass over a design's connections, writing their lines.
class TransferPass
{
  public:
    TransferPass(const Context& ctx, LineWriter& writer, ProcessedGb& processed)
        : m_ctx(ctx), m_writer(writer), m_store(writer.store), m_processed(processed),
          m_network(ctx.design, ctx.catalog)
    {
    }

    void connection(const Connection& conn, std::vector<ConnectionCost>& out,
                    std::vector<size_t>& firstLines)
    {
        const Component* from = m_ctx.design.component(conn.from);
        const Component* to = m_ctx.design.component(conn.to);
        if (!from || !to) return;
        const size_t first = m_store.lines.size();
        direction(*from, *to, gbOf(conn, "gbPerMonth"));
        direction(*to, *from, gbOf(conn, "gbPerMonthReturn"));
        if (m_store.lines.size() == first) return;
        ConnectionCost& cc = out.emplace_back();
        cc.id = conn.id;
        cc.from = conn.from;
        cc.to = conn.to;
        for (size_t i = first; i < m_store.lines.size(); ++i) {
            const CostLine& l = m_store.lines[i];
            if (!l.monthly) {
                cc.complete = false;
                continue;
            }
            cc.monthly += *l.monthly;
            cc.estimate = cc.estimate || l.estimate;
        }
        cc.monthly = roundCents(cc.monthly);
        firstLines.push_back(first);
    }

  private:
    const KindSpec* spec(const Component& c) const { return m_ctx.catalog.find(c.kind); }

    /// The GB one way, by the first rule that matches, then the way out of a VPC.
    void direction(const Component& sender, const Component& receiver, double gb)
    {
        if (gb <= 0) return;
        const KindSpec* s = spec(sender);
        const KindSpec* r = spec(receiver);
        const bool senderIsUsers = s && s->entryPoint;
        const bool receiverIsUsers = r && r->entryPoint;
        if (receiverIsUsers && !senderIsUsers) {
            egress(sender, receiver, gb);
        } else if (senderIsUsers) {
            // Data in is free (rule 2); users to users never touches AWS.
        } else if (const std::string here = regionCode(m_ctx.design, m_ctx.catalog, sender),
                   there = regionCode(m_ctx.design, m_ctx.catalog, receiver);
                   !here.empty() && !there.empty() && here != there) {
            interRegion(sender, receiver, there, gb);
        } else if (!(s && (s->zoneless || s->crossZoneFree)) &&
                   !(r && (r->zoneless || r->crossZoneFree))) {
            // Rule 5; crossZoneShare is 0 when either end has no zones (rule 4).
            const double share = m_network.crossZoneShare(sender, receiver);
            if (share > 0) crossZone("Cross-AZ", sender, receiver, gb * share);
        }
        wayOut(sender, receiver, gb);
        wayOut(receiver, sender, gb);
    }

    /// Internet egress by tier, counted across the design in file order.
    void egress(const Component& sender, const Component& receiver, double gb)
    {
        RegionTable& region = m_ctx.regionOf(sender);
        static constexpr std::array<std::string_view, 4> kRates = {
            "network.egress.tier1PerGb", "network.egress.tier2PerGb", "network.egress.tier3PerGb",
            "network.egress.tier4PerGb"};
        static constexpr std::array<std::string_view, 3> kBounds = {"network.egress.tier1UpToGb",
                                                                    "network.egress.tier2UpToGb",
                                                                    "network.egress.tier3UpToGb"};
        // The month's first GB are free under the free tier; they are the first of tier 1.
        double free = 0;
        if (m_ctx.free && gb > 0) {
            free = std::min(m_ctx.free->dataOutGb, gb);
            m_ctx.free->dataOutGb -= free;
        }
        double start = m_egressGb;
        const double end = m_egressGb + gb;
        m_egressGb = end;
        double lower = 0;
        for (size_t tier = 0; tier < kRates.size() && start < end; ++tier) {
            double upper = end;
            if (tier < kBounds.size()) {
                const PriceFact* bound = region.price(kBounds[tier]);
                if (!bound) {
                    // Without the tier's boundary the rest cannot be placed: one unknown line.
                    writeEgress(tier, sender, receiver, end - start, 0, nullptr);
                    return;
                }
                upper = std::max(lower, bound->rate);
            }
            const double inTier = std::min(end, upper) - start;
            if (inTier > 0) {
                const double freeHere = std::min(free, inTier);
                free -= freeHere;
                writeEgress(tier, sender, receiver, inTier - freeHere, freeHere,
                            region.price(kRates[tier]));
                start += inTier;
            }
            lower = upper;
        }
    }

    void writeEgress(size_t tier, const Component& sender, const Component& receiver, double gb,
                     double free, const PriceFact* rate)
    {
        std::string& item = startItem();
        item += "Internet egress, tier ";
        appendNum(item, static_cast<double>(tier + 1));
        appendEnds(item, sender, receiver);
        appendFree(item, free, "GB");
        line(item, gb, rate);
    }

    /// Rule 3, at the sender's Region's rate to the receiver's.
    void interRegion(const Component& sender, const Component& receiver, const std::string& there,
                     double gb)
    {
        RegionTable& region = m_ctx.regionOf(sender);
        std::string& path = m_writer.path;
        path.clear();
        path += "network.interRegion.to.";
        path += there;
        const PriceFact* rate = region.price(path);
        if (!rate) rate = region.price("network.interRegion.defaultPerGb");
        std::string& item = startItem();
        item += "Inter-region, ";
        item += region.code;
        item += " to ";
        item += there;
        appendEnds(item, sender, receiver);
        line(item, gb, rate);
    }

    /// Rule 5's charge on `gb` that change zone: $0.01 out plus $0.01 in.
    void crossZone(std::string_view what, const Component& sender, const Component& receiver,
                   double gb)
    {
        std::optional<PriceFact> both;
        if (const PriceFact* each = m_ctx.regionOf(sender).price("network.interAzPerGbEachWay"))
            both = PriceFact{2 * each->rate, each->estimate, {}, {}};
        std::string& item = startItem();
        item += what;
        appendEnds(item, sender, receiver);
        line(item, gb, both ? &*both : nullptr);
    }

    /// The way out of a VPC for `end`'s side of bytes between it and `other`, when `end` is
    /// private and `other` is outside its VPC: the bytes leave from each of its zones.
    void wayOut(const Component& end, const Component& other, double gb)
    {
        if (!m_network.isPrivate(end) || !m_network.leavesVpc(end, other)) return;
        const auto zones = m_network.sendingZones(end);
        if (zones.empty()) return;
        const double each = gb / static_cast<double>(zones.size());
        double hop = 0;
        for (const ComponentId& zone : zones) {
            const WayOut way = m_network.wayOut(end, zone, other);
            if (way.via == WayOut::Via::None || way.gatewayEndpoint) continue;
            m_processed[way.through->id.value] += each;
            if (way.via == WayOut::Via::Nat && way.crossesZone) hop += each;
        }
        if (hop > 0) crossZone("Cross-AZ to a NAT gateway", end, other, hop);
    }

    std::string& startItem()
    {
        m_writer.item.clear();
        return m_writer.item;
    }

    static void appendEnds(std::string& item, const Component& sender, const Component& receiver)
    {
        item += ", ";
        item += nameOf(sender);
        item += " to ";
        item += nameOf(receiver);
    }

    /// A line in GB, rounded to the cent as a component's are.
    void line(std::string_view item, double gb, const PriceFact* price)
    {
        CostLine& l = m_store.lines.emplace_back();
        l.item = m_store.text.keep(item);
        l.quantity = gb;
        l.unit = "GB";
        if (price) {
            l.rate = price->rate * m_ctx.factor;
            l.monthly = roundCents(gb * *l.rate);
            l.estimate = price->estimate;
        }
    }

    const Context& m_ctx;
    LineWriter& m_writer;
    CostStore& m_store;
    ProcessedGb& m_processed;
    NetworkMap m_network;
    double m_egressGb = 0; ///< internet egress so far this month, across the design
};

} // namespace

bool hasTraffic(const Design& design)
{
    return std::any_of(design.connections().begin(), design.connections().end(),
                       [](const Connection& c) {
                           return gbOf(c, "gbPerMonth") > 0 || gbOf(c, "gbPerMonthReturn") > 0;
                       });
}

void costTransfer(const Context& ctx, LineWriter& writer, std::vector<ConnectionCost>& out,
                  std::vector<size_t>& firstLines, ProcessedGb& processed)
{
    TransferPass pass(ctx, writer, processed);
    for (const Connection& conn : ctx.design.connections())
        pass.connection(conn, out, firstLines);
}

} // namespace azimuth::model::costing
