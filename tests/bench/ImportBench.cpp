// Importing a large CloudFormation template (import.md's targets: 5,000 resources in under
// 2 s before layout and under 6 s with it): reading and resolving, the whole import, and
// the import with the automatic layout, against parsing the same YAML text with yaml-cpp
// alone, the floor.

#include "model/import/TemplateImporter.h"
#include "model/import/TemplateResolver.h"
#include "model/import/TemplateText.h"
#include "model/layout/AutoLayout.h"

#include <benchmark/benchmark.h>
#include <string>
#include <yaml-cpp/yaml.h>

namespace {

using namespace azimuth::model;

/// A YAML template of `n` resources in blocks of five, as a real one reads: a subnet per
/// block referring to one VPC, an instance in it, a queue, a topic subscribed to it, and a
/// function whose environment names the queue; parameters, a condition and Fn::Sub.
std::string generateTemplate(int n)
{
    std::string t =
        "AWSTemplateFormatVersion: \"2010-09-09\"\nParameters:\n"
        "  Env:\n    Type: String\n    Default: prod\n"
        "Conditions:\n  IsProd: !Equals [!Ref Env, prod]\nResources:\n"
        "  Vpc:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: 10.0.0.0/16\n";
    for (int b = 0; 5 * (b + 1) + 1 <= n; ++b) {
        const std::string k = std::to_string(b);
        t += "  Subnet" + k +
             ":\n    Type: AWS::EC2::Subnet\n    Properties:\n"
             "      VpcId: !Ref Vpc\n      AvailabilityZone: !Select [" +
             std::to_string(b % 3) +
             ", !GetAZs \"\"]\n      CidrBlock: !Sub \"10.0.${AWS::Region}.0/24\"\n";
        t += "  Web" + k +
             ":\n    Type: AWS::EC2::Instance\n    Condition: IsProd\n"
             "    Properties:\n      InstanceType: t3.micro\n      SubnetId: !Ref Subnet" +
             k + "\n      Tags: [{ Key: Name, Value: !Sub \"web-${Env}-" + k + "\" }]\n";
        t += "  Queue" + k + ":\n    Type: AWS::SQS::Queue\n";
        t += "  Topic" + k +
             ":\n    Type: AWS::SNS::Topic\n    Properties:\n      Subscription:\n"
             "        - Protocol: sqs\n          Endpoint: !GetAtt Queue" +
             k + ".Arn\n";
        t += "  Fn" + k +
             ":\n    Type: AWS::Lambda::Function\n    Properties:\n"
             "      Environment:\n        Variables:\n          QUEUE: !Ref Queue" +
             k + "\n";
    }
    return t;
}

void BM_BaselineYamlParse(benchmark::State& state)
{
    const std::string text = generateTemplate(static_cast<int>(state.range(0)));
    for (auto _ : state)
        benchmark::DoNotOptimize(YAML::Load(text));
}
BENCHMARK(BM_BaselineYamlParse)->Arg(5000)->Unit(benchmark::kMillisecond);

void BM_ImportReadAndResolve(benchmark::State& state)
{
    const std::string text = generateTemplate(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        const Json root = readTemplate(text, "bench.yaml");
        benchmark::DoNotOptimize(resolveTemplate(root, "bench.yaml").resources.size());
    }
}
BENCHMARK(BM_ImportReadAndResolve)->Arg(5000)->Unit(benchmark::kMillisecond);

void BM_ImportTemplate(benchmark::State& state)
{
    const std::string text = generateTemplate(static_cast<int>(state.range(0)));
    for (auto _ : state)
        benchmark::DoNotOptimize(importTemplateText(text, "bench.yaml").design.components().size());
}
BENCHMARK(BM_ImportTemplate)->Arg(5000)->Unit(benchmark::kMillisecond);

void BM_ImportTemplateAndLayout(benchmark::State& state)
{
    const std::string text = generateTemplate(static_cast<int>(state.range(0)));
    size_t boxes = 0;
    for (auto _ : state) {
        const ImportResult r = importTemplateText(text, "bench.yaml");
        boxes = computeLayout(r.design).boxes.size();
        benchmark::DoNotOptimize(boxes);
    }
    state.counters["boxes"] = static_cast<double>(boxes);
}
BENCHMARK(BM_ImportTemplateAndLayout)->Arg(5000)->Unit(benchmark::kMillisecond);

} // namespace
