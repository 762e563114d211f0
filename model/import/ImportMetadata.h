#pragma once
// What an Azimuth export recorded in a template's Metadata (key `Azimuth`) that
// CloudFormation cannot say (import.md "Round trip"): components with no resource (users,
// zones, containers), names, parents, zones, and every connection with its label. A
// template from elsewhere has none of it, and the import works from the resources alone.

#include "model/catalog/KindCatalog.h"
#include "model/core/Design.h"
#include "model/core/Json.h"

#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace azimuth::model {

class ImportMetadata
{
  public:
    /// Reads the `Metadata.Azimuth` of a template; empty when it has none, or when what it
    /// holds is not what an export writes.
    ImportMetadata(const Json& root, const KindCatalog& catalog);

    bool empty() const { return m_components.empty(); }
    /// The design's title as the export recorded it ("" for a design with none); nullopt
    /// for a template no export made.
    std::optional<std::string> title() const { return m_title; }
    /// The recorded entry of a component ({"Id", "Kind", "Name", "Parent", "Zones",
    /// "Props"}), or null.
    const Json* component(const std::string& id) const;
    /// The component whose main resource has a logical id, or "".
    std::string componentOfResource(const std::string& logicalId) const;
    /// The recorded region ({"Id", "Name", "Code"}) of a code, else the first; null when
    /// none was recorded.
    const Json* region(const std::string& code) const;
    /// The component recorded as standing for another stack's resource exported under an
    /// imported value's name (its `ImportValue`), or "".
    std::string componentOfImport(const Json& name) const;
    /// Every recorded component of the design that stands for another stack's resource,
    /// with the imported value's name.
    std::vector<std::pair<ComponentId, Json>> imports(const Design& design) const;
    /// The id of the AZ of a name in a parent, when recorded.
    std::string zoneId(const std::string& name, const ComponentId& parent) const;

    /// Adds the recorded components that no resource makes (users, zones, containers).
    void addComponents(Design& design, const ComponentId& region) const;
    /// Gives a spanning component whose subnets were not known the zones the export
    /// recorded (none, when it recorded none); false when it recorded nothing of it.
    bool zonesFor(const Design& design, Component& component) const;
    /// The recorded parent of a component when it is in the design, else "".
    ComponentId recordedParent(const Design& design, const ComponentId& id) const;
    /// Puts recorded parents, zones and subnets back where the resources said less (a
    /// fleet in an AZ with no subnet, a database drawn across zones rather than subnets).
    void restorePlaces(Design& design) const;
    /// A name as the export wrote it, with the marks that kept CloudFormation from
    /// resolving it taken out again.
    static std::string exactName(std::string name);
    /// Replaces the connections worked out from the resources with the recorded ones (ids,
    /// labels, modes, traffic), keeping any the template has that the record lacks.
    void applyConnections(Design& design) const;

  private:
    const KindCatalog& m_catalog;
    std::vector<const Json*> m_regions;
    std::optional<std::string> m_title;
    const Json* m_connections = nullptr;
    std::vector<const Json*> m_order;
    std::unordered_map<std::string, const Json*> m_components;
    std::unordered_map<std::string, std::string> m_resources;
};

} // namespace azimuth::model
