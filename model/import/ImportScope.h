#pragma once
// What a kind's importer works with (docs/import.md): the resolved template, the design
// being built, and the kit every kind shares: following references to the components
// they became, placing a component in the subnets, VPC or zones its resource names, and
// connecting components. The importer (TemplateImporter) owns it and asks each kind's unit.

#include "ImportMetadata.h"
#include "ImportReport.h"
#include "TemplateResolver.h"
#include "model/catalog/KindCatalog.h"
#include "model/core/Design.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace azimuth::model {

class ImportScope
{
  public:
    ImportScope(const ResolvedTemplate& resolved, const KindCatalog& catalog,
                const ImportOptions& options, const ImportMetadata& metadata, Design& design,
                ImportReport& report);

    const ResolvedTemplate& resolved() const { return m_resolved; }
    const KindCatalog& catalog() const { return m_catalog; }
    const ImportOptions& options() const { return m_options; }
    const ImportMetadata& metadata() const { return m_metadata; }
    Design& design() { return m_design; }

    /// A property of a resource by its dotted path ("NetworkConfiguration.AwsvpcConfiguration
    /// .Subnets"), or null.
    static const Json* at(const TemplateResource& resource, std::string_view path);
    /// The resources of a type that refer to a logical id, in template order.
    std::vector<const TemplateResource*> referrers(std::string_view id,
                                                   std::string_view type) const;

    /// The resource with a logical id, or null.
    const TemplateResource* resource(std::string_view id) const;
    /// The resource a value refers to ({"Ref": id}, {"Fn::GetAtt": [id, ...]}), or null.
    const TemplateResource* referenced(const Json& value) const;
    /// The EC2 launch template a resource names at `path` (its `LaunchTemplateId` or
    /// `LaunchTemplateName`, or an EKS node group's `Id` or `Name`), or null.
    const TemplateResource* launchTemplateAt(const TemplateResource& resource,
                                             std::string_view path) const;
    /// The component a resource became, or null when it was not mapped.
    const Component* componentOf(std::string_view logicalId) const;
    /// The first component any reference inside a value refers to (a Fn::Join or Fn::Sub
    /// holding a GetAtt), or null.
    const Component* componentWithin(const Json& value) const;
    /// The component a value refers to, or null.
    const Component* componentReferredBy(const Json& value) const;
    /// Resources that refer to a logical id, in template order.
    std::vector<const TemplateResource*> referrers(std::string_view id) const;

    /// A subnet resource's component, its AZ's component and the region's.
    const ComponentId& region() const { return m_region; }
    /// The component for an AZ of a name in a VPC (or in the region when `vpc` is empty),
    /// made on first use.
    ComponentId zone(const std::string& name, const ComponentId& vpc = {});
    /// The region's AZ names, `count` of them from the first.
    std::vector<std::string> firstZones(size_t count) const;

    /// Places a component in the subnet a value refers to; else in the AZ `zoneName`
    /// names; else in the region's first AZ, and the report says so.
    void placeInSubnet(Component& component, const TemplateResource& resource, const Json* subnet,
                       const Json* zoneName = nullptr);
    /// Places a spanning component in the VPC of the subnets a list refers to, naming them
    /// in its `subnets` prop; when they are unknown, spans the region's first two AZs (or
    /// the AZs `zoneNames` lists) and the report says so.
    void placeInSubnets(Component& component, const TemplateResource& resource, const Json* subnets,
                        const Json* zoneNames = nullptr);
    /// Places a component in the VPC of the subnet a value refers to, when it is one.
    void placeInVpcOfSubnet(Component& component, const TemplateResource& resource,
                            const Json* subnet);
    /// A number from a resource's value: a number, or text that is one.
    static std::optional<double> number(const Json* value);
    /// Places a component in the VPC a value refers to, when it is one (drawn for another
    /// stack's VPC when the value is imported).
    void placeInVpc(Component& component, const TemplateResource& resource, const Json* vpc);

    /// A connection between two components, once (a second with the same ends is dropped).
    void connect(const ComponentId& from, const ComponentId& to,
                 std::optional<std::string> label = std::nullopt);
    /// A line of the report about a resource ("WebGroup: instance type from parameter ...").
    void note(const TemplateResource& resource, std::string text);
    /// Sets a prop when the value is known (a string, number or bool); returns whether it
    /// was set. A value from a parameter with no value is left to the catalog default and
    /// noted.
    bool setProp(Component& component, const TemplateResource& resource, std::string_view prop,
                 const Json* value);

    /// Records which component a logical id became (the importer, as it makes them).
    void bind(const std::string& logicalId, const ComponentId& id);

    /// The argument of a `Fn::ImportValue` (another stack's export), or null.
    static const Json* importedName(const Json& value);
    /// The components drawn for another stack's VPCs and subnets: id -> the imported value
    /// (the `Fn::ImportValue` argument) each stands for; null for a VPC the template only
    /// knows as its subnets'.
    const std::map<ComponentId, Json>& imports() const { return m_imports; }
    /// Whether a component stands for another stack's resource.
    bool isImported(const ComponentId& id) const { return m_imports.count(id) > 0; }

  private:
    const Component* subnetComponent(const Json& value) const;
    /// The subnet a value refers to: the template's own, or one drawn for an imported value
    /// (in the AZ `zoneName`, else the `index`-th of the region's, else the next of them).
    const Component* subnetOf(const TemplateResource& r, const Json& value,
                              const std::string& zoneName = {}, int index = -1);
    /// The component standing for another stack's VPC named by an imported value, drawn on
    /// first use.
    ComponentId importedVpc(const TemplateResource& r, const Json& name);
    /// The component standing for another stack's subnet named by an imported value.
    ComponentId importedSubnet(const TemplateResource& r, const Json& name,
                               const std::string& zoneName, int index);
    /// The VPC the template's imported subnets are in: the one imported value every `VpcId`
    /// of the template names, when there is exactly one; else one drawn for "the VPC of"
    /// the first such subnet, which no export names (its value is null).
    ComponentId vpcOfImportedSubnets(const TemplateResource& r, const std::string& subnetLabel);
    /// The imported value every `VpcId` of the template names, when there is exactly one.
    const Json* templateImportedVpc();
    /// An id for a component drawn from an imported value, from its name.
    ComponentId importedId(const std::string& name, std::string_view stem) const;

    const ResolvedTemplate& m_resolved;
    const KindCatalog& m_catalog;
    const ImportOptions& m_options;
    const ImportMetadata& m_metadata;
    Design& m_design;
    ImportReport& m_report;
    ComponentId m_region;
    std::unordered_map<std::string, ComponentId> m_components;
    std::unordered_map<std::string, std::vector<const TemplateResource*>> m_referrers;
    std::map<std::pair<ComponentId, std::string>, ComponentId> m_zones;
    std::map<ComponentId, Json> m_imports;
    std::map<std::string, ComponentId> m_importedByValue; ///< key: role + compact JSON
    size_t m_loneImportedSubnets = 0;
    std::optional<ComponentId> m_importedSubnetsVpc;
    bool m_templateVpcScanned = false;
    std::optional<Json> m_templateVpc;
};

} // namespace azimuth::model
