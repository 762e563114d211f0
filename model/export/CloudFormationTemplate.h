#pragma once
// A design as an AWS CloudFormation template (docs/cloudformation.md): one resource
// (or a few working together) per component that AWS provisions, parameters for what
// a sketch does not know, Ref/Fn::GetAtt where connections imply them, names as tags.

#include "model/catalog/KindCatalog.h"
#include "model/core/Design.h"
#include "model/core/Json.h"

#include <optional>
#include <stdexcept>
#include <string>

namespace azimuth::model {

struct CloudFormationOptions
{
    /// Only the components of this region (a region component's id or its `code`);
    /// every region when absent.
    std::optional<std::string> region;
};

/// Thrown when the options cannot be met (e.g. no such region); the message says why.
class CloudFormationError : public std::runtime_error
{
  public:
    using std::runtime_error::runtime_error;
};

/// Builds the template as a JSON value, keys in CloudFormation's usual order.
Json buildCloudFormationTemplate(const Design& design, const KindCatalog& catalog,
                                 const CloudFormationOptions& options = {});

enum class CloudFormationFormat
{
    Json,
    Yaml
};

/// The template written as JSON or YAML text.
std::string exportCloudFormation(const Design& design, const KindCatalog& catalog,
                                 CloudFormationFormat format,
                                 const CloudFormationOptions& options = {});

} // namespace azimuth::model
