#pragma once
// Recovery copies of unsaved designs, in the user's data directory, never beside or over
// the user's own file. One copy per open window, with a small description beside it.

#include <QDateTime>
#include <QString>
#include <optional>
#include <vector>

namespace azimuth::app {

/// What a recovery copy is: when it was written, from which window and file.
struct RecoveryEntry
{
    QString id;         ///< file stem in the recovery directory
    QString designPath; ///< the copy itself
    QString sourceFile; ///< the file the window had open; empty for an unsaved design
    QString title;      ///< the design's title, if any
    QDateTime savedAt;
    qint64 ownerPid = 0; ///< the process that wrote it
};

class RecoveryStore
{
  public:
    /// `directory` defaults to <AppDataLocation>/recovery.
    explicit RecoveryStore(QString directory = {});

    const QString& directory() const { return m_directory; }

    /// Writes the recovery copy `id` through the safe-write path. On failure, the path
    /// that could not be written and what failed.
    std::optional<QString> write(const QString& id, const std::string& designText,
                                 const QString& sourceFile, const QString& title) const;
    /// Removes a copy and its description.
    void remove(const QString& id) const;
    /// Copies whose writer is no longer running: what a crash left behind. Newest first.
    std::vector<RecoveryEntry> orphans() const;
    /// Every copy, whoever wrote it.
    std::vector<RecoveryEntry> all() const;

    /// A fresh id for a window.
    static QString newId();

  private:
    QString m_directory;
};

} // namespace azimuth::app
