#pragma once
// "May a component of kind K go in container C, and if not, why?" — one answer, asked
// by the canvas, the reader and the rules engine alike.

#include "model/catalog/KindCatalog.h"
#include "model/core/Design.h"

#include <optional>
#include <string>

namespace azimuth::model {

class ContainmentPolicy
{
  public:
    explicit ContainmentPolicy(const KindCatalog& catalog = KindCatalog::builtin())
        : m_catalog(catalog)
    {
    }

    /// Empty when a `kind` may sit in `parentKind` ("" = the top level); otherwise one
    /// sentence that says where it goes ("An EC2 fleet goes inside an Availability Zone
    /// or a Wavelength Zone.").
    std::optional<std::string> refusal(std::string_view kind, std::string_view parentKind) const;
    bool allows(std::string_view kind, std::string_view parentKind) const
    {
        return !refusal(kind, parentKind);
    }

    /// The same question for a component id in a design: may `kind` go into `parent`
    /// (empty id = top level)? Also refuses a parent that is the component itself or
    /// one of its descendants, a parent outside the kind's `grandparents`, and a parent
    /// without its `parentFlag` (a NAT gateway in a private subnet).
    std::optional<std::string> refusal(const Design& design, std::string_view kind,
                                       const ComponentId& parent,
                                       const ComponentId& self = {}) const;

    /// Whether `ancestor` is `id` or one of its ancestors.
    static bool isSelfOrAncestor(const Design& design, const ComponentId& ancestor,
                                 const ComponentId& id);

  private:
    const KindCatalog& m_catalog;
};

} // namespace azimuth::model
