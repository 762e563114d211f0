#pragma once
// Connections that security groups imply (docs/import.md): a rule letting one group's
// members reach another group's members is traffic between the components that hold them.

namespace azimuth::model {

class ImportScope;

/// Connects the holders of each rule's source group to the holders of its target group
/// (inline ingress and egress rules, and the SecurityGroupIngress/Egress resources).
void connectThroughSecurityGroups(ImportScope& scope);

} // namespace azimuth::model
