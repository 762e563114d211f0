#pragma once
// The resources an import could not map, written back (import.md): each as it was
// written, its references to resources that became components pointed at those
// components' resources, with the Parameters, Mappings and Conditions it needs.

#include "model/core/Json.h"

namespace azimuth::model {

class CloudFormationBuilder;

/// Adds the design's kept resources to the builder's resources and parameters, and their
/// Mappings and Conditions to the template `out`.
void writeKeptResources(CloudFormationBuilder& builder, Json& out);

} // namespace azimuth::model
