#pragma once
// Components that stand for another CloudFormation stack's resources (import.md): an
// import draws the VPC and subnets a template takes from `Fn::ImportValue` as components
// of their own, and records them in the design's `cloudformation.imports` (component id ->
// the imported value's name, null when no export names it). The export creates nothing for
// them, and the rules do not judge what that other stack holds.

#include "model/core/Design.h"
#include "model/core/Json.h"

namespace azimuth::model {

/// The imported value's name a component stands for (null Json when no export names it),
/// or nullptr for a component of the design's own.
const Json* otherStackName(const Design& design, const ComponentId& id);

/// Whether a component stands for another stack's resource.
inline bool isFromOtherStack(const Design& design, const ComponentId& id)
{
    return otherStackName(design, id) != nullptr;
}

} // namespace azimuth::model
