// A container service: ECS or EKS, on Fargate or EC2.

#include "model/cost/ComponentCoster.h"
#include "model/cost/LineWords.h"
#include "model/kinds/KindUnit.h"
#include "model/kinds/SummaryWords.h"

#include <algorithm>

namespace azimuth::model::kinds {

namespace {

using namespace costing;

std::string summary(const KindCatalog& catalog, const Component& c)
{
    const SummaryProps p{catalog, c};
    const std::string orch = p.s("orchestrator") == "eks" ? "EKS" : "ECS";
    const std::string launch = p.s("launchType") == "ec2" ? "EC2" : "Fargate";
    return orch + " · " + launch + " · " + figure(p.n("tasks")) + " tasks";
}

/// "fargate.arm64.vcpuHour", in the coster's reused path buffer.
std::string_view fargatePath(costing::ComponentCoster& k, std::string_view arch,
                             std::string_view fact)
{
    std::string& path = k.startPath();
    path += "fargate.";
    path += arch;
    path += fact;
    return path;
}

void cost(costing::ComponentCoster& k, costing::RegionTable& region)
{
    const double H = k.context().hours;
    if (k.text("launchType") == "fargate") {
        const std::string_view arch = k.text("architecture");
        double tasks = k.number("tasks"), vcpu = k.number("vcpu"), memory = k.number("memoryGb");
        std::string& item = k.startItem();
        item += "Fargate vCPU, ";
        appendPlural(item, tasks, "task", "tasks");
        item += " x ";
        appendNum(item, vcpu);
        item += " vCPU";
        k.line(item, tasks * vcpu * H, "vCPU-hours",
               region.price(fargatePath(k, arch, ".vcpuHour")));
        k.startItem();
        item += "Fargate memory, ";
        appendPlural(item, tasks, "task", "tasks");
        item += " x ";
        appendNum(item, memory);
        item += " GB";
        k.line(item, tasks * memory * H, "GB-hours", region.price(fargatePath(k, arch, ".gbHour")));
    }
    if (k.text("orchestrator") == "eks")
        k.line("EKS cluster", H, "cluster-hours", region.fact(kEksCluster));
}

} // namespace

extern const KindUnit ContainerService;
const KindUnit ContainerService{"container-service", summary, cost};

} // namespace azimuth::model::kinds
