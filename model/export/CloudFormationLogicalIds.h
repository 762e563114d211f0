#pragma once
// CloudFormation logical ids: alphanumeric, unique across Parameters and Resources.
// Derived from component ids so a template reads like the design it came from.

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>

namespace azimuth::model {

/// The alphanumeric stem of a component id: `web-1` -> `Web1`, `orders.queue` ->
/// `OrdersQueue`; a stem that would start with a digit gets a `C` in front.
std::string logicalIdStem(std::string_view componentId);

class CloudFormationLogicalIds
{
  public:
    /// Claims `wanted` (made alphanumeric), or `wanted2`, `wanted3`, ... when taken.
    std::string claim(std::string_view wanted);
    /// The name for (owner, role), claimed on first use and the same ever after.
    std::string named(const std::string& owner, const std::string& role, std::string_view wanted);
    bool taken(const std::string& id) const { return m_taken.count(id) > 0; }

  private:
    std::set<std::string> m_taken;
    std::map<std::pair<std::string, std::string>, std::string> m_named;
};

} // namespace azimuth::model
