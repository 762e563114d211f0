// A Lightsail instance: one monthly bundle.

#include "model/cost/ComponentCoster.h"
#include "model/cost/LineWords.h"
#include "model/cost/PriceCatalog.h"
#include "model/export/CloudFormationBuilder.h"
#include "model/import/ImportScope.h"
#include "model/kinds/KindUnit.h"
#include "model/kinds/SummaryWords.h"

#include <algorithm>

namespace azimuth::model::kinds {

namespace {

/// The bundle generation Lightsail ids carry ("small_3_0"); the catalog names sizes alone.
constexpr std::string_view kGeneration = "_3_0";

using namespace costing;
using namespace cfn;

std::string summary(const KindCatalog& catalog, const Component& c)
{
    const SummaryProps p{catalog, c};
    return p.s("bundle");
}

void cost(costing::ComponentCoster& k, costing::RegionTable& region)
{
    const std::string_view bundle = k.text("bundle");
    std::string& item = k.startItem();
    item += "Lightsail ";
    item += bundle;
    item += " bundle";
    k.line(item, 1, "months", k.context().prices.lightsailBundle(region.code, bundle));
}

void cloudFormation(CloudFormationBuilder& b, const Component& c)
{
    std::string bundle = b.catalog().string(c, "bundle").value_or("micro");
    // The catalog names bundles by size; Lightsail's ids carry the generation.
    if (bundle.find('_') == std::string::npos) bundle += kGeneration;
    std::string name = b.base(c);
    if (name.size() < 2) name += "Instance";
    b.addResource(b.base(c), "AWS::Lightsail::Instance",
                  obj({{"InstanceName", Json(name)},
                       {"BlueprintId", "amazon_linux_2023"},
                       {"BundleId", Json(bundle)},
                       {"Tags", b.tags(c)}}));
}

// The CloudFormation import (docs/import.md).
constexpr std::string_view kImportTypes[] = {"AWS::Lightsail::Instance"};

void importRead(ImportScope& scope, const TemplateResource& r, Component& c)
{
    const Json* id = ImportScope::at(r, "BundleId");
    // The catalog names bundles by size ("small"); the export adds the generation
    // ("small_3_0"), which is taken off again when the catalog knows the size.
    if (id && id->isString() && id->asString().ends_with(kGeneration)) {
        const std::string& text = id->asString();
        Json name(text.substr(0, text.size() - kGeneration.size()));
        if (PriceCatalog::builtin().hasLightsailBundle(scope.options().region, name.asString())) {
            scope.setProp(c, r, "bundle", &name);
            return;
        }
    }
    scope.setProp(c, r, "bundle", id);
}

} // namespace

extern const KindUnit LightsailInstance;
const KindUnit LightsailInstance{"lightsail-instance",
                                 summary,
                                 cost,
                                 {.write = cloudFormation},
                                 {.types = kImportTypes, .read = importRead}};

} // namespace azimuth::model::kinds
