#pragma once
// The sample designs listed in samples/index.json: file, title and description.

#include "model/core/Design.h"

#include <QString>
#include <vector>

namespace azimuth::views {

struct SampleEntry
{
    QString file;
    QString title;
    QString description;
};

class SampleIndex
{
  public:
    /// Reads `index.json` from a folder (":/samples" for the compiled-in samples); throws
    /// std::runtime_error naming the file and the entry at fault.
    static SampleIndex load(const QString& folder = QStringLiteral(":/samples"));

    const std::vector<SampleEntry>& entries() const { return m_entries; }
    const QString& folder() const { return m_folder; }
    /// Reads one sample design; throws LoadError (FILE:LINE:COL: message) when bad.
    model::Design design(const SampleEntry& entry) const;

  private:
    QString m_folder;
    std::vector<SampleEntry> m_entries;
};

} // namespace azimuth::views
