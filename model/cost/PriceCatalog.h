#pragma once
// The price catalog (docs/price-catalog.md): dated, sourced AWS list prices by region.
// The built-in one ships inside Azimuth; a user's own replaces it (`--prices`). No price
// lives in code: the cost engine asks here, and a price not here is unknown.

#include "PriceFact.h"

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace azimuth::model {

/// One source a catalog's figures cite.
struct PriceSource
{
    std::string id;
    std::string grade; ///< A, B, C or "derived"
    std::string asOf;
    std::string title;
    std::string url; ///< where a reader can follow it (http or https); empty when none
};

/// What the catalog knows about an instance type, whatever the region.
struct InstanceTypeInfo
{
    std::string family; ///< "general purpose", "compute optimized", ...
    double vcpu = 0;
    double memoryGiB = 0;
    std::string note;
};

/// A commitment's price per instance: hourly, upfront, and the months it runs for.
struct CommitmentPrice
{
    double hourly = 0;
    double upfront = 0;
    int months = 0;
    bool estimate = false;
};

/// A Dedicated Host's price and how many instances of a type one host holds.
struct DedicatedHostPrice
{
    std::string family;
    double hourly = 0;
    int instancesPerHost = 0;
    bool estimate = false;
};

/// One tier of Lambda duration pricing: GB-seconds up to `upToGbSeconds` (cumulative,
/// infinity for the last tier) at `price`.
struct DurationTier
{
    double upToGbSeconds = 0;
    PriceFact price;
};

struct TransparentHash
{
    using is_transparent = void;
    size_t operator()(std::string_view s) const noexcept
    {
        return std::hash<std::string_view>{}(s);
    }
};
template <typename T>
using StringMap = std::unordered_map<std::string, T, TransparentHash, std::equal_to<>>;

/// The prices of one region.
struct RegionPrices
{
    std::string code;
    std::string name;
    std::vector<std::string> zones; ///< its Availability Zones' names, in AWS's order
    struct Ec2Type
    {
        std::optional<PriceFact> onDemand;
        std::optional<PriceFact> spot;
    };
    StringMap<Ec2Type> ec2;
    StringMap<PriceFact> hostHourly; ///< by family ("m5")
    StringMap<PriceFact> hostVcpu;   ///< vCPUs a host of a family holds
    StringMap<PriceFact> lightsail;  ///< monthly, by bundle name and by AWS bundle id
    StringMap<std::vector<DurationTier>> lambdaDuration; ///< by architecture
    StringMap<PriceFact> flat;                           ///< every other price, by its dotted path
};

class PriceCatalog
{
  public:
    /// Parses a catalog; throws LoadError with FILE:LINE:COL on a bad one.
    static PriceCatalog fromJson(std::string_view text, const std::string& fileName);
    /// Reads a catalog file (at most 16 MiB); throws LoadError.
    static PriceCatalog fromFile(const std::string& path);
    /// The catalog shipped inside Azimuth (resources/pricing/aws-prices.json).
    static const PriceCatalog& builtin();

    const std::string& asOf() const { return m_asOf; }
    const std::string& currency() const { return m_currency; }
    const std::vector<PriceSource>& sources() const { return m_sources; }
    const PriceSource* source(std::string_view id) const;

    /// The code of the table of global services' prices (top-level "global"): not a Region,
    /// never listed by regionCodes(), read through region() and price() like one.
    static constexpr std::string_view kGlobalTable = "global";

    /// Region codes with a price table, sorted.
    std::vector<std::string> regionCodes() const;
    /// The prices of a region, or nullptr.
    const RegionPrices* region(std::string_view code) const;
    /// The names of a region's Availability Zones ("us-east-1a", ...); empty when the
    /// catalog does not know the region.
    std::vector<std::string> zoneNames(std::string_view region) const;

    bool hasInstanceType(const std::string& region, const std::string& type) const;
    bool hasRdsClass(const std::string& region, const std::string& engine,
                     const std::string& instanceClass, bool multiAz) const;
    bool hasLightsailBundle(const std::string& region, const std::string& bundle) const;

    /// Instance types with an On-Demand price in a region, sorted.
    std::vector<std::string> instanceTypes(const std::string& region) const;
    /// Family, vCPUs and memory of a type; nullptr when the catalog does not describe it.
    const InstanceTypeInfo* instanceTypeInfo(std::string_view type) const;

    /// A price by its dotted path in a region's table, e.g. "ebs.gp3GbMonth",
    /// "elb.application.lcuHourly", "rds.mysql.db.t3.micro.singleAz"; nullptr when absent.
    const PriceFact* price(std::string_view region, std::string_view path) const;

    /// EC2 On-Demand $/hour; nullopt when not offered in the region's table.
    std::optional<PriceFact> onDemand(std::string_view region, std::string_view type) const;
    /// The same, without copying the fact; nullptr when not offered.
    const PriceFact* onDemandPrice(std::string_view region, std::string_view type) const;
    /// A typical Spot $/hour: the type's own, else its family's typical discount off
    /// On-Demand (an estimate); nullopt when neither is known.
    std::optional<PriceFact> spot(std::string_view region, std::string_view type) const;
    /// A reserved or savings-plan price per instance (`pricing` and `payment` as in
    /// components.md); nullopt when the type has no On-Demand price there or the option is unknown.
    std::optional<CommitmentPrice> commitment(std::string_view region, std::string_view type,
                                              std::string_view pricing,
                                              std::string_view payment) const;
    /// Months a pricing option commits to (12 or 36); 0 for on-demand, spot and hosts.
    int commitmentMonths(std::string_view pricing) const;
    /// The Dedicated Host that holds a type; nullopt when the family has no host price.
    std::optional<DedicatedHostPrice> dedicatedHost(std::string_view region,
                                                    std::string_view type) const;
    /// Lambda duration tiers of an architecture; nullptr when unknown.
    const std::vector<DurationTier>* lambdaDuration(std::string_view region,
                                                    std::string_view architecture) const;
    /// A Lightsail bundle's monthly price, by name ("micro") or AWS id ("micro_3_0").
    const PriceFact* lightsailBundle(std::string_view region, std::string_view bundle) const;
    /// An RDS instance's $/hour.
    const PriceFact* rdsInstance(std::string_view region, std::string_view engine,
                                 std::string_view instanceClass, bool multiAz) const;
    /// A free-tier allowance ("lambdaRequests", "sqsRequests", ...); 0 when absent.
    double freeTier(std::string_view key) const;

  private:
    friend class PriceCatalogParser;
    struct CommitmentOption
    {
        int months = 0;
        bool estimate = false;
        std::string sameAs;
        StringMap<CommitmentPrice> payments;
    };

    std::string m_asOf;
    std::string m_currency;
    std::vector<PriceSource> m_sources;
    StringMap<InstanceTypeInfo> m_instanceTypes;
    StringMap<RegionPrices> m_regions;
    std::optional<RegionPrices> m_global;
    StringMap<CommitmentOption> m_commitments;
    std::string m_basisRegion;
    std::string m_basisType;
    double m_basisOnDemand = 0;
    StringMap<PriceFact> m_spotDiscountPercent; ///< by family
    StringMap<double> m_freeTier;
};

} // namespace azimuth::model
