#pragma once
// A CloudFormation template made into a design (import.md): each resource becomes a
// component of the kind whose unit names its type, is folded into one, or is kept as
// unmapped; parents, spans and connections come from the references between resources.

#include "ImportReport.h"
#include "TemplateResolver.h"
#include "model/catalog/KindCatalog.h"
#include "model/core/Design.h"

#include <string_view>

namespace azimuth::model {

struct ImportResult
{
    Design design;
    ImportReport report;
};

/// Imports a template read by readTemplate. Throws LoadError where the template cannot
/// be used (a cycle, an intrinsic function used wrongly).
ImportResult importTemplate(const Json& root, const std::string& file,
                            const ImportOptions& options = {},
                            const KindCatalog& catalog = KindCatalog::builtin());

/// Reads, resolves and imports a template's text. Throws LoadError.
ImportResult importTemplateText(std::string_view text, const std::string& file,
                                const ImportOptions& options = {},
                                const KindCatalog& catalog = KindCatalog::builtin());

/// The options for a region: its AZ names from the price catalog (import.md). Throws
/// std::invalid_argument for a region the price catalog does not know.
ImportOptions importOptionsFor(const std::string& region);

} // namespace azimuth::model
