#pragma once
// A design of about `components` components for timing the live analysis: Regions of
// two zones each holding web cells (load balancer, Auto Scaling group, fleet, database,
// queue, topic, function, table, bucket) wired like a real web tier.

#include <string>

namespace azimuth::paneltest {

inline std::string largeDesignJson(int components)
{
    std::string c, k;
    int n = 0, conn = 0;
    auto comp = [&](const std::string& text) {
        if (n++) c += ",\n";
        c += text;
    };
    auto link = [&](const std::string& from, const std::string& to) {
        if (conn++) k += ",\n";
        k += R"({"id":"c)" + std::to_string(conn) + R"(","from":")" + from + R"(","to":")" + to +
             R"("})";
    };
    const int cellsPerRegion = 50;
    int region = 0;
    for (int cell = 0; n < components; ++cell) {
        if (cell % cellsPerRegion == 0) {
            ++region;
            const std::string r = "r" + std::to_string(region);
            comp(R"({"id":")" + r + R"(","kind":"region","props":{"code":"us-east-1"}})");
            comp(R"({"id":")" + r + R"(a","kind":"availability-zone","parent":")" + r + R"("})");
            comp(R"({"id":")" + r + R"(b","kind":"availability-zone","parent":")" + r + R"("})");
        }
        const std::string r = "r" + std::to_string(region);
        const std::string p = "x" + std::to_string(cell) + "-";
        const std::string zones = R"("zones":[")" + r + R"(a",")" + r + R"(b"])";
        comp(R"({"id":")" + p + R"(alb","kind":"load-balancer","parent":")" + r +
             R"(","props":{"type":"application",)" + zones + R"(,"lcu":2}})");
        comp(R"({"id":")" + p + R"(web","kind":"auto-scaling-group","parent":")" + r +
             R"(","props":{)" + zones +
             R"(,"min":2,"desired":3,"max":6,"instanceType":"m5.large"}})");
        comp(R"({"id":")" + p + R"(bat","kind":"ec2-fleet","parent":")" + r +
             R"(a","props":{"instanceType":"c5.large","count":2}})");
        comp(R"({"id":")" + p + R"(db","kind":"rds-database","parent":")" + r +
             R"(","props":{"engine":"mysql","instanceClass":"db.t3.small","multiAz":)" +
             (cell % 3 ? "true" : "false") + R"(}})");
        comp(R"({"id":")" + p + R"(q","kind":"sqs-queue","parent":")" + r + R"("})");
        comp(R"({"id":")" + p + R"(t","kind":"sns-topic","parent":")" + r + R"("})");
        comp(R"({"id":")" + p + R"(fn","kind":"lambda-function","parent":")" + r + R"("})");
        comp(R"({"id":")" + p + R"(tbl","kind":"dynamodb-table","parent":")" + r + R"("})");
        comp(R"({"id":")" + p + R"(s3","kind":"s3-bucket","parent":")" + r + R"("})");
        comp(R"({"id":")" + p + R"(u","kind":"users"})");
        link(p + "u", p + "alb");
        link(p + "alb", p + "web");
        link(p + "web", p + "db");
        link(p + "web", p + "t");
        link(p + "t", p + "q");
        link(p + "q", p + "fn");
        link(p + "fn", p + "tbl");
        link(p + "fn", p + "s3");
    }
    return R"({"format":"azimuth","version":1,"components":[)" + c + "],\n\"connections\":[" + k +
           "]}";
}

} // namespace azimuth::paneltest
