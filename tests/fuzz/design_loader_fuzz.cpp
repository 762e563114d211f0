// Feeds arbitrary bytes to the .azimuth reader: it must refuse or load, never crash,
// leak or hang; what loads must survive a write and a second read unchanged.

#include "model/io/DesignReader.h"
#include "model/io/DesignWriter.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace azimuth::model;
    std::string_view text(reinterpret_cast<const char*>(data), size);
    Design design;
    try {
        design = readDesign(text, "fuzz.azimuth");
    } catch (const LoadError&) {
        return 0;
    }
    const std::string once = writeDesign(design);
    Design again = readDesign(once, "once.azimuth"); // a written design must read back
    if (!(again == design) || writeDesign(again) != once) std::abort();
    return 0;
}
