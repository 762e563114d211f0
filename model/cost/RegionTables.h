#pragma once
// The price tables one cost computation reads, by region code, with the prices it reads on
// every line looked up once.

#include "PriceCatalog.h"

#include <array>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace azimuth::model::costing {

/// The fixed-path prices the engine reads from a region's table.
enum Fact : unsigned
{
    kEbsGp3,
    kElbClassicHourly,
    kElbClassicPerGb,
    kElbApplicationHourly,
    kElbApplicationLcu,
    kElbNetworkHourly,
    kElbNetworkLcu,
    kLambdaRequests,
    kSqsStandard,
    kSqsFifo,
    kSnsPublishes,
    kSnsHttpDeliveries,
    kEksCluster,
    kRdsStorageSingleAz,
    kRdsStorageMultiAz,
    kS3Storage,
    kS3Put,
    kS3Get,
    kDynamodbWrite,
    kDynamodbRead,
    kDynamodbStorage,
    kFactCount
};
inline constexpr std::array<std::string_view, kFactCount> kFactPath = {
    "ebs.gp3GbMonth",
    "elb.classic.hourly",
    "elb.classic.perGb",
    "elb.application.hourly",
    "elb.application.lcuHourly",
    "elb.network.hourly",
    "elb.network.lcuHourly",
    "lambda.requestsPerMillion",
    "sqs.standardPerMillion",
    "sqs.fifoPerMillion",
    "sns.publishesPerMillion",
    "sns.httpDeliveriesPerMillion",
    "eks.clusterHour",
    "rds.storage.singleAzGbMonth",
    "rds.storage.multiAzGbMonth",
    "s3.storageGbMonth",
    "s3.putPer1000",
    "s3.getPer1000",
    "dynamodb.writePerMillion",
    "dynamodb.readPerMillion",
    "dynamodb.storageGbMonth",
};

/// One region's price table, with its fixed-path prices looked up once per computation
/// instead of once per line (a 10,000-component bill reads them tens of thousands of times).
struct RegionTable
{
    std::string code;
    const PriceCatalog* catalog = nullptr;
    const RegionPrices* prices = nullptr; ///< null: the catalog has no table for `code`
    std::array<const PriceFact*, kFactCount> facts{};
    std::array<bool, kFactCount> looked{};

    const PriceFact* fact(Fact f)
    {
        if (!looked[f]) {
            looked[f] = true;
            facts[f] = catalog->price(code, kFactPath[f]);
        }
        return facts[f];
    }
    /// A price by any other path, e.g. "fargate.arm64.vcpuHour".
    const PriceFact* price(std::string_view path) const { return catalog->price(code, path); }
    const RegionPrices::Ec2Type* ec2(std::string_view type) const
    {
        if (!prices) return nullptr;
        auto it = prices->ec2.find(type);
        return it == prices->ec2.end() ? nullptr : &it->second;
    }
};

/// The region tables of one computation, by code, and which one each parent's children use.
struct RegionTables
{
    std::vector<std::unique_ptr<RegionTable>> tables; ///< a few: one per region code in use
    std::unordered_map<std::string_view, RegionTable*> byParent;
    std::string_view lastParent; ///< the parent asked for last, and its table
    RegionTable* lastTable = nullptr;

    RegionTable& forCode(std::string code, const PriceCatalog& catalog)
    {
        for (const auto& t : tables)
            if (t->code == code) return *t;
        auto table = std::make_unique<RegionTable>();
        table->prices = catalog.region(code);
        table->code = std::move(code);
        table->catalog = &catalog;
        tables.push_back(std::move(table));
        return *tables.back();
    }
};

} // namespace azimuth::model::costing
