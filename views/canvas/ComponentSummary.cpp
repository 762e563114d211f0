#include "ComponentSummary.h"

#include "model/core/Json.h"

#include <cmath>

namespace azimuth::views {

namespace {

std::string num(double v)
{
    return model::formatJsonNumber(std::round(v * 100) / 100);
}

/// 1000000 -> "1M", 2500 -> "2.5k".
std::string compact(double v)
{
    if (v >= 1e9) return num(v / 1e9) + "B";
    if (v >= 1e6) return num(v / 1e6) + "M";
    if (v >= 1e3) return num(v / 1e3) + "k";
    return num(v);
}

std::string capitalized(std::string s)
{
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
}

} // namespace

std::string pricingLabel(const std::string& pricing)
{
    if (pricing == "on-demand") return "On-Demand";
    if (pricing == "spot") return "Spot";
    if (pricing == "dedicated-host") return "Dedicated Host";
    std::string out;
    std::string word;
    auto flush = [&] {
        if (word.empty()) return;
        if (!out.empty()) out += ' ';
        if (word == "ec2")
            out += "EC2";
        else if (word == "reserved")
            out += "RI";
        else if (word == "savings")
            out += "Savings";
        else if (word == "plan")
            out += "Plan";
        else
            out += word == "standard" || word == "convertible" ? capitalized(word) : word;
        word.clear();
    };
    for (char ch : pricing) {
        if (ch == '-')
            flush();
        else
            word += ch;
    }
    flush();
    return out;
}

std::string componentSummary(const model::Design& design, const model::KindCatalog& catalog,
                             const model::Component& c)
{
    auto n = [&](const char* p) { return catalog.number(c, p).value_or(0); };
    auto s = [&](const char* p) { return catalog.string(c, p).value_or(""); };
    auto zoneCount = [&] {
        size_t k = catalog.idList(c, "zones").size();
        return std::to_string(k) + (k == 1 ? " zone" : " zones");
    };
    const std::string& kind = c.kind;
    if (kind == "region") return s("code");
    if (kind == "availability-zone") return "";
    if (kind == "wavelength-zone") return s("carrier");
    if (kind == "elastic-beanstalk-environment") return capitalized(s("platform"));
    if (kind == "users") return s("source");
    if (kind == "ec2-fleet")
        return num(n("count")) + " × " + s("instanceType") + " · " + pricingLabel(s("pricing"));
    if (kind == "auto-scaling-group")
        return "min " + num(n("min")) + " · desired " + num(n("desired")) + " · max " +
               num(n("max")) + " · " + s("instanceType") + " · " + pricingLabel(s("pricing"));
    if (kind == "load-balancer")
        return capitalized(s("type")) + " · " + zoneCount() + " · " + num(n("lcu")) + " LCU";
    if (kind == "lambda-function")
        return num(n("memoryMb")) + " MB · " + num(n("avgDurationMs")) + " ms · " +
               compact(n("invocationsPerMonth")) + " calls";
    if (kind == "sqs-queue")
        return (s("type") == "fifo" ? "FIFO" : "Standard") + std::string(" · ") +
               compact(n("requestsPerMonth")) + " req";
    if (kind == "sns-topic") return compact(n("publishesPerMonth")) + " publishes";
    if (kind == "container-service") {
        std::string orch = s("orchestrator") == "eks" ? "EKS" : "ECS";
        std::string launch = s("launchType") == "ec2" ? "EC2" : "Fargate";
        return orch + " · " + launch + " · " + num(n("tasks")) + " tasks";
    }
    if (kind == "lightsail-instance") return s("bundle");
    if (kind == "rds-database")
        return s("instanceClass") + " · " +
               (catalog.boolean(c, "multiAz").value_or(false) ? "Multi-AZ" : "Single-AZ");
    if (kind == "s3-bucket") return num(n("storageGb")) + " GB";
    if (kind == "dynamodb-table")
        return compact(n("readRequestsPerMonth")) + " reads · " +
               compact(n("writeRequestsPerMonth")) + " writes";
    (void)design;
    return "";
}

} // namespace azimuth::views
