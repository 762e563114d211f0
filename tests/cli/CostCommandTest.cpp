#include "CliRunner.h"

#include <gtest/gtest.h>
#include <sstream>

namespace {

const std::string kWebTier = AZIMUTH_TEST_DATA "/cost/web-tier.azimuth";

std::vector<std::string> lines(const std::string& text)
{
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string l; std::getline(in, l);) {
        if (!l.empty() && l.back() == '\r') l.pop_back();
        out.push_back(l);
    }
    return out;
}

TEST(CostCommand, JsonIsTheSpecExampleExactly)
{
    CliResult r = runAzimuth({"cost", kWebTier, "--format", "json"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out, readFile(AZIMUTH_TEST_DATA "/cost/web-tier.cost.json"));
    EXPECT_TRUE(r.err.empty());
}

TEST(CostCommand, TextIsAnAlignedTableWithTheTotalLast)
{
    CliResult r = runAzimuth({"cost", kWebTier});
    ASSERT_EQ(r.status, 0) << r.err;
    auto rows = lines(r.out);
    ASSERT_GT(rows.size(), 6u);
    EXPECT_NE(rows[0].find("prices as of 2026-07-20"), std::string::npos) << r.out;
    // Every money figure ends in the same column.
    size_t end = std::string::npos;
    for (const auto& row : rows)
        for (const char* figure :
             {"280.32", "2.56", "16.43", "11.68", "282.88", "28.11", "310.99"}) {
            size_t at = row.find(figure);
            if (at == std::string::npos) continue;
            size_t stop = at + std::string(figure).size();
            if (end == std::string::npos) end = stop;
            EXPECT_EQ(stop, end) << "misaligned: " << row << "\n" << r.out;
        }
    EXPECT_NE(r.out.find("m5.large On-Demand, 4 instances"), std::string::npos);
    // The totals come last.
    EXPECT_NE(rows[rows.size() - 3].find("Monthly total"), std::string::npos) << r.out;
    EXPECT_NE(rows[rows.size() - 3].find("310.99"), std::string::npos) << r.out;
    EXPECT_NE(rows.back().find("Effective monthly"), std::string::npos) << r.out;
}

TEST(CostCommand, CsvHasOneRowPerLine)
{
    CliResult r = runAzimuth({"cost", kWebTier, "--format", "csv"});
    ASSERT_EQ(r.status, 0) << r.err;
    auto rows = lines(r.out);
    ASSERT_EQ(rows.size(), 5u) << r.out;
    EXPECT_EQ(rows[0], "id,kind,name,item,quantity,unit,rate,monthly");
    EXPECT_EQ(rows[1],
              "web,auto-scaling-group,Web servers,\"m5.large On-Demand, 4 instances\",2920,"
              "instance-hours,0.096,280.32");
    EXPECT_EQ(rows[4], "alb,load-balancer,,2 LCU,1460,LCU-hours,0.008,11.68");
}

TEST(CostCommand, CsvNeutralisesFormulasAndQuotesCells)
{
    std::string dir = scratchDir();
    writeFile(dir + "/evil.azimuth", R"json({"format":"azimuth","version":1,"components":[
        {"id":"r","kind":"region"},
        {"id":"a","kind":"sqs-queue","parent":"r","name":"=HYPERLINK(\"http://x\",\"y\")"},
        {"id":"b","kind":"sqs-queue","parent":"r","name":"+1"},
        {"id":"c","kind":"sqs-queue","parent":"r","name":"-2, \"minus\""},
        {"id":"d","kind":"sqs-queue","parent":"r","name":"@SUM(A1)"},
        {"id":"e","kind":"sqs-queue","parent":"r","name":"\tTab"},
        {"id":"f","kind":"sqs-queue","parent":"r","name":"line\nbreak"}]})json");
    CliResult r = runAzimuth({"cost", dir + "/evil.azimuth", "--format", "csv"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_NE(
        r.out.find("a,sqs-queue,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",Standard requests"),
        std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find("b,sqs-queue,'+1,"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("c,sqs-queue,\"'-2, \"\"minus\"\"\","), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("d,sqs-queue,'@SUM(A1),"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("e,sqs-queue,'\tTab,"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("f,sqs-queue,\"line\nbreak\","), std::string::npos) << r.out;
    // No cell anywhere starts with a formula character.
    for (const char* bad : {",=", ",+", ",-", ",@"})
        EXPECT_EQ(r.out.find(bad), std::string::npos) << bad;
}

TEST(CostCommand, BudgetExitStatus)
{
    CliResult over = runAzimuth({"cost", kWebTier, "--budget", "300"});
    EXPECT_EQ(over.status, 3);
    EXPECT_NE(over.err.find("310.99"), std::string::npos) << over.err;
    EXPECT_NE(over.out.find("Monthly total"), std::string::npos) << "the table is still printed";
    EXPECT_EQ(runAzimuth({"cost", kWebTier, "--budget", "310.99"}).status, 0);
    EXPECT_EQ(runAzimuth({"cost", kWebTier, "--budget=1000", "--format", "json"}).status, 0);
    CliResult bad = runAzimuth({"cost", kWebTier, "--budget", "lots"});
    EXPECT_EQ(bad.status, 2);
    EXPECT_NE(bad.err.find("--budget"), std::string::npos) << bad.err;
}

TEST(CostCommand, BadArgumentsAndFilesExit2)
{
    CliResult format = runAzimuth({"cost", kWebTier, "--format", "xml"});
    EXPECT_EQ(format.status, 2);
    EXPECT_NE(format.err.find("xml"), std::string::npos);
    EXPECT_EQ(runAzimuth({"cost"}).status, 2);
    CliResult missing = runAzimuth({"cost", "/nonexistent/x.azimuth"});
    EXPECT_EQ(missing.status, 2);
    EXPECT_NE(missing.err.find("/nonexistent/x.azimuth"), std::string::npos);
}

TEST(CostCommand, PricesReplaceTheBuiltinCatalog)
{
    CliResult r = runAzimuth({"cost", kWebTier, "--format", "json", "--prices",
                              AZIMUTH_TEST_DATA "/cost/small-prices.json"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_NE(r.out.find("\"pricesAsOf\": \"2030-01-01\""), std::string::npos) << r.out;
    // That catalog has no m5.large: unknown, not 0, and the total is incomplete.
    EXPECT_NE(r.out.find("\"complete\": false"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("\"rate\": null, \"monthly\": null"), std::string::npos) << r.out;
    // ALB: 730 x 0.02 = 14.60 + 1460 x 0.01 = 14.60.
    EXPECT_NE(r.out.find("\"monthly\": 29.2, \"upfront\": 0.0"), std::string::npos) << r.out;
}

TEST(CostCommand, ABadPriceCatalogIsRefusedWithItsPosition)
{
    const std::string bad = AZIMUTH_TEST_DATA "/cost/bad-prices.json";
    CliResult r = runAzimuth({"cost", kWebTier, "--prices", bad});
    EXPECT_EQ(r.status, 2);
    EXPECT_EQ(r.err, bad + ":6:59: \"t3.micro.spot.rate\" must be a number\n");
    EXPECT_TRUE(r.out.empty());
}

// A private fleet in us-east-1b reaching users through the NAT gateway in us-east-1a,
// priced with the test's own catalog (networking.md, worked by hand):
//   egress 1,000 GB x 0.09 = 90.00 and the hop to the NAT gateway 1,000 x 0.02 = 20.00 on
//   the connection; the NAT gateway 730 h x 0.045 = 32.85 plus 1,000 GB x 0.045 = 45.00.
const std::string kPrivateWeb = AZIMUTH_TEST_DATA "/transfer/private-web.azimuth";
const std::string kTransferPrices = AZIMUTH_TEST_DATA "/transfer/prices.json";

TEST(CostCommand, JsonListsTheDataTransferOfConnections)
{
    CliResult r =
        runAzimuth({"cost", kPrivateWeb, "--format", "json", "--prices", kTransferPrices});
    // The fleet's instances have no price in this catalog: the bill is incomplete, not refused.
    ASSERT_EQ(r.status, 0) << r.err;
    const std::string connections =
        ",\n  \"connections\": [\n"
        "    { \"id\": \"out\", \"from\": \"web\", \"to\": \"u\",\n"
        "      \"monthly\": 110.0,\n"
        "      \"lines\": [ { \"item\": \"Internet egress, tier 1, Web servers to Users\", "
        "\"quantity\": 1000,\n"
        "                   \"unit\": \"GB\", \"rate\": 0.09, \"monthly\": 90.0 },\n"
        "                 { \"item\": \"Cross-AZ to a NAT gateway, Web servers to Users\", "
        "\"quantity\": 1000,\n"
        "                   \"unit\": \"GB\", \"rate\": 0.02, \"monthly\": 20.0 } ] } ] }\n";
    ASSERT_GE(r.out.size(), connections.size());
    EXPECT_EQ(r.out.substr(r.out.size() - connections.size()), connections) << r.out;
    EXPECT_NE(
        r.out.find("{ \"item\": \"NAT gateway\", \"quantity\": 730,\n"
                   "                   \"unit\": \"hours\", \"rate\": 0.045, \"monthly\": "
                   "32.85 },\n"
                   "                 { \"item\": \"Data processed\", \"quantity\": 1000,\n"
                   "                   \"unit\": \"GB\", \"rate\": 0.045, \"monthly\": 45.0 }"),
        std::string::npos)
        << r.out;
    // The design's monthly is its components' and its connections': 77.85 + 110.00.
    EXPECT_NE(r.out.find("\"monthly\": 187.85,"), std::string::npos) << r.out;
}

TEST(CostCommand, CsvAndTextListConnectionsAfterComponents)
{
    CliResult csv =
        runAzimuth({"cost", kPrivateWeb, "--format", "csv", "--prices", kTransferPrices});
    ASSERT_EQ(csv.status, 0) << csv.err;
    auto rows = lines(csv.out);
    ASSERT_GE(rows.size(), 3u);
    EXPECT_EQ(rows[rows.size() - 2],
              "out,connection,web to u,\"Internet egress, tier 1, Web servers to Users\",1000,GB,"
              "0.09,90.00");
    EXPECT_EQ(rows.back(), "out,connection,web to u,\"Cross-AZ to a NAT gateway, Web servers to "
                           "Users\",1000,GB,0.02,20.00");

    CliResult text = runAzimuth({"cost", kPrivateWeb, "--prices", kTransferPrices});
    ASSERT_EQ(text.status, 0) << text.err;
    const size_t nat = text.out.find("nat (nat-gateway) NAT");
    const size_t out = text.out.find("web -> u (connection out)");
    ASSERT_NE(nat, std::string::npos) << text.out;
    ASSERT_NE(out, std::string::npos) << text.out;
    EXPECT_LT(nat, out);
    EXPECT_LT(out, text.out.find("Monthly total"));
    EXPECT_NE(text.out.find("187.85+"), std::string::npos) << text.out;
}

} // namespace
