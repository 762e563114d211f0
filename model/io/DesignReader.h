#pragma once
// Reads .azimuth files (file-format.md, version 1): tolerant of strings-as-numbers and a
// BOM, keeps unknown keys, and refuses a bad file as a whole with FILE:LINE:COL.

#include "model/catalog/KindCatalog.h"
#include "model/core/Design.h"
#include "model/io/LoadError.h"

#include <string>
#include <string_view>

namespace azimuth::model {

/// Limits that protect the app from hostile files (file-format.md).
struct DesignLimits
{
    size_t maxBytes = 64ull * 1024 * 1024;
    size_t maxComponents = 100000;
    size_t maxConnections = 200000;
    int maxDepth = 64;
};

/// The newest file version this build reads.
inline constexpr int kFormatVersion = 3;

/// Parses a design from text; `fileName` is used in messages. Throws LoadError.
Design readDesign(std::string_view text, const std::string& fileName,
                  const KindCatalog& catalog = KindCatalog::builtin(),
                  const DesignLimits& limits = {});

/// Reads a design file, refusing one over the size limit before reading it.
Design readDesignFile(const std::string& path, const KindCatalog& catalog = KindCatalog::builtin(),
                      const DesignLimits& limits = {});

} // namespace azimuth::model
