#pragma once
// A lock beside an open design (".~name.azimuth.lock", with the owner's pid and host), so
// a second instance opening the same file warns instead of silently racing.

#include <QLockFile>
#include <QString>
#include <memory>
#include <optional>

namespace azimuth::app {

class DesignLock
{
  public:
    /// Who holds a lock, when someone else does.
    struct Holder
    {
        qint64 pid = 0;
        QString host;
        QString application;
    };

    /// The lock file path for a design.
    static QString lockPathFor(const QString& designPath);

    /// Tries to take the lock; on failure tells who holds it (nullopt holder when it could
    /// not even be read, e.g. a read-only folder: then nothing is locked and nothing said).
    explicit DesignLock(const QString& designPath);
    bool isLocked() const { return m_lock && m_lock->isLocked(); }
    const std::optional<Holder>& heldBy() const { return m_holder; }

  private:
    std::unique_ptr<QLockFile> m_lock;
    std::optional<Holder> m_holder;
};

} // namespace azimuth::app
