#pragma once
// The data transfer of a design's connections (networking.md "Data transfer on
// connections" and "Lines"): one line per direction and charge on the connection that
// causes it, and the GB each NAT gateway and interface endpoint processes for their own
// cost.

#include "ComponentCoster.h"

#include <string_view>
#include <unordered_map>
#include <vector>

namespace azimuth::model::costing {

/// GB a month a NAT gateway or interface endpoint processes, by its component id.
using ProcessedGb = std::unordered_map<std::string_view, double>;

/// Whether any connection of the design carries traffic (gbPerMonth or gbPerMonthReturn
/// above 0): a design without any needs no transfer pass.
bool hasTraffic(const Design& design);

/// Prices every connection's traffic into `writer`'s store, in file order. Appends one
/// ConnectionCost per connection that has a line (its `lines` left empty, as
/// costComponent leaves a component's) and the index of its first line to `firstLines`;
/// adds what NAT gateways and interface endpoints process to `processed`. Takes the free
/// internet egress from `ctx.free` when the design uses the free tier.
void costTransfer(const Context& ctx, LineWriter& writer, std::vector<ConnectionCost>& out,
                  std::vector<size_t>& firstLines, ProcessedGb& processed);

} // namespace azimuth::model::costing
