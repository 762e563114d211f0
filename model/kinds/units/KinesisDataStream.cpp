// A Kinesis data stream: shard-hours and PUT payload units (provisioned), or stream-hours
// and GB written and read (on-demand).

#include "model/cost/ComponentCoster.h"
#include "model/cost/LineWords.h"
#include "model/export/CloudFormationBuilder.h"
#include "model/import/ImportScope.h"
#include "model/kinds/KindUnit.h"
#include "model/kinds/SummaryWords.h"

namespace azimuth::model::kinds {

namespace {

using namespace costing;
using namespace cfn;

bool provisioned(std::string_view mode)
{
    return mode == "provisioned";
}

std::string summary(const KindCatalog& catalog, const Component& c)
{
    const SummaryProps p{catalog, c};
    if (provisioned(p.s("mode"))) {
        const double shards = p.n("shards");
        return figure(shards) + (shards == 1 ? " shard" : " shards");
    }
    return "On-demand · " + figure(p.n("dataInGbPerMonth")) + " GB in";
}

void cost(costing::ComponentCoster& k, costing::RegionTable& region)
{
    const double hours = k.context().hours;
    if (provisioned(k.text("mode"))) {
        const double shards = k.number("shards", 1);
        std::string& item = k.startItem();
        item += "Shard-hours, ";
        appendPlural(item, shards, "shard", "shards");
        k.line(item, shards * hours, "shard-hours", region.price("kinesis.provisioned.shardHour"));
        k.line("PUT payload units", k.number("putUnitsPerMonth") / 1e6, "million units",
               region.price("kinesis.provisioned.putUnitsPerMillion"));
        return;
    }
    k.line("On-demand stream-hours", hours, "stream-hours",
           region.price("kinesis.onDemand.streamHour"));
    k.line("Data written", k.number("dataInGbPerMonth"), "GB",
           region.price("kinesis.onDemand.dataInGb"));
    k.line("Data read", k.number("dataOutGbPerMonth"), "GB",
           region.price("kinesis.onDemand.dataOutGb"));
}

void cloudFormation(CloudFormationBuilder& b, const Component& c)
{
    Json props = Json::object();
    if (provisioned(b.catalog().string(c, "mode").value_or("on-demand"))) {
        props.set("StreamModeDetails", obj({{"StreamMode", "PROVISIONED"}}));
        props.set("ShardCount", Json(whole(b.catalog().number(c, "shards"), 1, 1, 10000)));
    } else {
        props.set("StreamModeDetails", obj({{"StreamMode", "ON_DEMAND"}}));
    }
    props.set("RetentionPeriodHours", 24);
    props.set("StreamEncryption", obj({{"EncryptionType", "KMS"}, {"KeyId", "alias/aws/kinesis"}}));
    props.set("Tags", b.tags(c));
    b.addResource(b.base(c), "AWS::Kinesis::Stream", std::move(props));
}

/// A stream that sends to a function is read by it: an event source mapping, and a
/// policy on the function's role that lets it read the stream (the mapping waits for it).
void connect(CloudFormationBuilder& b, const Connection& conn, const Component& from,
             const Component& to)
{
    if (to.kind != "lambda-function") return;
    const std::string owner = "connection:" + conn.id.value;
    const std::string stream = b.base(from);
    const std::string function = b.base(to);
    const std::string policy = b.named(owner, "policy", function + "Reads" + stream);
    b.addResource(
        policy, "AWS::IAM::Policy",
        obj({{"PolicyName", Json("read-" + stream)},
             {"Roles", arr({cfnRef(b.part(to, "Role"))})},
             {"PolicyDocument",
              obj({{"Version", "2012-10-17"},
                   {"Statement",
                    arr({obj(
                        {{"Effect", "Allow"},
                         {"Action", arr({"kinesis:DescribeStream", "kinesis:DescribeStreamSummary",
                                         "kinesis:GetRecords", "kinesis:GetShardIterator",
                                         "kinesis:ListShards", "kinesis:SubscribeToShard"})},
                         {"Resource", getAtt(stream, "Arn")}})})}})}}));
    b.addResource(b.named(owner, "", function + "From" + stream), "AWS::Lambda::EventSourceMapping",
                  obj({{"EventSourceArn", getAtt(stream, "Arn")},
                       {"FunctionName", cfnRef(function)},
                       {"StartingPosition", "LATEST"},
                       {"BatchSize", 100}}),
                  {{"DependsOn", arr({Json(policy)})}});
}

std::optional<CloudFormationAccess> access(CloudFormationBuilder& b, const Component& c)
{
    const std::string target = b.base(c);
    return CloudFormationAccess{"STREAM_%s_NAME", cfnRef(target),
                                arr({"kinesis:PutRecord", "kinesis:PutRecords"}),
                                getAtt(target, "Arn")};
}

// The CloudFormation import (docs/import.md).
constexpr std::string_view kImportTypes[] = {"AWS::Kinesis::Stream"};
constexpr std::string_view kImportFolds[] = {"AWS::Kinesis::StreamConsumer"};

void importRead(ImportScope& scope, const TemplateResource& r, Component& c)
{
    const Json* mode = ImportScope::at(r, "StreamModeDetails.StreamMode");
    const bool onDemand = mode && mode->isString() && mode->asString() == "ON_DEMAND";
    // A stream with no mode is provisioned (CloudFormation's default).
    c.props.set("mode", Json(onDemand ? "on-demand" : "provisioned"));
    if (!onDemand) {
        Json one(1);
        const Json* shards = ImportScope::at(r, "ShardCount");
        scope.setProp(c, r, "shards", shards ? shards : &one);
    }
}

} // namespace

extern const KindUnit KinesisDataStream;
const KindUnit KinesisDataStream{
    "kinesis-data-stream",
    summary,
    cost,
    {.write = cloudFormation, .connect = connect, .access = access},
    {.types = kImportTypes, .folds = kImportFolds, .read = importRead}};

} // namespace azimuth::model::kinds
