#pragma once
// Unmapped resources kept in the design (import.md): each as written, with the components
// the resources it refers to became, and every Parameter (its import-time value as
// Default), Mapping and Condition it needs, so `azimuth cloudformation` writes them back.

#include "TemplateResolver.h"
#include "model/core/Json.h"

#include <functional>
#include <string>
#include <vector>

namespace azimuth::model {

/// The design's `cloudformation` object for the unmapped resources of a template and the
/// components that stand for other stacks' resources (`imports`: component id -> the
/// imported value's name), or null when there are none. `componentOf` gives the component
/// id a logical id became ("" when none).
Json keepUnmapped(const Json& root, const ResolvedTemplate& resolved,
                  const std::vector<std::string>& unmappedIds,
                  const std::function<std::string(const std::string&)>& componentOf,
                  const Json& imports = Json());

} // namespace azimuth::model
