// The automatic layout of designs without positions: zones as columns, replicas lined up,
// tiers from the edge down, regional services beside the zones, containers that hold what
// they contain and their names, pinned positions kept, the same answer every time.

#include "model/layout/AutoLayout.h"

#include "model/io/DesignReader.h"
#include "model/layout/EstimatedLabelMetrics.h"

#include <cmath>
#include <gtest/gtest.h>

using namespace azimuth::model;

namespace {

Design shop()
{
    return readDesignFile(std::string(AZIMUTH_TEST_DATA) + "/layout/shop.azimuth");
}

Geometry boxOf(const Layout& layout, const std::string& id)
{
    const Geometry* g = layout.box(ComponentId{id});
    EXPECT_NE(g, nullptr) << id << " has no box";
    return g ? *g : Geometry{};
}

bool inside(const Geometry& inner, const Geometry& outer)
{
    return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.w <= outer.x + outer.w &&
           inner.y + inner.h <= outer.y + outer.h;
}

bool overlap(const Geometry& a, const Geometry& b)
{
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

bool isAncestor(const Design& d, const ComponentId& a, const ComponentId& of)
{
    for (const Component* c = d.component(of); c && !c->parent.empty(); c = d.component(c->parent))
        if (c->parent == a) return true;
    return false;
}

} // namespace

TEST(AutoLayout, ZonesAreEqualColumnsSideBySideUnderTheRegionTitle)
{
    const Layout l = computeLayout(shop());
    const Geometry region = boxOf(l, "use1"), a = boxOf(l, "az-a"), b = boxOf(l, "az-b"),
                   wl = boxOf(l, "wl");
    EXPECT_EQ(a.y, b.y);
    EXPECT_EQ(a.y, wl.y);
    EXPECT_GE(a.y, region.y + LayoutMetrics::header);
    EXPECT_EQ(a.w, b.w);
    EXPECT_EQ(a.h, b.h);
    EXPECT_LT(a.x + a.w, b.x);
    EXPECT_LT(b.x + b.w, wl.x);
    EXPECT_TRUE(inside(a, region) && inside(b, region) && inside(wl, region));
}

TEST(AutoLayout, ReplicasInDifferentZonesLineUp)
{
    const Layout l = computeLayout(shop());
    const Geometry ca = boxOf(l, "cache-a"), cb = boxOf(l, "cache-b"), edge = boxOf(l, "edge");
    EXPECT_EQ(ca.y, cb.y);
    EXPECT_EQ(ca.y, edge.y);
    // At the same place in their columns.
    EXPECT_EQ(ca.x - boxOf(l, "az-a").x, cb.x - boxOf(l, "az-b").x);
    EXPECT_TRUE(inside(ca, boxOf(l, "az-a")));
    EXPECT_TRUE(inside(cb, boxOf(l, "az-b")));
}

TEST(AutoLayout, SpanningGroupsAreBandsAcrossTheirZonesInTierOrder)
{
    const Layout l = computeLayout(shop());
    const Geometry lb = boxOf(l, "api-lb"), asg = boxOf(l, "api"), a = boxOf(l, "az-a"),
                   b = boxOf(l, "az-b"), fleet = boxOf(l, "cache-a");
    EXPECT_EQ(lb.h, LayoutMetrics::bandH);
    EXPECT_LT(lb.x, a.x + a.w);
    EXPECT_GT(lb.x + lb.w, b.x);
    EXPECT_GE(lb.x, a.x);
    EXPECT_LE(lb.x + lb.w, b.x + b.w);
    // Load balancing above compute; the band of a tier above that tier's zone members.
    EXPECT_LE(lb.y + lb.h, asg.y);
    EXPECT_LE(asg.y + asg.h, fleet.y);
    EXPECT_GE(lb.y, a.y + LayoutMetrics::header);
}

TEST(AutoLayout, RegionalServicesSitBesideTheZonesInTiers)
{
    const Layout l = computeLayout(shop());
    const Geometry wl = boxOf(l, "wl"), region = boxOf(l, "use1");
    for (const char* id : {"orders", "events", "fulfil", "db", "assets", "carts", "env"}) {
        const Geometry g = boxOf(l, id);
        EXPECT_GE(g.x, wl.x + wl.w) << id;
        EXPECT_TRUE(inside(g, region)) << id;
    }
    // Compute, then queues and topics, then data, top down.
    EXPECT_LT(boxOf(l, "fulfil").y, boxOf(l, "orders").y);
    EXPECT_LT(boxOf(l, "orders").y, boxOf(l, "db").y);
    EXPECT_EQ(boxOf(l, "orders").y, boxOf(l, "events").y);
    EXPECT_EQ(boxOf(l, "db").y, boxOf(l, "carts").y);
}

TEST(AutoLayout, UsersStandAboveTheRegion)
{
    const Layout l = computeLayout(shop());
    const Geometry users = boxOf(l, "shoppers"), region = boxOf(l, "use1");
    EXPECT_LE(users.y + users.h, region.y);
    EXPECT_GT(users.x, region.x); // centred over it, not at its corner
}

TEST(AutoLayout, ContainersHoldTheirChildrenAndSiblingsNeverOverlap)
{
    const Design d = shop();
    const Layout l = computeLayout(d);
    for (const auto& c : d.components()) {
        if (!c.parent.empty()) {
            EXPECT_TRUE(inside(boxOf(l, c.id.value), boxOf(l, c.parent.value))) << c.id.value;
        }
    }
    for (const auto& a : d.components())
        for (const auto& b : d.components()) {
            if (a.id == b.id || isAncestor(d, a.id, b.id) || isAncestor(d, b.id, a.id)) continue;
            // Bands lie across the zone columns on purpose; everything else stands apart.
            if (drawnAsBand(KindCatalog::builtin(), a) || drawnAsBand(KindCatalog::builtin(), b))
                continue;
            EXPECT_FALSE(overlap(boxOf(l, a.id.value), boxOf(l, b.id.value)))
                << a.id.value << " overlaps " << b.id.value;
        }
}

TEST(AutoLayout, BoxesAreWideEnoughForWholeNames)
{
    Design d = shop();
    Component* mail = d.mutableComponent(ComponentId{"mail"});
    mail->name = "Send the order receipt e-mail to the shopper";
    const KindCatalog& cat = KindCatalog::builtin();
    const EstimatedLabelMetrics labels(cat);
    const Layout l = computeLayout(d, cat, &labels);
    for (const auto& c : d.components()) {
        const Geometry g = boxOf(l, c.id.value);
        if (isContainerKind(cat, c.kind))
            EXPECT_GE(g.w, labels.titleWidth(c, true)) << c.id.value;
        else if (drawnAsBand(cat, c))
            EXPECT_GE(g.w, LayoutMetrics::bandTextInset + labels.bandTextWidth(c)) << c.id.value;
        else
            EXPECT_GE(g.w, labels.nodeTextWidth(c)) << c.id.value;
    }
    EXPECT_GT(boxOf(l, "mail").w, LayoutMetrics::nodeW);
    // "Shop ALB" sits in the environment as a band of its own, wide enough for its title.
    EXPECT_GE(boxOf(l, "alb").w, LayoutMetrics::bandTextInset +
                                     EstimatedLabelMetrics::titleText("Load balancer · Shop ALB"));
}

TEST(AutoLayout, EveryBoxIsOnTheGrid)
{
    const Layout l = computeLayout(shop());
    for (const auto& [id, g] : l.boxes) {
        EXPECT_EQ(std::fmod(g.x, LayoutMetrics::grid), 0) << id.value;
        EXPECT_EQ(std::fmod(g.y, LayoutMetrics::grid), 0) << id.value;
    }
}

TEST(AutoLayout, SameDesignSameLayout)
{
    const Design d = shop();
    const Layout first = computeLayout(d);
    for (int i = 0; i < 3; ++i) {
        const Design copy = d; // fresh hash tables, same file order
        const Layout again = computeLayout(copy);
        ASSERT_EQ(again.boxes.size(), first.boxes.size());
        for (const auto& [id, g] : first.boxes)
            EXPECT_EQ(boxOf(again, id.value), g) << id.value;
    }
}

TEST(AutoLayout, PinnedComponentsKeepTheirPlaceAndOthersMoveAround)
{
    Design d = shop();
    d.mutableComponent(ComponentId{"db"})->geometry = Geometry{600, 40, 160, 96};
    d.mutableComponent(ComponentId{"az-a"})->geometry = Geometry{16, 40, 320, 400};
    const Layout l = computeLayout(d);
    const Geometry region = boxOf(l, "use1");
    const Geometry db = boxOf(l, "db"), azA = boxOf(l, "az-a");
    EXPECT_EQ(db.x - region.x, 600);
    EXPECT_EQ(db.y - region.y, 40);
    EXPECT_EQ(azA.x - region.x, 16);
    EXPECT_EQ(azA.y - region.y, 40);
    EXPECT_GE(azA.w, 320);
    // The unplaced ones are laid out below what was pinned, clear of it.
    for (const char* id : {"az-b", "wl", "orders", "fulfil", "env"})
        EXPECT_FALSE(overlap(boxOf(l, id), db)) << id;
}

TEST(AutoLayout, PinnedBoxTooNarrowForItsNameGrows)
{
    Design d = shop();
    d.mutableComponent(ComponentId{"wl"})->geometry = Geometry{700, 40, 96, 96};
    const KindCatalog& cat = KindCatalog::builtin();
    const EstimatedLabelMetrics labels(cat);
    const Layout l = computeLayout(d, cat, &labels);
    const Geometry wl = boxOf(l, "wl");
    EXPECT_GE(wl.w, labels.titleWidth(*d.component(ComponentId{"wl"}), false));
    EXPECT_EQ(wl.x - boxOf(l, "use1").x, 700);
}

TEST(AutoLayout, ManyRegionsWrapIntoRows)
{
    Design d;
    for (int i = 0; i < 9; ++i) {
        Component r;
        r.id = ComponentId{"r" + std::to_string(i)};
        r.kind = "region";
        d.insertComponent(r);
    }
    const Layout l = computeLayout(d);
    EXPECT_EQ(boxOf(l, "r0").y, boxOf(l, "r2").y);
    EXPECT_GT(boxOf(l, "r3").y, boxOf(l, "r0").y);
    EXPECT_EQ(boxOf(l, "r3").x, boxOf(l, "r0").x);
}

TEST(KindCatalogLayout, EveryKindHasLayoutFactsAndBadOnesAreRefused)
{
    const KindCatalog& cat = KindCatalog::builtin();
    EXPECT_EQ(cat.find("region")->layoutRole, LayoutRole::Region);
    EXPECT_EQ(cat.find("wavelength-zone")->layoutRole, LayoutRole::Zone);
    EXPECT_EQ(cat.find("users")->layoutTier, LayoutTier::Edge);
    EXPECT_EQ(cat.find("load-balancer")->layoutTier, LayoutTier::Balancing);
    EXPECT_EQ(cat.find("sqs-queue")->layoutTier, LayoutTier::Messaging);
    EXPECT_EQ(cat.find("dynamodb-table")->layoutTier, LayoutTier::Data);
    const std::string bad = R"({"categories": [{"id": "c", "label": "C"}], "kinds": [
        {"kind": "k", "label": "K", "category": "c", "placement": "anywhere",
         "layout": {"tier": "middle"}}]})";
    try {
        KindCatalog::fromJson(bad);
        FAIL() << "an unknown tier was accepted";
    } catch (const CatalogError& e) {
        EXPECT_NE(std::string(e.what()).find("kind \"k\""), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("tier"), std::string::npos) << e.what();
    }
}
