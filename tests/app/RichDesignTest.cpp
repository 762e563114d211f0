// A design with every kind in two regions: everything is drawn, nothing overlaps what it
// should not. With AZIMUTH_SHOT_DIR set it also saves screenshots to look at.

#include "GuiHarness.h"

#include <QDir>
#include <gtest/gtest.h>
#include <set>

using namespace azimuth;

namespace {

const char* kRich = R"json({
  "format": "azimuth", "version": 1, "title": "Every kind",
  "components": [
    { "id": "customers", "kind": "users", "name": "Customers" },
    { "id": "use1", "kind": "region", "name": "N. Virginia", "props": { "code": "us-east-1" } },
    { "id": "az-a", "kind": "availability-zone", "parent": "use1", "name": "us-east-1a" },
    { "id": "az-b", "kind": "availability-zone", "parent": "use1", "name": "us-east-1b" },
    { "id": "wz", "kind": "wavelength-zone", "parent": "use1", "name": "Boston", "props": { "carrier": "Verizon" } },
    { "id": "alb", "kind": "load-balancer", "parent": "use1", "name": "Shop ALB", "props": { "zones": ["az-a", "az-b"], "lcu": 2 } },
    { "id": "web", "kind": "auto-scaling-group", "parent": "use1", "name": "Web servers",
      "props": { "zones": ["az-a", "az-b"], "min": 3, "desired": 4, "max": 8, "instanceType": "m5.large" } },
    { "id": "batch-a", "kind": "ec2-fleet", "parent": "az-a", "name": "Batch A", "props": { "count": 2, "instanceType": "m5.large" } },
    { "id": "batch-b", "kind": "ec2-fleet", "parent": "az-b", "name": "Batch B", "props": { "count": 2, "instanceType": "m5.large" } },
    { "id": "edge", "kind": "ec2-fleet", "parent": "wz", "name": "Edge" },
    { "id": "edge-svc", "kind": "container-service", "parent": "wz", "name": "Edge service" },
    { "id": "api", "kind": "container-service", "parent": "use1", "name": "API", "props": { "zones": ["az-a", "az-b"], "tasks": 4 } },
    { "id": "orders", "kind": "sqs-queue", "parent": "use1", "name": "Orders", "props": { "type": "fifo" } },
    { "id": "events", "kind": "sns-topic", "parent": "use1", "name": "Events" },
    { "id": "clicks", "kind": "kinesis-data-stream", "parent": "use1", "name": "Clickstream" },
    { "id": "workflow", "kind": "step-functions-state-machine", "parent": "use1", "name": "Order workflow" },
    { "id": "bus", "kind": "eventbridge-bus", "parent": "use1", "name": "Order events" },
    { "id": "images", "kind": "ecr-repository", "parent": "use1", "name": "API images" },
    { "id": "fulfil", "kind": "lambda-function", "parent": "use1", "name": "Fulfil order", "props": { "memoryMb": 512, "avgDurationMs": 300 } },
    { "id": "db", "kind": "rds-database", "parent": "use1", "name": "Orders DB", "props": { "instanceClass": "db.t3.small", "zones": ["az-a"] } },
    { "id": "carts", "kind": "dynamodb-table", "parent": "use1", "name": "Carts" },
    { "id": "cache", "kind": "elasticache-cluster", "parent": "use1", "name": "Cache", "props": { "zones": ["az-a", "az-b"] } },
    { "id": "aurora", "kind": "aurora-cluster", "parent": "use1", "name": "Catalog DB", "props": { "zones": ["az-a", "az-b"] } },
    { "id": "files", "kind": "efs-file-system", "parent": "use1", "name": "Shared files" },
    { "id": "search", "kind": "opensearch-domain", "parent": "use1", "name": "Search", "props": { "zones": ["az-a", "az-b"] } },
    { "id": "dw", "kind": "redshift-cluster", "parent": "use1", "name": "Warehouse", "props": { "zones": ["az-a"] } },
    { "id": "assets", "kind": "s3-bucket", "parent": "use1", "name": "Assets" },
    { "id": "blog", "kind": "lightsail-instance", "parent": "use1", "name": "Blog" },
    { "id": "eb", "kind": "elastic-beanstalk-environment", "parent": "use1", "name": "Admin app" },
    { "id": "admin-fn", "kind": "lambda-function", "parent": "eb", "name": "Admin jobs" },
    { "id": "euw1", "kind": "region", "name": "Ireland", "props": { "code": "eu-west-1" } },
    { "id": "eu-a", "kind": "availability-zone", "parent": "euw1", "name": "eu-west-1a" },
    { "id": "eu-fleet", "kind": "ec2-fleet", "parent": "eu-a", "name": "Replica" },
    { "id": "eu-assets", "kind": "s3-bucket", "parent": "euw1", "name": "Assets (EU)" },
    { "id": "eu-vpc", "kind": "vpc", "parent": "euw1", "name": "EU VPC" },
    { "id": "eu-igw", "kind": "internet-gateway", "parent": "eu-vpc", "name": "EU gateway" },
    { "id": "eu-b", "kind": "availability-zone", "parent": "eu-vpc", "name": "eu-west-1b" },
    { "id": "eu-pub", "kind": "subnet", "parent": "eu-b", "name": "EU public", "props": { "public": true } },
    { "id": "eu-nat", "kind": "nat-gateway", "parent": "eu-pub", "name": "EU NAT" },
    { "id": "eu-s3", "kind": "vpc-endpoint", "parent": "eu-vpc", "name": "EU S3 endpoint" },
    { "id": "dns", "kind": "route53-hosted-zone", "name": "shop.example" },
    { "id": "cdn", "kind": "cloudfront-distribution", "name": "Shop CDN" },
    { "id": "edge-acl", "kind": "waf-web-acl", "name": "Edge firewall" },
    { "id": "shop-api", "kind": "api-gateway", "parent": "use1", "name": "Shop API" },
    { "id": "shoppers", "kind": "cognito-user-pool", "parent": "use1", "name": "Shoppers" }
  ],
  "connections": [
    { "from": "customers", "to": "alb", "label": "HTTPS" },
    { "from": "alb", "to": "web" },
    { "from": "web", "to": "orders" },
    { "from": "orders", "to": "fulfil" },
    { "from": "fulfil", "to": "db" },
    { "from": "web", "to": "carts" },
    { "from": "fulfil", "to": "events" },
    { "from": "web", "to": "clicks" },
    { "from": "web", "to": "bus" },
    { "from": "bus", "to": "workflow" },
    { "from": "workflow", "to": "fulfil" },
    { "from": "api", "to": "images" },
    { "from": "assets", "to": "eu-assets", "label": "replication" },
    { "from": "dns", "to": "cdn" },
    { "from": "cdn", "to": "assets" },
    { "from": "edge-acl", "to": "cdn" },
    { "from": "shop-api", "to": "fulfil" },
    { "from": "shop-api", "to": "shoppers" }
  ]
})json";

} // namespace

TEST(RichDesign, EveryKindInTwoRegionsIsDrawnWithoutOverlaps)
{
    auto w = guitest::windowWith(kRich);
    auto& scene = *w->scene();
    const auto& design = w->controller().design();
    std::set<std::string> kinds;
    for (const auto& c : design.components())
        kinds.insert(c.kind);
    EXPECT_EQ(kinds.size(), model::KindCatalog::builtin().kinds().size());
    ASSERT_EQ(scene.componentItemCount(), design.components().size());
    // Siblings never overlap, except a spanning band over the zones it uses.
    for (const auto& a : design.components())
        for (const auto& b : design.components()) {
            if (a.id == b.id || a.parent != b.parent || a.id.value > b.id.value) continue;
            auto* ia = scene.componentItem(a.id);
            auto* ib = scene.componentItem(b.id);
            const bool band = ia->look() == views::ComponentItem::Look::Band ||
                              ib->look() == views::ComponentItem::Look::Band;
            const bool zone = model::isZoneKind(a.kind) || model::isZoneKind(b.kind);
            if (band && zone) continue;
            EXPECT_FALSE(ia->box().intersects(ib->box()))
                << a.id.value << " overlaps " << b.id.value;
        }
    // Everything sits inside its parent.
    for (const auto& c : design.components()) {
        if (!c.parent.empty()) {
            EXPECT_TRUE(scene.boxOf(c.parent).contains(scene.boxOf(c.id))) << c.id.value;
        }
    }
    EXPECT_EQ(scene.componentItem(model::ComponentId{"web"})->look(),
              views::ComponentItem::Look::Band);
    EXPECT_EQ(scene.connectionItemCount(), design.connections().size());

    const QString dir = qEnvironmentVariable("AZIMUTH_SHOT_DIR");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        w->resize(1600, 1000);
        w->view()->zoomToFit();
        QApplication::processEvents();
        w->grab().save(dir + "/window.png");
        w->view()->setZoom(1.5);
        w->view()->centerOn(scene.boxOf(model::ComponentId{"web"}).center());
        QApplication::processEvents();
        w->grab().save(dir + "/zoomed.png");
    }
}
