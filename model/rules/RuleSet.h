#pragma once
// The checks of rules.md, one function per rule, grouped by family in files of the same
// name. RuleRegistry.cpp pairs each with its id, severity, kinds and "why".

#include "model/rules/Rule.h"

namespace azimuth::model::rules {

// StructureRules.cpp
void placement(const RuleContext&, uint32_t, std::vector<Finding>&);
void zoneOutsideRegion(const RuleContext&, uint32_t, std::vector<Finding>&);
void invalidValue(const RuleContext&, uint32_t, std::vector<Finding>&);
// RegionRules.cpp
void regionUnavailable(const RuleContext&, uint32_t, std::vector<Finding>&);
void regionUnknown(const RuleContext&, uint32_t, std::vector<Finding>&);
// AvailabilityRules.cpp
void singleAz(const RuleContext&, uint32_t, std::vector<Finding>&);
void asgSingleAz(const RuleContext&, uint32_t, std::vector<Finding>&);
void lbSingleAz(const RuleContext&, uint32_t, std::vector<Finding>&);
void lbNoTargets(const RuleContext&, uint32_t, std::vector<Finding>&);
void lbTargetsOneAz(const RuleContext&, uint32_t, std::vector<Finding>&);
void singleInstance(const RuleContext&, uint32_t, std::vector<Finding>&);
void rdsSingleAz(const RuleContext&, uint32_t, std::vector<Finding>&);
void azLoss(const RuleContext&, uint32_t, std::vector<Finding>&);
void dataSingleAz(const RuleContext&, uint32_t, std::vector<Finding>&);
// FaultToleranceRules.cpp
void spotNotInterruptible(const RuleContext&, uint32_t, std::vector<Finding>&);
void lambdaTimeout(const RuleContext&, uint32_t, std::vector<Finding>&);
void lambdaDuration(const RuleContext&, uint32_t, std::vector<Finding>&);
// DecouplingRules.cpp
void queueNoConsumer(const RuleContext&, uint32_t, std::vector<Finding>&);
void queueNoProducer(const RuleContext&, uint32_t, std::vector<Finding>&);
void topicNoSubscribers(const RuleContext&, uint32_t, std::vector<Finding>&);
void busNoTarget(const RuleContext&, uint32_t, std::vector<Finding>&);
void tightCoupling(const RuleContext&, uint32_t, std::vector<Finding>&);
// SecurityRules.cpp
void wafUnattached(const RuleContext&, uint32_t, std::vector<Finding>&);
// CostRules.cpp
void onDemandLongTerm(const RuleContext&, uint32_t, std::vector<Finding>&);

void commitmentExceedsTerm(const RuleContext&, uint32_t, std::vector<Finding>&);
void dedicatedHost(const RuleContext&, uint32_t, std::vector<Finding>&);
// NetworkRules.cpp
void noRouteToInternet(const RuleContext&, uint32_t, std::vector<Finding>&);
void natSingleAz(const RuleContext&, uint32_t, std::vector<Finding>&);
void natInPrivateSubnet(const RuleContext&, uint32_t, std::vector<Finding>&);
void crossAzChatty(const RuleContext&, uint32_t, std::vector<Finding>&);
void endpointWouldSave(const RuleContext&, uint32_t, std::vector<Finding>&);

} // namespace azimuth::model::rules
