#pragma once
// Pairs of designs a review meets, built from file-format.md's example: users -> ALB
// over az-a, az-b -> an Auto Scaling group in us-east-1.

#include "support/TestDesigns.h"

#include <string>

namespace azimuth::test {

struct WebTier
{
    std::string webZones = R"(["az-a", "az-b"])";
    std::string instanceType = "m5.large";
    bool withAlb = true;
    std::string c1Props; ///< the `props` object of connection c1, or empty for none
    std::string c1Label = "HTTPS";
};

/// The example design, with the given changes.
inline model::Design webTier(const WebTier& w = {})
{
    std::string text = R"x("components": [
      { "id": "use1", "kind": "region", "name": "US East (N. Virginia)",
        "props": { "code": "us-east-1" }, "geometry": { "x": 0, "y": 0, "w": 1100, "h": 640 } },
      { "id": "az-a", "kind": "availability-zone", "parent": "use1", "name": "us-east-1a" },
      { "id": "az-b", "kind": "availability-zone", "parent": "use1", "name": "us-east-1b" },
      { "id": "web", "kind": "auto-scaling-group", "parent": "use1", "name": "Web servers",
        "props": { "zones": )x" +
                       w.webZones + R"(, "min": 2, "desired": 4, "max": 8,
                   "instanceType": ")" +
                       w.instanceType + R"(", "pricing": "on-demand" } },)";
    if (w.withAlb)
        text += R"(
      { "id": "alb", "kind": "load-balancer", "parent": "use1",
        "props": { "type": "application", "zones": ["az-a", "az-b"], "lcu": 2 } },)";
    text += R"(
      { "id": "users", "kind": "users", "name": "Customers" } ],
    "connections": [)";
    if (w.withAlb) {
        text += R"({ "id": "c1", "from": "users", "to": "alb", "label": ")" + w.c1Label + "\"";
        if (!w.c1Props.empty()) text += R"(, "props": )" + w.c1Props;
        text += R"( }, { "id": "c2", "from": "alb", "to": "web" })";
    }
    text += "]";
    return designFromJson(text);
}

} // namespace azimuth::test
