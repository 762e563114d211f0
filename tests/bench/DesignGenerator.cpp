#include "DesignGenerator.h"

#include <array>
#include <string>
#include <vector>

namespace azimuth::bench {

namespace {

using model::Component;
using model::ComponentId;
using model::Json;

/// Builds one region block after another, remembering each block's resources so
/// connections stay inside a region, as they mostly do in real designs.
class Generator
{
  public:
    explicit Generator(const GeneratorOptions& options) : m_options(options) {}

    model::Design run()
    {
        const int target = m_options.components;
        m_design.reserve(
            static_cast<size_t>(target),
            static_cast<size_t>(m_options.connections < 0 ? target : m_options.connections));
        for (int block = 0; count() < target; ++block)
            addBlock(block, target);
        connect(m_options.connections < 0 ? target : m_options.connections);
        return std::move(m_design);
    }

  private:
    int count() const { return static_cast<int>(m_design.components().size()); }

    bool add(const std::string& id, const std::string& kind, const std::string& parent, Json props,
             model::Geometry g, int target)
    {
        if (count() >= target) return false;
        Component c;
        c.id = ComponentId(id);
        c.kind = kind;
        c.parent = ComponentId(parent);
        c.name = kind + " " + id;
        c.props = std::move(props);
        c.geometry = g;
        m_design.insertComponent(std::move(c));
        if (kind != "region" && kind != "availability-zone")
            m_resources.back().push_back(ComponentId(id));
        return true;
    }

    static Json obj(std::initializer_list<std::pair<const char*, Json>> members)
    {
        Json o = Json::object();
        for (const auto& [k, v] : members)
            o.set(k, v);
        return o;
    }

    static Json zones(const std::vector<std::string>& ids)
    {
        Json a = Json::array();
        for (const auto& id : ids)
            a.asArray().push_back(Json(id));
        return a;
    }

    void addBlock(int block, int target)
    {
        static const std::array<const char*, 3> kRegions = {"us-east-1", "eu-west-1",
                                                            "ap-southeast-1"};
        static const std::array<const char*, 3> kTypes = {"m5.large", "t3.micro", "c5.large"};
        static const std::array<const char*, 4> kPricing = {"on-demand", "reserved-standard-1y",
                                                            "spot", "savings-plan-compute-3y"};
        m_resources.emplace_back();
        const std::string b = "b" + std::to_string(block) + "-";
        const std::string region = b + "region";
        if (!add(region, "region", "", obj({{"code", kRegions[block % 3]}}),
                 {0, block * 1000.0, 3000, 900}, target))
            return;
        std::vector<std::string> az;
        for (int z = 0; z < 3; ++z) {
            az.push_back(b + "az" + std::to_string(z));
            if (!add(az.back(), "availability-zone", region, Json::object(),
                     {20 + z * 900.0, 60, 860, 500}, target))
                return;
        }
        int n = 0;
        auto at = [&]() {
            ++n;
            return model::Geometry{20.0 + (n % 8) * 100, 20.0 + (n / 8) * 90, 80, 60};
        };
        auto id = [&](const char* stem, int i) { return b + stem + std::to_string(i); };
        if (m_options.users &&
            !add(b + "users", "users", "", Json::object(), {3100, block * 1000.0, 80, 60}, target))
            return;
        for (int z = 0; z < 3; ++z)
            for (int i = 0; i < 3; ++i)
                if (!add(id("fleet", z * 3 + i), "ec2-fleet", az[z],
                         obj({{"instanceType", kTypes[i]},
                              {"count", 2 + i},
                              {"pricing", kPricing[(z + i) % 4]},
                              {"payment", i == 1 ? "partial-upfront" : "no-upfront"},
                              {"utilizationPercent", 100 - 25 * (i % 2)}}),
                         at(), target))
                    return;
        for (int i = 0; i < 3; ++i)
            if (!add(id("asg", i), "auto-scaling-group", region,
                     obj({{"zones", zones({az[0], az[1 + i % 2]})},
                          {"min", 2},
                          {"desired", 4},
                          {"max", 8},
                          {"instanceType", kTypes[i]},
                          {"pricing", kPricing[i]}}),
                     {20, 600, 1760, 120}, target) ||
                !add(id("lb", i), "load-balancer", region,
                     obj({{"type", i == 2 ? "network" : "application"},
                          {"zones", zones({az[0], az[1]})},
                          {"lcu", 1 + i}}),
                     {20, 740, 1760, 60}, target))
                return;
        for (int i = 0; i < 4; ++i)
            if (!add(id("fn", i), "lambda-function", region,
                     obj({{"memoryMb", 128 << i},
                          {"invocationsPerMonth", 1000000.0 * (i + 1)},
                          {"architecture", i % 2 ? "arm64" : "x86_64"}}),
                     at(), target))
                return;
        for (int i = 0; i < 3; ++i)
            if (!add(id("queue", i), "sqs-queue", region,
                     obj({{"type", i == 2 ? "fifo" : "standard"}}), at(), target) ||
                !add(id("topic", i), "sns-topic", region, Json::object(), at(), target) ||
                !add(id("db", i), "rds-database", region,
                     obj({{"multiAz", i == 0}, {"zones", zones({az[0], az[1]})}}), at(), target))
                return;
        for (int i = 0; i < 2; ++i)
            if (!add(id("bucket", i), "s3-bucket", region, Json::object(), at(), target) ||
                !add(id("table", i), "dynamodb-table", region, Json::object(), at(), target) ||
                !add(id("svc", i), "container-service", region,
                     obj({{"orchestrator", i ? "eks" : "ecs"}, {"zones", zones(az)}}), at(),
                     target) ||
                !add(id("vps", i), "lightsail-instance", region,
                     obj({{"bundle", i ? "small" : "micro"}}), at(), target))
                return;
    }

    void connect(int wanted)
    {
        std::vector<const std::vector<ComponentId>*> blocks;
        for (const auto& r : m_resources)
            if (r.size() >= 2) blocks.push_back(&r);
        if (blocks.empty()) return;
        for (int j = 0; j < wanted; ++j) {
            const auto& res = *blocks[static_cast<size_t>(j) % blocks.size()];
            size_t k = static_cast<size_t>(j) / blocks.size();
            size_t from = k % res.size();
            size_t to = (from + 1 + k / res.size() + static_cast<size_t>(j) % 5) % res.size();
            if (to == from) to = (to + 1) % res.size();
            model::Connection c;
            c.id = model::ConnectionId("c" + std::to_string(j + 1));
            c.from = res[from];
            c.to = res[to];
            m_design.insertConnection(std::move(c));
        }
    }

    GeneratorOptions m_options;
    model::Design m_design;
    std::vector<std::vector<ComponentId>> m_resources;
};

} // namespace

model::Design generateDesign(const GeneratorOptions& options)
{
    return Generator(options).run();
}

} // namespace azimuth::bench
