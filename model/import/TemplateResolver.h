#pragma once
// A template's Parameters, Conditions, Mappings and intrinsic functions worked out for one
// region and set of parameter values (import.md): which resources are in, their properties
// with everything that does not depend on another resource resolved, and which resources
// each refers to. References to resources stay as {"Ref": id} and {"Fn::GetAtt": [...]}.

#include "model/core/Json.h"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace azimuth::model {

struct ImportOptions
{
    std::string region = "us-east-1";
    /// The region's AZ names, as Fn::GetAZs returns them (importOptionsFor gives a
    /// region's from the price catalog).
    std::vector<std::string> zones = {"us-east-1a", "us-east-1b", "us-east-1c"};
    /// --parameter KEY=VALUE; a parameter not given takes its Default, else has no value.
    std::map<std::string, std::string> parameters;
};

struct TemplateResource
{
    std::string id;
    std::string type;
    Json properties = Json::object(); ///< resolved
    std::set<std::string> refs;       ///< resources it refers to (Ref, GetAtt, Sub)
    Json metadata;                    ///< its Metadata, as written (null when it has none)
    SourcePos pos;
};

struct ResolvedTemplate
{
    std::vector<TemplateResource> resources; ///< those whose condition holds, template order
    /// Left out by a false condition: (logical id, condition).
    std::vector<std::pair<std::string, std::string>> leftOut;
    /// What the report says about the resolution ("condition IsProd: parameter Env has no
    /// value, so it is false").
    std::vector<std::string> notes;
    /// Each parameter's value: given, else its Default; absent when it has none.
    std::map<std::string, Json> parameters;
    /// The parameter each value put in by a Ref came from, by the Ref's place in the file
    /// (the value carries that place), so the report can name it.
    std::map<std::pair<int, int>, std::string> parameterAt;
    /// The parameter a resolved value came from, when a Ref put it in.
    const std::string* parameterOf(const Json& value) const;
    const TemplateResource* resource(const std::string& id) const;
};

/// Resolves a template read by readTemplate. Throws LoadError for a cycle in conditions or
/// references (naming the ids in it) and for intrinsic functions used wrongly.
ResolvedTemplate resolveTemplate(const Json& root, const std::string& file,
                                 const ImportOptions& options = {});

/// Whether a value is a reference that could not be resolved at import: a parameter with no
/// value, an imported value, or another resource.
bool isUnresolved(const Json& value);

} // namespace azimuth::model
