// A container service: ECS or EKS, on Fargate or EC2.

#include "model/cost/ComponentCoster.h"
#include "model/cost/LineWords.h"
#include "model/export/CloudFormationBuilder.h"
#include "model/import/ImportScope.h"
#include "model/kinds/KindUnit.h"
#include "model/kinds/SummaryWords.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace azimuth::model::kinds {

namespace {

using namespace costing;
using namespace cfn;

std::string summary(const KindCatalog& catalog, const Component& c)
{
    const SummaryProps p{catalog, c};
    const bool eks = p.s("orchestrator") == "eks";
    const bool ec2 = p.s("launchType") == "ec2";
    // EKS runs pods; on EC2 they run on the node groups' instances, which count themselves.
    if (eks && ec2) return "EKS · EC2 nodes";
    return std::string(eks ? "EKS" : "ECS") + " · " + (ec2 ? "EC2" : "Fargate") + " · " +
           figure(p.n("tasks")) + (eks ? " pods" : " tasks");
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

/// The smallest Fargate CPU/memory pair (in CPU units and MiB) that holds the request.
std::pair<int, int> fargateSize(double vcpu, double memoryGb)
{
    struct Size
    {
        int cpu, memLo, memHi, step;
    };
    static const Size sizes[] = {{256, 512, 2048, 512},       {512, 1024, 4096, 1024},
                                 {1024, 2048, 8192, 1024},    {2048, 4096, 16384, 1024},
                                 {4096, 8192, 30720, 1024},   {8192, 16384, 61440, 4096},
                                 {16384, 32768, 122880, 8192}};
    double cpuWanted = std::isfinite(vcpu) ? vcpu * 1024.0 : 256.0;
    double memWanted = std::isfinite(memoryGb) ? memoryGb * 1024.0 : 512.0;
    for (const Size& s : sizes) {
        if (s.cpu < cpuWanted || s.memHi < memWanted) continue;
        int mem = s.memLo;
        // 256 CPU units allow 512, 1024 and 2048 MiB; the rest go up in steps.
        while (mem < memWanted)
            mem = (s.cpu == 256 && mem == 512) ? 1024 : mem + s.step;
        return {s.cpu, std::min(mem, s.memHi)};
    }
    return {16384, 122880};
}

void cloudFormation(CloudFormationBuilder& b, const Component& c)
{
    bool eks = b.catalog().string(c, "orchestrator").value_or("ecs") == "eks";
    bool arm = b.catalog().string(c, "architecture").value_or("x86_64") == "arm64";
    if (eks) {
        std::string role = b.part(c, "Role");
        b.addResource(
            role, "AWS::IAM::Role",
            obj({{"AssumeRolePolicyDocument", assumedBy("eks.amazonaws.com")},
                 {"ManagedPolicyArns", arr({"arn:aws:iam::aws:policy/AmazonEKSClusterPolicy"})},
                 {"Tags", b.tags(c)}}));
        b.addResource(b.base(c), "AWS::EKS::Cluster",
                      obj({{"RoleArn", getAtt(role, "Arn")},
                           {"ResourcesVpcConfig", obj({{"SubnetIds", b.subnets(c)}})},
                           {"Tags", b.tags(c)}}));
        if (b.catalog().string(c, "launchType").value_or("fargate") == "ec2") return;
        // Pods run on Fargate through a profile (on EC2 they run on the node groups, which
        // are Auto Scaling groups of their own).
        std::string podRole = b.part(c, "PodRole");
        b.addResource(
            podRole, "AWS::IAM::Role",
            obj({{"AssumeRolePolicyDocument", assumedBy("eks-fargate-pods.amazonaws.com")},
                 {"ManagedPolicyArns",
                  arr({"arn:aws:iam::aws:policy/AmazonEKSFargatePodExecutionRolePolicy"})},
                 {"Tags", b.tags(c)}}));
        b.addResource(b.part(c, "FargateProfile"), "AWS::EKS::FargateProfile",
                      obj({{"ClusterName", cfnRef(b.base(c))},
                           {"PodExecutionRoleArn", getAtt(podRole, "Arn")},
                           {"Selectors", arr({obj({{"Namespace", "default"}})})},
                           {"Subnets", b.subnets(c)},
                           {"Tags", b.tags(c)}}));
        return;
    }
    bool fargate = b.catalog().string(c, "launchType").value_or("fargate") != "ec2";
    auto [cpu, memory] = fargateSize(b.catalog().number(c, "vcpu").value_or(0.25),
                                     b.catalog().number(c, "memoryGb").value_or(0.5));
    // A service connected to an ECR repository runs an image from it, pulled with a task
    // execution role; otherwise the image is a parameter.
    const Component* repository = nullptr;
    for (const Connection* conn : b.design().outgoing(c.id)) {
        const Component* to = b.design().component(conn->to);
        if (to && to->kind == "ecr-repository" && b.included(*to)) {
            repository = to;
            break;
        }
    }
    Json imageRef;
    std::string executionRole;
    if (repository) {
        std::string tag = b.part(c, "ImageTag");
        Json tagParam =
            param("String", "The image tag in \"" + repository->displayName() + "\" that \"" +
                                c.displayName() + "\" (" + c.id.value + ") runs");
        tagParam.set("Default", "latest");
        b.addParameter(tag, std::move(tagParam));
        imageRef = obj(
            {{"Fn::Join",
              arr({"", arr({getAtt(b.base(*repository), "RepositoryUri"), ":", cfnRef(tag)})})}});
        executionRole = b.part(c, "ExecutionRole");
        b.addResource(
            executionRole, "AWS::IAM::Role",
            obj({{"AssumeRolePolicyDocument", assumedBy("ecs-tasks.amazonaws.com")},
                 {"ManagedPolicyArns",
                  arr({"arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"})},
                 {"Tags", b.tags(c)}}));
    } else {
        std::string image = b.part(c, "Image");
        Json imageParam = param("String", "The container image of \"" + c.displayName() + "\" (" +
                                              c.id.value + ")");
        imageParam.set("Default", "public.ecr.aws/nginx/nginx:stable");
        b.addParameter(image, std::move(imageParam));
        imageRef = cfnRef(image);
    }

    std::string cluster = b.base(c);
    std::string task = b.part(c, "TaskDefinition");
    std::string service = b.part(c, "Service");
    b.addResource(cluster, "AWS::ECS::Cluster", obj({{"Tags", b.tags(c)}}));
    Json taskProps = obj(
        {{"RequiresCompatibilities", arr({fargate ? "FARGATE" : "EC2"})},
         {"NetworkMode", "awsvpc"},
         {"Cpu", Json(std::to_string(cpu))},
         {"Memory", Json(std::to_string(memory))},
         {"RuntimePlatform",
          obj({{"CpuArchitecture", arm ? "ARM64" : "X86_64"}, {"OperatingSystemFamily", "LINUX"}})},
         {"ContainerDefinitions",
          arr({obj(
              {{"Name", "app"},
               {"Image", imageRef},
               {"Essential", true},
               {"PortMappings", arr({obj({{"ContainerPort", 80}, {"Protocol", "tcp"}})})}})})}});
    if (!executionRole.empty()) taskProps.set("ExecutionRoleArn", getAtt(executionRole, "Arn"));
    taskProps.set("Tags", b.tags(c));
    b.addResource(task, "AWS::ECS::TaskDefinition", std::move(taskProps));
    Json props = obj({{"Cluster", cfnRef(cluster)},
                      {"TaskDefinition", cfnRef(task)},
                      {"DesiredCount", Json(whole(b.catalog().number(c, "tasks"), 2, 0, 100000))},
                      {"LaunchType", fargate ? "FARGATE" : "EC2"},
                      {"NetworkConfiguration",
                       obj({{"AwsvpcConfiguration", obj({{"Subnets", b.subnets(c)}})}})}});
    // Load balancers that send to it hand it their target groups.
    if (const Json* lbs = b.handedIfAny(c, "LoadBalancers")) props.set("LoadBalancers", *lbs);
    props.set("Tags", b.tags(c));
    const Json& dependsOn = b.handed(c, "DependsOn");
    if (dependsOn.asArray().empty())
        b.addResource(service, "AWS::ECS::Service", std::move(props));
    else
        b.addResource(service, "AWS::ECS::Service", std::move(props), {{"DependsOn", dependsOn}});
}

/// An ECS service's tasks are registered by IP address; an EKS cluster's are not ours to
/// register.
std::string_view targetType(const KindCatalog& catalog, const Component& c)
{
    return catalog.string(c, "orchestrator").value_or("ecs") == "ecs" ? "ip" : "";
}

void registerTarget(CloudFormationBuilder& b, const Component& c, LoadBalancerLink& link)
{
    b.handed(c, "LoadBalancers")
        .asArray()
        .push_back(obj({{"ContainerName", "app"},
                        {"ContainerPort", 80},
                        {"TargetGroupArn", cfnRef(link.targetGroup)}}));
    // The service can only join a target group that a listener uses.
    b.handed(c, "DependsOn").asArray().push_back(Json(b.part(link.loadBalancer, "Listener")));
}

// The CloudFormation import (docs/import.md).
constexpr std::string_view kImportTypes[] = {"AWS::ECS::Service", "AWS::EKS::Cluster"};
constexpr std::string_view kImportFolds[] = {
    "AWS::ECS::Cluster",          "AWS::ECS::TaskDefinition",
    "AWS::ECS::CapacityProvider", "AWS::ECS::ClusterCapacityProviderAssociations",
    "AWS::EKS::FargateProfile",   "AWS::EKS::Addon"};

/// An ECS service's task size from its task definition (CPU units and MiB).
void readTaskDefinition(ImportScope& scope, const TemplateResource& r, Component& c)
{
    const Json* ref = ImportScope::at(r, "TaskDefinition");
    const TemplateResource* task = ref ? scope.referenced(*ref) : nullptr;
    if (!task) return;
    // CPU units and MiB as vCPU and GB; each keeps its place in the template, so the
    // report can name the parameter it came from.
    const auto scaled = [&](const char* key, const char* prop) {
        const Json* raw = ImportScope::at(*task, key);
        if (auto n = ImportScope::number(raw)) {
            Json v(*n / 1024);
            v.setPos(raw->pos());
            scope.setProp(c, r, prop, &v);
        }
    };
    scaled("Cpu", "vcpu");
    scaled("Memory", "memoryGb");
    if (const Json* arch = ImportScope::at(*task, "RuntimePlatform.CpuArchitecture");
        arch && arch->isString()) {
        Json v(arch->asString() == "ARM64" ? "arm64" : "x86_64");
        scope.setProp(c, r, "architecture", &v);
    }
}

void importRead(ImportScope& scope, const TemplateResource& r, Component& c)
{
    if (r.type == "AWS::EKS::Cluster") {
        c.props.set("orchestrator", Json("eks"));
        // Pods run on Fargate only through a Fargate profile; without one they run on
        // instances (node groups, their own Auto Scaling groups, or self-managed nodes).
        if (scope.referrers(r.id, "AWS::EKS::FargateProfile").empty())
            c.props.set("launchType", Json("ec2"));
        scope.placeInSubnets(c, r, ImportScope::at(r, "ResourcesVpcConfig.SubnetIds"));
        return;
    }
    if (const Json* launch = ImportScope::at(r, "LaunchType"); launch && launch->isString()) {
        Json value(launch->asString() == "EC2" ? "ec2" : "fargate");
        scope.setProp(c, r, "launchType", &value);
    }
    scope.setProp(c, r, "tasks", ImportScope::at(r, "DesiredCount"));
    readTaskDefinition(scope, r, c);
    scope.placeInSubnets(c, r,
                         ImportScope::at(r, "NetworkConfiguration.AwsvpcConfiguration.Subnets"));
}

/// An ECS service's containers pull their images from the repositories they name and
/// reach what their environment names (a queue, topic, table or bucket: the kinds a task's
/// code can reach). An EKS cluster and its node groups are not connected: the control
/// plane's traffic to its nodes is not the application's.
void importConnect(ImportScope& scope, const TemplateResource& r)
{
    const Component* service = scope.componentOf(r.id);
    if (!service || r.type != "AWS::ECS::Service") return;
    const Json* ref = ImportScope::at(r, "TaskDefinition");
    const TemplateResource* task = ref ? scope.referenced(*ref) : nullptr;
    const Json* containers = task ? ImportScope::at(*task, "ContainerDefinitions") : nullptr;
    if (!containers || !containers->isArray()) return;
    for (const Json& container : containers->asArray()) {
        if (!container.isObject()) continue;
        if (const Json* image = container.find("Image"))
            if (const Component* from = scope.componentWithin(*image))
                scope.connect(service->id, from->id);
        const Json* environment = container.find("Environment");
        if (!environment || !environment->isArray()) continue;
        for (const Json& variable : environment->asArray()) {
            const Json* value = variable.isObject() ? variable.find("Value") : nullptr;
            const Component* target = value ? scope.componentReferredBy(*value) : nullptr;
            const KindUnit* unit = target ? kindUnit(target->kind) : nullptr;
            if (unit && unit->cloudFormation.access) scope.connect(service->id, target->id);
        }
    }
}

} // namespace

extern const KindUnit ContainerService;
const KindUnit ContainerService{
    "container-service",
    summary,
    cost,
    {.write = cloudFormation, .targetType = targetType, .registerTarget = registerTarget},
    {.types = kImportTypes, .folds = kImportFolds, .read = importRead, .connect = importConnect}};

} // namespace azimuth::model::kinds
