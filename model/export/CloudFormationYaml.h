#pragma once
// A YAML writer for CloudFormation templates: block style, every string scalar
// double-quoted and escaped, intrinsic functions in their long form (`Ref:`,
// `Fn::GetAtt:`), so no name in a design can change the structure or type of a value.

#include "model/core/Json.h"

#include <string>
#include <string_view>

namespace azimuth::model {

/// Writes a JSON value as a YAML 1.1/1.2 document that reads back to the same value.
std::string writeCloudFormationYaml(const Json& value);

/// A YAML double-quoted scalar, quotes included; control characters and YAML's extra
/// line breaks (U+0085, U+2028, U+2029) and U+FEFF escaped.
std::string quoteYaml(std::string_view text);

} // namespace azimuth::model
