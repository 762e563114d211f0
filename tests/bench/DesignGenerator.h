#pragma once
// Large, realistic designs for benchmarks: regions with three Availability Zones each,
// fleets in the zones, Auto Scaling groups and load balancers spanning them, queues,
// topics, functions, databases, buckets, tables, container services and Lightsail
// instances, all with geometry, and as many connections as components.

#include "model/core/Design.h"

namespace azimuth::bench {

struct GeneratorOptions
{
    int components = 10000; ///< exactly this many components
    int connections = -1;   ///< -1: as many as components
    bool users = false;     ///< each block also has a group of users, connected like the rest
};

/// A design of `options.components` components in blocks of one region (cycling through
/// us-east-1, eu-west-1, ap-southeast-1), its three zones and 36 resources. Deterministic.
model::Design generateDesign(const GeneratorOptions& options = {});

} // namespace azimuth::bench
