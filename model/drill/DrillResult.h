#pragma once
// What an outage drill found (drill.md): one outcome per component, per connection and
// per entry point, in file order.

#include "model/core/Ids.h"

#include <optional>
#include <string>
#include <vector>

namespace azimuth::model {

enum class DrillStatus
{
    Ok,
    Degraded,
    Lost
};

/// "ok", "degraded" or "lost", as drill.md writes them.
const char* drillStatusName(DrillStatus status);

/// How much of a component still runs. The unit depends on the kind: instances for an
/// `ec2-fleet` (`count`) and an `auto-scaling-group` (`desired`), tasks for a
/// `container-service` (`tasks`), zones for a `load-balancer` (its nodes).
struct DrillCapacity
{
    int before = 0;
    int after = 0;      ///< right after the failure, before any replacement starts
    int recoversTo = 0; ///< once replacements have started in the surviving zones
    std::string unit;   ///< "instances", "tasks" or "zones"
};

struct DrillComponentOutcome
{
    ComponentId id;
    DrillStatus status = DrillStatus::Ok;
    std::optional<DrillCapacity> capacity; ///< only for kinds that have a capacity
    ComponentId failedOverTo;              ///< a Multi-AZ database's surviving zone, when it moved
};

struct DrillConnectionOutcome
{
    ConnectionId id;
    bool broken = false; ///< either end is lost
};

struct DrillEntryPoint
{
    ComponentId id;
    bool served = false; ///< a path through components not lost reaches compute
};

/// A private component whose route's NAT gateway (or endpoint) failed: NAT routes do not
/// fail over, so what left its VPC that way is cut off (networking.md).
struct DrillCutOff
{
    ComponentId id;
    ComponentId through;                   ///< the failed NAT gateway or endpoint
    std::vector<ConnectionId> connections; ///< the connections it loses
};

struct DrillResult
{
    std::vector<ComponentId> failed; ///< the zones and regions failed, as asked
    std::vector<DrillComponentOutcome> components;
    std::vector<DrillConnectionOutcome> connections;
    std::vector<DrillEntryPoint> entryPoints;
    std::vector<DrillCutOff> cutOff; ///< in file order
    /// The design's data transfer a month before the failure and as the drill leaves it
    /// (drillTransfer); unset for a design whose connections carry no traffic.
    std::optional<double> transferMonthlyBefore, transferMonthlyAfter;

    /// The outcome of one component, or nullptr when it is not in the design.
    const DrillComponentOutcome* outcome(const ComponentId& id) const;
    /// Whether every entry point is served (true when there are none).
    bool allServed() const;
};

} // namespace azimuth::model
