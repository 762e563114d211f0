#pragma once
// Data files from resources/ compiled into the model library, so the command line and
// the tests need no installed resource directory.

#include <string_view>

namespace azimuth::model::resources {

/// resources/catalog/components.json
std::string_view componentCatalogJson();
/// resources/pricing/aws-prices.json
std::string_view priceCatalogJson();

} // namespace azimuth::model::resources
