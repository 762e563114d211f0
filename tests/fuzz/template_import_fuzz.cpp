// libFuzzer target: any bytes as a CloudFormation template to import. Reading, resolving and
// making the design must refuse what they cannot use with a LoadError, never crash, hang or
// run out of memory; what is imported is written as a design file.

#include "model/import/TemplateImporter.h"
#include "model/import/TemplateText.h"
#include "model/io/DesignWriter.h"
#include "model/io/LoadError.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace azimuth::model;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        const Json root = readTemplate(text, "fuzz.yaml");
        writeDesign(importTemplate(root, "fuzz.yaml").design);
    } catch (const LoadError&) {
    }
    return 0;
}
