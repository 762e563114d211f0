// Feeds arbitrary bytes to the price catalog reader (a user's --prices file): it must
// refuse or load, never crash, leak or hang.

#include "model/cost/PriceCatalog.h"
#include "model/io/LoadError.h"

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace azimuth::model;
    std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        PriceCatalog catalog = PriceCatalog::fromJson(text, "fuzz-prices.json");
        (void)catalog.hasInstanceType("us-east-1", "m5.large");
        (void)catalog.hasLightsailBundle("us-east-1", "micro");
    } catch (const LoadError&) {
    }
    return 0;
}
