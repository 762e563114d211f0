#include "CloudFormationTemplate.h"

#include "CloudFormationLogicalIds.h"
#include "CloudFormationYaml.h"
#include "model/catalog/DesignQueries.h"
#include "model/core/Utf8.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <initializer_list>
#include <map>
#include <set>
#include <utility>
#include <vector>

namespace azimuth::model {

namespace {

using Members = std::initializer_list<std::pair<std::string_view, Json>>;

Json obj(Members members)
{
    Json o = Json::object();
    for (const auto& [key, value] : members)
        o.set(key, value);
    return o;
}

Json arr(std::initializer_list<Json> items)
{
    return Json(Json::Array(items));
}

Json cfnRef(const std::string& id)
{
    return obj({{"Ref", Json(id)}});
}

Json getAtt(const std::string& id, const std::string& attribute)
{
    return obj({{"Fn::GetAtt", arr({Json(id), Json(attribute)})}});
}

/// User text as a CloudFormation string. CloudFormation resolves `{{resolve:...}}`
/// dynamic references in any string, so a name that happens to contain one gets a
/// zero-width space between the braces: it reads the same and resolves nothing.
/// The same goes for `${...}` outside Fn::Sub, which cfn-lint reports as an error
/// (E1029) though CloudFormation keeps it as text.
std::string userText(std::string_view text)
{
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
        out += text[i];
        if ((text[i] == '{' && text.substr(i + 1).starts_with("{resolve:")) ||
            (text[i] == '$' && text.substr(i + 1).starts_with("{")))
            out += "\xE2\x80\x8B"; // U+200B
    }
    return out;
}

/// Resource types whose tag values must match [\p{L}\p{Z}\p{N}_.:/=+\-@]* (their
/// CloudFormation schemas say so; cfn-lint E3031).
const std::set<std::string> kRestrictedTagTypes = {"AWS::ElasticLoadBalancingV2::LoadBalancer",
                                                   "AWS::ElasticLoadBalancingV2::TargetGroup",
                                                   "AWS::IAM::Role",
                                                   "AWS::ECS::Cluster",
                                                   "AWS::ECS::TaskDefinition",
                                                   "AWS::ECS::Service"};

/// Whether a code point is surely a letter, number or space (\p{L}, \p{N}, \p{Z}) among
/// the scripts names are usually written in; anything else is replaced in restricted
/// tag values.
bool isLetterNumberOrSpace(char32_t cp)
{
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') ||
               cp == ' ';
    if (cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 ||
        cp == 0x3000)
        return true;
    if (cp >= 0xC0 && cp <= 0x24F) return cp != 0xD7 && cp != 0xF7;
    return (cp >= 0x386 && cp <= 0x3FF && cp != 0x387) || (cp >= 0x400 && cp <= 0x481) ||
           (cp >= 0x48A && cp <= 0x52F) || (cp >= 0x5D0 && cp <= 0x5EA) ||
           (cp >= 0x620 && cp <= 0x64A) || (cp >= 0x3041 && cp <= 0x3096) ||
           (cp >= 0x30A1 && cp <= 0x30FA) || (cp >= 0x3400 && cp <= 0x4DBF) ||
           (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7A3);
}

/// A tag value for a restricted type: characters outside the allowed set become '_'.
std::string restrictedTagValue(std::string_view text)
{
    std::string out;
    for (size_t i = 0; i < text.size();) {
        auto c = static_cast<unsigned char>(text[i]);
        size_t len = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        len = std::min(len, text.size() - i);
        char32_t cp = len == 1 ? c : static_cast<char32_t>(c & (0x7F >> len));
        for (size_t k = 1; k < len; ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
        bool allowed = isLetterNumberOrSpace(cp) ||
                       (cp < 0x80 && std::string_view("_.:/=+-@").find(static_cast<char>(cp)) !=
                                         std::string_view::npos);
        if (allowed)
            out.append(text.substr(i, len));
        else
            out += '_';
        i += len;
    }
    return out;
}

Json param(const char* type, const std::string& description)
{
    return obj({{"Type", type}, {"Description", Json(userText(description))}});
}

/// A whole, non-negative count from a prop value (the rules engine reports bad values;
/// the template still has to be one CloudFormation accepts).
long long whole(std::optional<double> value, long long fallback, long long lo, long long hi)
{
    double v = value.value_or(static_cast<double>(fallback));
    if (!std::isfinite(v)) v = static_cast<double>(fallback);
    auto n = static_cast<long long>(std::llround(v));
    return std::clamp(n, lo, hi);
}

/// At most `limit` code points of UTF-8 text (CloudFormation limits tag values).
std::string truncateUtf8(const std::string& text, size_t limit)
{
    size_t points = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        if (startsCodePoint(text[i])) {
            if (points == limit) return text.substr(0, i);
            ++points;
        }
    }
    return text;
}

/// At most `limit` bytes of UTF-8 text, cut where a code point starts.
std::string truncateBytes(const std::string& text, size_t limit)
{
    if (text.size() <= limit) return text;
    size_t end = limit;
    while (end > 0 && !startsCodePoint(text[end]))
        --end;
    return text.substr(0, end);
}

/// Graviton instance types (t4g, m7g, c6gn, ...) need an arm64 image.
bool isArmInstanceType(const std::string& type)
{
    size_t i = 0;
    while (i < type.size() && std::isalpha(static_cast<unsigned char>(type[i])))
        ++i;
    if (i == 0 || i == type.size() || !std::isdigit(static_cast<unsigned char>(type[i])))
        return false;
    while (i < type.size() && std::isdigit(static_cast<unsigned char>(type[i])))
        ++i;
    return i < type.size() && type[i] == 'g';
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

constexpr const char* kAmiParam = "LatestAmiId";
constexpr const char* kArmAmiParam = "LatestArmAmiId";
constexpr const char* kCodeBucketParam = "LambdaCodeBucket";
constexpr const char* kDbUserParam = "DatabaseMasterUsername";

class TemplateBuilder
{
  public:
    TemplateBuilder(const Design& design, const KindCatalog& catalog,
                    const CloudFormationOptions& options)
        : m_design(design), m_catalog(catalog), m_options(options)
    {
    }

    Json build();

  private:
    struct LoadBalancerWiring
    {
        std::string targetType = "instance";
        Json targets = Json::array();
        std::vector<std::string> dependsOn;
    };

    bool included(const Component& c) const;
    std::string base(const Component& c)
    {
        return m_ids.named(c.id.value, "", logicalIdStem(c.id.value));
    }
    std::string part(const Component& c, const std::string& role)
    {
        return m_ids.named(c.id.value, role, base(c) + role);
    }
    std::string fixedParam(const char* name) { return m_ids.named("", name, name); }
    Json tags(const Component& c, bool propagateAtLaunch = false) const;
    Json tagSpecification(const char* resourceType, const Component& c) const;
    Json zoneSubnet(const Component& zone);
    Json subnets(const Component& c);
    Json firstSubnet(const Component& c);
    Json vpc(const Component& c);
    Json image(const std::string& instanceType);
    const Component* regionFor(const Component& c) const
    {
        return regionOf(m_design, m_catalog, c);
    }
    std::string regionOwner(const Component& c) const
    {
        const Component* r = regionFor(c);
        return r ? r->id.value : std::string();
    }

    void addParameter(const std::string& name, Json definition);
    void addResource(const std::string& name, const char* type, Json properties,
                     Members attributes = {});

    void wireLoadBalancers();
    void wireLambdas();

    void emitEc2Fleet(const Component& c);
    void emitAutoScalingGroup(const Component& c);
    void emitLoadBalancer(const Component& c);
    void emitLambda(const Component& c);
    void emitQueue(const Component& c);
    void emitTopic(const Component& c);
    void emitContainerService(const Component& c);
    void emitLightsail(const Component& c);
    void emitDatabase(const Component& c);
    void emitBucket(const Component& c);
    void emitTable(const Component& c);
    void emitConnections();
    /// Restricted tag values lose characters; the exact name goes into Metadata.
    void keepExactNames();
    Json metadata() const;

    const Design& m_design;
    const KindCatalog& m_catalog;
    const CloudFormationOptions& m_options;
    CloudFormationLogicalIds m_ids;
    Json m_parameters = Json::object();
    Json m_resources = Json::object();
    std::map<std::string, LoadBalancerWiring> m_lbWiring; // by load balancer id
    std::map<std::string, Json> m_groupTargetGroups;      // by auto-scaling group id
    std::map<std::string, Json> m_groupClassicNames;      // by auto-scaling group id
    std::map<std::string, Json> m_serviceLoadBalancers;   // by container-service id
    std::map<std::string, std::vector<std::string>> m_serviceDependsOn;
    std::map<std::string, Json> m_lambdaEnvironment; // by lambda id
    std::map<std::string, Json> m_lambdaStatements;  // by lambda id
    std::set<std::string> m_lambdaReadsQueues;
};

bool TemplateBuilder::included(const Component& c) const
{
    if (!m_options.region) return true;
    const Component* r = regionOf(m_design, m_catalog, c);
    if (!r) return false;
    return r->id.value == *m_options.region ||
           m_catalog.string(*r, "code").value_or("us-east-1") == *m_options.region;
}

Json TemplateBuilder::tags(const Component& c, bool propagateAtLaunch) const
{
    Json name =
        obj({{"Key", "Name"}, {"Value", Json(truncateUtf8(userText(c.displayName()), 256))}});
    Json id = obj({{"Key", "azimuth:component"}, {"Value", Json(c.id.value)}});
    if (propagateAtLaunch) {
        name.set("PropagateAtLaunch", true);
        id.set("PropagateAtLaunch", true);
    }
    return arr({name, id});
}

Json TemplateBuilder::tagSpecification(const char* resourceType, const Component& c) const
{
    return obj({{"ResourceType", resourceType}, {"Tags", tags(c)}});
}

void TemplateBuilder::addParameter(const std::string& name, Json definition)
{
    if (!m_parameters.find(name)) m_parameters.set(name, std::move(definition));
}

void TemplateBuilder::addResource(const std::string& name, const char* type, Json properties,
                                  Members attributes)
{
    Json r = obj({{"Type", type}});
    for (const auto& [key, value] : attributes)
        r.set(key, value);
    r.set("Properties", std::move(properties));
    m_resources.set(name, std::move(r));
}

Json TemplateBuilder::zoneSubnet(const Component& zone)
{
    std::string name = m_ids.named(zone.id.value, "subnet", base(zone) + "SubnetId");
    std::string what = zone.kind == "wavelength-zone" ? "Wavelength Zone" : "Availability Zone";
    addParameter(name, param("AWS::EC2::Subnet::Id", "The subnet to use in the " + what + " \"" +
                                                         zone.displayName() + "\" (" +
                                                         zone.id.value + ")"));
    return cfnRef(name);
}

Json TemplateBuilder::subnets(const Component& c)
{
    std::vector<const Component*> zones;
    for (const auto& id : zonesOf(m_design, m_catalog, c)) {
        const Component* z = m_design.component(id);
        if (z && (z->kind == "availability-zone" || z->kind == "wavelength-zone"))
            zones.push_back(z);
    }
    if (zones.empty() && c.parent.value.size()) {
        const Component* parent = m_design.component(c.parent);
        if (parent && parent->kind == "wavelength-zone") zones.push_back(parent);
    }
    if (zones.empty()) {
        // A component drawn over no zone uses every AZ of its region.
        if (const Component* region = regionFor(c))
            for (const Component* child : m_design.children(region->id))
                if (child->kind == "availability-zone") zones.push_back(child);
    }
    if (zones.empty()) {
        std::string owner = regionOwner(c);
        const Component* region = regionFor(c);
        std::string name =
            m_ids.named(owner, "subnets", (region ? base(*region) : std::string()) + "SubnetIds");
        addParameter(name,
                     param("List<AWS::EC2::Subnet::Id>",
                           "Subnets (in at least two Availability Zones) for " +
                               std::string(region ? "the region \"" + region->displayName() + "\""
                                                  : "components outside any region")));
        return cfnRef(name);
    }
    Json list = Json::array();
    for (const Component* z : zones)
        list.asArray().push_back(zoneSubnet(*z));
    return list;
}

Json TemplateBuilder::firstSubnet(const Component& c)
{
    Json list = subnets(c);
    if (list.isArray()) return list.asArray().front();
    return obj({{"Fn::Select", arr({Json(0), list})}});
}

Json TemplateBuilder::vpc(const Component& c)
{
    const Component* region = regionFor(c);
    std::string name =
        m_ids.named(regionOwner(c), "vpc", (region ? base(*region) : std::string()) + "VpcId");
    addParameter(name, param("AWS::EC2::VPC::Id",
                             "The VPC of " +
                                 std::string(region ? "the region \"" + region->displayName() + "\""
                                                    : "components outside any region")));
    return cfnRef(name);
}

Json TemplateBuilder::image(const std::string& instanceType)
{
    bool arm = isArmInstanceType(instanceType);
    std::string name = fixedParam(arm ? kArmAmiParam : kAmiParam);
    Json p = obj({{"Type", "AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>"},
                  {"Description", arm ? "The machine image (AMI) of arm64 instances"
                                      : "The machine image (AMI) of x86_64 instances"},
                  {"Default",
                   arm ? "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-arm64"
                       : "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64"}});
    addParameter(name, std::move(p));
    return cfnRef(name);
}

void TemplateBuilder::wireLoadBalancers()
{
    for (const Component& lb : m_design.components()) {
        if (lb.kind != "load-balancer" || !included(lb)) continue;
        std::string type = m_catalog.string(lb, "type").value_or("application");
        std::vector<const Component*> targets;
        for (const Connection* conn : m_design.outgoing(lb.id)) {
            const Component* t = m_design.component(conn->to);
            if (t && included(*t)) targets.push_back(t);
        }
        auto isEcs = [&](const Component* t) {
            return t->kind == "container-service" &&
                   m_catalog.string(*t, "orchestrator").value_or("ecs") == "ecs";
        };
        LoadBalancerWiring& w = m_lbWiring[lb.id.value];
        bool anyInstance = std::any_of(targets.begin(), targets.end(), [](const Component* t) {
            return t->kind == "ec2-fleet" || t->kind == "auto-scaling-group";
        });
        bool anyIp = std::any_of(targets.begin(), targets.end(), isEcs);
        bool anyLambda = type == "application" &&
                         std::any_of(targets.begin(), targets.end(), [](const Component* t) {
                             return t->kind == "lambda-function";
                         });
        w.targetType = anyInstance ? "instance" : anyIp ? "ip" : anyLambda ? "lambda" : "instance";
        for (const Component* t : targets) {
            if (type == "classic") {
                if (t->kind == "ec2-fleet") {
                    long long n = whole(m_catalog.number(*t, "count"), 1, 0, 100000);
                    for (long long i = 0; i < n; ++i)
                        w.targets.asArray().push_back(cfnRef(
                            n == 1 ? base(*t) : part(*t, "Instance" + std::to_string(i + 1))));
                } else if (t->kind == "auto-scaling-group") {
                    auto& names = m_groupClassicNames[t->id.value];
                    if (names.isNull()) names = Json::array();
                    names.asArray().push_back(cfnRef(base(lb)));
                }
                continue;
            }
            std::string tg = part(lb, "TargetGroup");
            if (w.targetType == "instance" && t->kind == "ec2-fleet") {
                long long n = whole(m_catalog.number(*t, "count"), 1, 0, 100000);
                for (long long i = 0; i < n; ++i)
                    w.targets.asArray().push_back(obj(
                        {{"Id", cfnRef(n == 1 ? base(*t)
                                              : part(*t, "Instance" + std::to_string(i + 1)))}}));
            } else if (w.targetType == "instance" && t->kind == "auto-scaling-group") {
                auto& arns = m_groupTargetGroups[t->id.value];
                if (arns.isNull()) arns = Json::array();
                arns.asArray().push_back(cfnRef(tg));
            } else if (w.targetType == "ip" && isEcs(t)) {
                auto& lbs = m_serviceLoadBalancers[t->id.value];
                if (lbs.isNull()) lbs = Json::array();
                lbs.asArray().push_back(obj({{"ContainerName", "app"},
                                             {"ContainerPort", 80},
                                             {"TargetGroupArn", cfnRef(tg)}}));
                m_serviceDependsOn[t->id.value].push_back(part(lb, "Listener"));
            } else if (w.targetType == "lambda" && t->kind == "lambda-function") {
                std::string permission = m_ids.named(lb.id.value + ">" + t->id.value, "permission",
                                                     base(*t) + "InvokeBy" + base(lb));
                addResource(permission, "AWS::Lambda::Permission",
                            obj({{"Action", "lambda:InvokeFunction"},
                                 {"FunctionName", getAtt(base(*t), "Arn")},
                                 {"Principal", "elasticloadbalancing.amazonaws.com"}}));
                w.targets.asArray().push_back(obj({{"Id", getAtt(base(*t), "Arn")}}));
                w.dependsOn.push_back(permission);
            }
        }
    }
}

void TemplateBuilder::wireLambdas()
{
    for (const Connection& conn : m_design.connections()) {
        const Component* from = m_design.component(conn.from);
        const Component* to = m_design.component(conn.to);
        if (!from || !to || !included(*from) || !included(*to)) continue;
        if (to->kind == "lambda-function" && from->kind == "sqs-queue")
            m_lambdaReadsQueues.insert(to->id.value);
        if (from->kind != "lambda-function") continue;
        std::string target = base(*to);
        std::string upper;
        for (char ch : target)
            upper += static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
        Json& env = m_lambdaEnvironment[from->id.value];
        Json& statements = m_lambdaStatements[from->id.value];
        if (env.isNull()) env = Json::object();
        if (statements.isNull()) statements = Json::array();
        auto allow = [&](Json actions, Json resource) {
            statements.asArray().push_back(obj({{"Effect", "Allow"},
                                                {"Action", std::move(actions)},
                                                {"Resource", std::move(resource)}}));
        };
        if (to->kind == "sqs-queue") {
            env.set("QUEUE_" + upper + "_URL", cfnRef(target));
            allow(arr({"sqs:SendMessage"}), getAtt(target, "Arn"));
        } else if (to->kind == "sns-topic") {
            env.set("TOPIC_" + upper + "_ARN", cfnRef(target));
            allow(arr({"sns:Publish"}), cfnRef(target));
        } else if (to->kind == "dynamodb-table") {
            env.set("TABLE_" + upper + "_NAME", cfnRef(target));
            allow(arr({"dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem",
                       "dynamodb:DeleteItem", "dynamodb:Query"}),
                  getAtt(target, "Arn"));
        } else if (to->kind == "s3-bucket") {
            env.set("BUCKET_" + upper + "_NAME", cfnRef(target));
            allow(arr({"s3:GetObject", "s3:PutObject"}),
                  obj({{"Fn::Join", arr({"", arr({getAtt(target, "Arn"), "/*"})})}}));
        } else if (to->kind == "lambda-function") {
            env.set("FUNCTION_" + upper + "_NAME", cfnRef(target));
            allow(arr({"lambda:InvokeFunction"}), getAtt(target, "Arn"));
        }
    }
}

void TemplateBuilder::emitEc2Fleet(const Component& c)
{
    std::string type = m_catalog.string(c, "instanceType").value_or("t3.micro");
    long long count = whole(m_catalog.number(c, "count"), 1, 0, 100000);
    long long ebs = whole(m_catalog.number(c, "ebsGb"), 8, 0, 65536);
    Json subnet = firstSubnet(c);
    // An instance asks for Spot capacity through a launch template.
    std::string spotTemplate;
    if (count > 0 && m_catalog.string(c, "pricing").value_or("") == "spot") {
        spotTemplate = part(c, "LaunchTemplate");
        addResource(spotTemplate, "AWS::EC2::LaunchTemplate",
                    obj({{"LaunchTemplateData",
                          obj({{"InstanceMarketOptions", obj({{"MarketType", "spot"}})}})},
                         {"TagSpecifications", arr({tagSpecification("launch-template", c)})}}));
    }
    for (long long i = 0; i < count; ++i) {
        Json props =
            obj({{"ImageId", image(type)}, {"InstanceType", Json(type)}, {"SubnetId", subnet}});
        if (ebs > 0)
            props.set(
                "BlockDeviceMappings",
                arr({obj({{"DeviceName", "/dev/xvda"},
                          {"Ebs", obj({{"VolumeSize", Json(ebs)}, {"VolumeType", "gp3"}})}})}));
        if (!spotTemplate.empty())
            props.set("LaunchTemplate",
                      obj({{"LaunchTemplateId", cfnRef(spotTemplate)},
                           {"Version", getAtt(spotTemplate, "LatestVersionNumber")}}));
        props.set("Tags", tags(c));
        addResource(count == 1 ? base(c) : part(c, "Instance" + std::to_string(i + 1)),
                    "AWS::EC2::Instance", std::move(props));
    }
}

void TemplateBuilder::emitAutoScalingGroup(const Component& c)
{
    std::string type = m_catalog.string(c, "instanceType").value_or("t3.micro");
    long long ebs = whole(m_catalog.number(c, "ebsGb"), 8, 0, 65536);
    long long min = whole(m_catalog.number(c, "min"), 1, 0, 100000);
    long long max = std::max(min, whole(m_catalog.number(c, "max"), 4, 0, 100000));
    long long desired = std::clamp(whole(m_catalog.number(c, "desired"), 2, 0, 100000), min, max);

    Json data = obj({{"ImageId", image(type)}, {"InstanceType", Json(type)}});
    if (ebs > 0)
        data.set("BlockDeviceMappings",
                 arr({obj({{"DeviceName", "/dev/xvda"},
                           {"Ebs", obj({{"VolumeSize", Json(ebs)}, {"VolumeType", "gp3"}})}})}));
    data.set("TagSpecifications",
             arr({tagSpecification("instance", c), tagSpecification("volume", c)}));
    std::string lt = part(c, "LaunchTemplate");
    addResource(lt, "AWS::EC2::LaunchTemplate",
                obj({{"LaunchTemplateData", std::move(data)},
                     {"TagSpecifications", arr({tagSpecification("launch-template", c)})}}));

    Json props = obj({{"MinSize", Json(std::to_string(min))},
                      {"MaxSize", Json(std::to_string(max))},
                      {"DesiredCapacity", Json(std::to_string(desired))},
                      {"VPCZoneIdentifier", subnets(c)},
                      {"LaunchTemplate", obj({{"LaunchTemplateId", cfnRef(lt)},
                                              {"Version", getAtt(lt, "LatestVersionNumber")}})}});
    if (auto it = m_groupTargetGroups.find(c.id.value); it != m_groupTargetGroups.end())
        props.set("TargetGroupARNs", it->second);
    if (auto it = m_groupClassicNames.find(c.id.value); it != m_groupClassicNames.end())
        props.set("LoadBalancerNames", it->second);
    props.set("Tags", tags(c, true));
    addResource(base(c), "AWS::AutoScaling::AutoScalingGroup", std::move(props));
}

void TemplateBuilder::emitLoadBalancer(const Component& c)
{
    std::string type = m_catalog.string(c, "type").value_or("application");
    bool public_ = false;
    for (const Connection* conn : m_design.incoming(c.id)) {
        const Component* from = m_design.component(conn->from);
        if (from && from->kind == "users") public_ = true;
    }
    const LoadBalancerWiring& w = m_lbWiring[c.id.value];
    if (type == "classic") {
        Json props = obj({{"Listeners", arr({obj({{"LoadBalancerPort", "80"},
                                                  {"InstancePort", "80"},
                                                  {"Protocol", "HTTP"}})})},
                          {"Scheme", public_ ? "internet-facing" : "internal"},
                          {"Subnets", subnets(c)}});
        if (!w.targets.asArray().empty()) props.set("Instances", w.targets);
        props.set("Tags", tags(c));
        addResource(base(c), "AWS::ElasticLoadBalancing::LoadBalancer", std::move(props));
        return;
    }
    bool alb = type != "network";
    std::string tg = part(c, "TargetGroup");
    std::string listener = part(c, "Listener");
    addResource(base(c), "AWS::ElasticLoadBalancingV2::LoadBalancer",
                obj({{"Type", alb ? "application" : "network"},
                     {"Scheme", public_ ? "internet-facing" : "internal"},
                     {"Subnets", subnets(c)},
                     {"Tags", tags(c)}}));
    Json tgProps = obj({{"TargetType", Json(w.targetType)}});
    if (w.targetType != "lambda") {
        tgProps.set("Port", 80);
        tgProps.set("Protocol", alb ? "HTTP" : "TCP");
        tgProps.set("VpcId", vpc(c));
    }
    if (!w.targets.asArray().empty()) tgProps.set("Targets", w.targets);
    tgProps.set("Tags", tags(c));
    Json dependsOn = Json::array();
    for (const auto& d : w.dependsOn)
        dependsOn.asArray().push_back(Json(d));
    if (dependsOn.asArray().empty())
        addResource(tg, "AWS::ElasticLoadBalancingV2::TargetGroup", std::move(tgProps));
    else
        addResource(tg, "AWS::ElasticLoadBalancingV2::TargetGroup", std::move(tgProps),
                    {{"DependsOn", dependsOn}});
    addResource(listener, "AWS::ElasticLoadBalancingV2::Listener",
                obj({{"LoadBalancerArn", cfnRef(base(c))},
                     {"Port", 80},
                     {"Protocol", alb ? "HTTP" : "TCP"},
                     {"DefaultActions",
                      arr({obj({{"Type", "forward"}, {"TargetGroupArn", cfnRef(tg)}})})}}));
}

void TemplateBuilder::emitLambda(const Component& c)
{
    std::string role = part(c, "Role");
    std::string codeKey = part(c, "CodeKey");
    addParameter(
        fixedParam(kCodeBucketParam),
        param("String", "The S3 bucket that holds the Lambda functions' deployment packages"));
    Json keyParam = param("String", "The S3 key of the deployment package of \"" + c.displayName() +
                                        "\" (" + c.id.value + ")");
    keyParam.set("Default", Json(c.id.value + ".zip"));
    addParameter(codeKey, std::move(keyParam));

    Json managed = arr({"arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"});
    if (m_lambdaReadsQueues.count(c.id.value))
        managed.asArray().push_back(
            Json("arn:aws:iam::aws:policy/service-role/AWSLambdaSQSQueueExecutionRole"));
    Json roleProps =
        obj({{"AssumeRolePolicyDocument",
              obj({{"Version", "2012-10-17"},
                   {"Statement",
                    arr({obj({{"Effect", "Allow"},
                              {"Principal", obj({{"Service", arr({"lambda.amazonaws.com"})}})},
                              {"Action", arr({"sts:AssumeRole"})}})})}})},
             {"ManagedPolicyArns", managed}});
    if (auto it = m_lambdaStatements.find(c.id.value);
        it != m_lambdaStatements.end() && !it->second.asArray().empty())
        roleProps.set("Policies",
                      arr({obj({{"PolicyName", "azimuth-connections"},
                                {"PolicyDocument",
                                 obj({{"Version", "2012-10-17"}, {"Statement", it->second}})}})}));
    roleProps.set("Tags", tags(c));
    addResource(role, "AWS::IAM::Role", std::move(roleProps));

    Json props = obj({{"Code", obj({{"S3Bucket", cfnRef(fixedParam(kCodeBucketParam))},
                                    {"S3Key", cfnRef(codeKey)}})},
                      {"Handler", "index.handler"},
                      {"Runtime", "python3.12"},
                      {"Role", getAtt(role, "Arn")},
                      {"MemorySize", Json(whole(m_catalog.number(c, "memoryMb"), 128, 128, 10240))},
                      {"Timeout", Json(whole(m_catalog.number(c, "timeoutSec"), 3, 1, 900))},
                      {"Architectures",
                       arr({Json(m_catalog.string(c, "architecture").value_or("x86_64") == "arm64"
                                     ? "arm64"
                                     : "x86_64")})}});
    if (auto it = m_lambdaEnvironment.find(c.id.value);
        it != m_lambdaEnvironment.end() && !it->second.asObject().empty())
        props.set("Environment", obj({{"Variables", it->second}}));
    props.set("Tags", tags(c));
    addResource(base(c), "AWS::Lambda::Function", std::move(props));
}

bool isFifoQueue(const KindCatalog& catalog, const Component& c)
{
    return c.kind == "sqs-queue" && catalog.string(c, "type").value_or("standard") == "fifo";
}

void TemplateBuilder::emitQueue(const Component& c)
{
    Json props = Json::object();
    if (isFifoQueue(m_catalog, c)) {
        std::string name = base(c);
        if (name.size() > 75) name.resize(75);
        props.set("FifoQueue", true);
        props.set("QueueName", Json(name + ".fifo"));
    }
    props.set("Tags", tags(c));
    addResource(base(c), "AWS::SQS::Queue", std::move(props));
}

void TemplateBuilder::emitTopic(const Component& c)
{
    Json props = Json::object();
    // A FIFO queue can only subscribe to a FIFO topic.
    for (const Connection* conn : m_design.outgoing(c.id)) {
        const Component* to = m_design.component(conn->to);
        if (to && included(*to) && isFifoQueue(m_catalog, *to)) {
            std::string name = base(c);
            if (name.size() > 250) name.resize(250);
            props.set("FifoTopic", true);
            props.set("TopicName", Json(name + ".fifo"));
            break;
        }
    }
    props.set("Tags", tags(c));
    addResource(base(c), "AWS::SNS::Topic", std::move(props));
}

void TemplateBuilder::emitContainerService(const Component& c)
{
    bool eks = m_catalog.string(c, "orchestrator").value_or("ecs") == "eks";
    bool arm = m_catalog.string(c, "architecture").value_or("x86_64") == "arm64";
    if (eks) {
        std::string role = part(c, "Role");
        addResource(
            role, "AWS::IAM::Role",
            obj({{"AssumeRolePolicyDocument",
                  obj({{"Version", "2012-10-17"},
                       {"Statement",
                        arr({obj({{"Effect", "Allow"},
                                  {"Principal", obj({{"Service", arr({"eks.amazonaws.com"})}})},
                                  {"Action", arr({"sts:AssumeRole"})}})})}})},
                 {"ManagedPolicyArns", arr({"arn:aws:iam::aws:policy/AmazonEKSClusterPolicy"})},
                 {"Tags", tags(c)}}));
        addResource(base(c), "AWS::EKS::Cluster",
                    obj({{"RoleArn", getAtt(role, "Arn")},
                         {"ResourcesVpcConfig", obj({{"SubnetIds", subnets(c)}})},
                         {"Tags", tags(c)}}));
        return;
    }
    bool fargate = m_catalog.string(c, "launchType").value_or("fargate") != "ec2";
    auto [cpu, memory] = fargateSize(m_catalog.number(c, "vcpu").value_or(0.25),
                                     m_catalog.number(c, "memoryGb").value_or(0.5));
    std::string image = part(c, "Image");
    Json imageParam =
        param("String", "The container image of \"" + c.displayName() + "\" (" + c.id.value + ")");
    imageParam.set("Default", "public.ecr.aws/nginx/nginx:stable");
    addParameter(image, std::move(imageParam));

    std::string cluster = base(c);
    std::string task = part(c, "TaskDefinition");
    std::string service = part(c, "Service");
    addResource(cluster, "AWS::ECS::Cluster", obj({{"Tags", tags(c)}}));
    addResource(task, "AWS::ECS::TaskDefinition",
                obj({{"RequiresCompatibilities", arr({fargate ? "FARGATE" : "EC2"})},
                     {"NetworkMode", "awsvpc"},
                     {"Cpu", Json(std::to_string(cpu))},
                     {"Memory", Json(std::to_string(memory))},
                     {"RuntimePlatform", obj({{"CpuArchitecture", arm ? "ARM64" : "X86_64"},
                                              {"OperatingSystemFamily", "LINUX"}})},
                     {"ContainerDefinitions",
                      arr({obj({{"Name", "app"},
                                {"Image", cfnRef(image)},
                                {"Essential", true},
                                {"PortMappings",
                                 arr({obj({{"ContainerPort", 80}, {"Protocol", "tcp"}})})}})})},
                     {"Tags", tags(c)}}));
    Json props = obj(
        {{"Cluster", cfnRef(cluster)},
         {"TaskDefinition", cfnRef(task)},
         {"DesiredCount", Json(whole(m_catalog.number(c, "tasks"), 2, 0, 100000))},
         {"LaunchType", fargate ? "FARGATE" : "EC2"},
         {"NetworkConfiguration", obj({{"AwsvpcConfiguration", obj({{"Subnets", subnets(c)}})}})}});
    if (auto it = m_serviceLoadBalancers.find(c.id.value); it != m_serviceLoadBalancers.end())
        props.set("LoadBalancers", it->second);
    props.set("Tags", tags(c));
    Json dependsOn = Json::array();
    for (const auto& d : m_serviceDependsOn[c.id.value])
        dependsOn.asArray().push_back(Json(d));
    if (dependsOn.asArray().empty())
        addResource(service, "AWS::ECS::Service", std::move(props));
    else
        addResource(service, "AWS::ECS::Service", std::move(props), {{"DependsOn", dependsOn}});
}

void TemplateBuilder::emitLightsail(const Component& c)
{
    std::string bundle = m_catalog.string(c, "bundle").value_or("micro");
    // The catalog names bundles by size; Lightsail's ids carry the generation.
    if (bundle.find('_') == std::string::npos) bundle += "_3_0";
    std::string name = base(c);
    if (name.size() < 2) name += "Instance";
    addResource(base(c), "AWS::Lightsail::Instance",
                obj({{"InstanceName", Json(name)},
                     {"BlueprintId", "amazon_linux_2023"},
                     {"BundleId", Json(bundle)},
                     {"Tags", tags(c)}}));
}

void TemplateBuilder::emitDatabase(const Component& c)
{
    std::string engine = m_catalog.string(c, "engine").value_or("mysql");
    if (engine != "postgres") engine = "mysql";
    std::string group = part(c, "SubnetGroup");
    addParameter(fixedParam(kDbUserParam),
                 obj({{"Type", "String"},
                      {"Description", "The master user name of the databases (its password is "
                                      "kept in AWS Secrets Manager)"},
                      {"Default", "dbadmin"},
                      {"AllowedPattern", "^[a-zA-Z][a-zA-Z0-9_]{0,15}$"}}));
    addResource(group, "AWS::RDS::DBSubnetGroup",
                obj({{"DBSubnetGroupDescription", Json("Subnets of the database " + c.id.value)},
                     {"SubnetIds", subnets(c)},
                     {"Tags", tags(c)}}));
    addResource(base(c), "AWS::RDS::DBInstance",
                obj({{"DBInstanceClass",
                      Json(m_catalog.string(c, "instanceClass").value_or("db.t3.micro"))},
                     {"Engine", Json(engine)},
                     {"AllocatedStorage",
                      Json(std::to_string(whole(m_catalog.number(c, "storageGb"), 20, 20, 65536)))},
                     {"StorageType", "gp3"},
                     {"MultiAZ", m_catalog.boolean(c, "multiAz").value_or(false)},
                     {"MasterUsername", cfnRef(fixedParam(kDbUserParam))},
                     {"ManageMasterUserPassword", true},
                     {"DBSubnetGroupName", cfnRef(group)},
                     {"PubliclyAccessible", false},
                     {"Tags", tags(c)}}),
                {{"DeletionPolicy", "Snapshot"}, {"UpdateReplacePolicy", "Snapshot"}});
}

void TemplateBuilder::emitBucket(const Component& c)
{
    addResource(base(c), "AWS::S3::Bucket",
                obj({{"PublicAccessBlockConfiguration", obj({{"BlockPublicAcls", true},
                                                             {"BlockPublicPolicy", true},
                                                             {"IgnorePublicAcls", true},
                                                             {"RestrictPublicBuckets", true}})},
                     {"Tags", tags(c)}}),
                {{"DeletionPolicy", "Retain"}, {"UpdateReplacePolicy", "Retain"}});
}

void TemplateBuilder::emitTable(const Component& c)
{
    addResource(base(c), "AWS::DynamoDB::Table",
                obj({{"BillingMode", "PAY_PER_REQUEST"},
                     {"AttributeDefinitions",
                      arr({obj({{"AttributeName", "pk"}, {"AttributeType", "S"}})})},
                     {"KeySchema", arr({obj({{"AttributeName", "pk"}, {"KeyType", "HASH"}})})},
                     {"Tags", tags(c)}}),
                {{"DeletionPolicy", "Retain"}, {"UpdateReplacePolicy", "Retain"}});
}

void TemplateBuilder::emitConnections()
{
    for (const Connection& conn : m_design.connections()) {
        const Component* from = m_design.component(conn.from);
        const Component* to = m_design.component(conn.to);
        if (!from || !to || !included(*from) || !included(*to)) continue;
        std::string owner = "connection:" + conn.id.value;
        if (from->kind == "sqs-queue" && to->kind == "lambda-function") {
            addResource(m_ids.named(owner, "", base(*to) + "From" + base(*from)),
                        "AWS::Lambda::EventSourceMapping",
                        obj({{"EventSourceArn", getAtt(base(*from), "Arn")},
                             {"FunctionName", cfnRef(base(*to))}}));
        } else if (from->kind == "sns-topic" && to->kind == "sqs-queue") {
            addResource(m_ids.named(owner, "", base(*from) + "To" + base(*to)),
                        "AWS::SNS::Subscription",
                        obj({{"Protocol", "sqs"},
                             {"TopicArn", cfnRef(base(*from))},
                             {"Endpoint", getAtt(base(*to), "Arn")}}));
            Json statement =
                obj({{"Effect", "Allow"},
                     {"Principal", obj({{"Service", "sns.amazonaws.com"}})},
                     {"Action", "sqs:SendMessage"},
                     {"Resource", getAtt(base(*to), "Arn")},
                     {"Condition",
                      obj({{"ArnEquals", obj({{"aws:SourceArn", cfnRef(base(*from))}})}})}});
            addResource(m_ids.named(owner, "policy", base(*to) + "PolicyFor" + base(*from)),
                        "AWS::SQS::QueuePolicy",
                        obj({{"Queues", arr({cfnRef(base(*to))})},
                             {"PolicyDocument",
                              obj({{"Version", "2012-10-17"}, {"Statement", arr({statement})}})}}));
        } else if (from->kind == "sns-topic" && to->kind == "lambda-function") {
            addResource(m_ids.named(owner, "", base(*from) + "To" + base(*to)),
                        "AWS::SNS::Subscription",
                        obj({{"Protocol", "lambda"},
                             {"TopicArn", cfnRef(base(*from))},
                             {"Endpoint", getAtt(base(*to), "Arn")}}));
            addResource(m_ids.named(owner, "permission", base(*to) + "InvokeBy" + base(*from)),
                        "AWS::Lambda::Permission",
                        obj({{"Action", "lambda:InvokeFunction"},
                             {"FunctionName", cfnRef(base(*to))},
                             {"Principal", "sns.amazonaws.com"},
                             {"SourceArn", cfnRef(base(*from))}}));
        }
    }
}

void TemplateBuilder::keepExactNames()
{
    for (auto& member : m_resources.asObject()) {
        Json& resource = member.value;
        if (!kRestrictedTagTypes.count(resource.find("Type")->asString())) continue;
        Json* tagList = resource.find("Properties")->find("Tags");
        if (!tagList) continue;
        const Component* owner = nullptr;
        for (const Json& tag : tagList->asArray())
            if (tag.find("Key")->asString() == "azimuth:component")
                owner = m_design.component(ComponentId(tag.find("Value")->asString()));
        if (!owner) continue;
        std::string exact = userText(owner->displayName());
        for (Json& tag : tagList->asArray()) {
            if (tag.find("Key")->asString() != "Name") continue;
            std::string safe = restrictedTagValue(tag.find("Value")->asString());
            if (safe == tag.find("Value")->asString()) continue;
            tag.set("Value", Json(safe));
            // The name as written stays with the resource, where any text is allowed.
            resource.set("Metadata", obj({{"Azimuth", obj({{"Component", Json(owner->id.value)},
                                                           {"Name", Json(exact)}})}}));
        }
    }
}

Json TemplateBuilder::metadata() const
{
    Json regions = Json::array();
    for (const Component& c : m_design.components()) {
        if (c.kind != "region" || !included(c)) continue;
        regions.asArray().push_back(
            obj({{"Id", Json(c.id.value)},
                 {"Name", Json(userText(c.displayName()))},
                 {"Code", Json(m_catalog.string(c, "code").value_or("us-east-1"))}}));
    }
    Json azimuth =
        obj({{"Title", Json(userText(m_design.title.value_or("")))}, {"Regions", regions}});
    if (regions.asArray().size() > 1)
        azimuth.set("Note",
                    "This template describes every region of the design and creates all "
                    "of it in the region it is deployed to. Export one region at a time "
                    "(azimuth cloudformation --region ID) to deploy each where it belongs.");
    return obj({{"Azimuth", azimuth}});
}

Json TemplateBuilder::build()
{
    if (m_options.region) {
        bool found =
            std::any_of(m_design.components().begin(), m_design.components().end(),
                        [&](const Component& c) { return c.kind == "region" && included(c); });
        if (!found)
            throw CloudFormationError("no region with the id or code \"" + *m_options.region +
                                      "\" in the design");
    }
    // Fixed parameter names first, then every component's own stem, so no derived
    // name (WebRole, ...) can take a component's id-based name.
    for (const char* p : {kAmiParam, kArmAmiParam, kCodeBucketParam, kDbUserParam})
        fixedParam(p);
    for (const Component& c : m_design.components())
        base(c);

    wireLoadBalancers();
    wireLambdas();
    for (const Component& c : m_design.components()) {
        if (!included(c)) continue;
        if (c.kind == "ec2-fleet")
            emitEc2Fleet(c);
        else if (c.kind == "auto-scaling-group")
            emitAutoScalingGroup(c);
        else if (c.kind == "load-balancer")
            emitLoadBalancer(c);
        else if (c.kind == "lambda-function")
            emitLambda(c);
        else if (c.kind == "sqs-queue")
            emitQueue(c);
        else if (c.kind == "sns-topic")
            emitTopic(c);
        else if (c.kind == "container-service")
            emitContainerService(c);
        else if (c.kind == "lightsail-instance")
            emitLightsail(c);
        else if (c.kind == "rds-database")
            emitDatabase(c);
        else if (c.kind == "s3-bucket")
            emitBucket(c);
        else if (c.kind == "dynamodb-table")
            emitTable(c);
    }
    emitConnections();
    keepExactNames();
    if (m_resources.asObject().empty())
        throw CloudFormationError(
            m_options.region
                ? "the region \"" + *m_options.region +
                      "\" has no component that CloudFormation creates"
                : std::string("the design has no component that CloudFormation creates"));

    std::string title = m_design.title.value_or("");
    std::string description =
        title.empty() ? "Exported by Azimuth" : "Exported by Azimuth from \"" + title + "\"";
    Json out = obj({{"AWSTemplateFormatVersion", "2010-09-09"},
                    {"Description", Json(truncateBytes(userText(description), 1024))},
                    {"Metadata", metadata()}});
    if (!m_parameters.asObject().empty()) out.set("Parameters", m_parameters);
    out.set("Resources", m_resources);
    return out;
}

} // namespace

Json buildCloudFormationTemplate(const Design& design, const KindCatalog& catalog,
                                 const CloudFormationOptions& options)
{
    return TemplateBuilder(design, catalog, options).build();
}

std::string exportCloudFormation(const Design& design, const KindCatalog& catalog,
                                 CloudFormationFormat format, const CloudFormationOptions& options)
{
    Json t = buildCloudFormationTemplate(design, catalog, options);
    if (format == CloudFormationFormat::Yaml) return writeCloudFormationYaml(t);
    return writeJsonPretty(t) + "\n";
}

} // namespace azimuth::model
