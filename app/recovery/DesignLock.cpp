#include "DesignLock.h"

#include <QFileInfo>

namespace azimuth::app {

QString DesignLock::lockPathFor(const QString& designPath)
{
    const QFileInfo info(designPath);
    return info.absolutePath() + "/.~" + info.fileName() + ".lock";
}

DesignLock::DesignLock(const QString& designPath)
    : m_lock(std::make_unique<QLockFile>(lockPathFor(designPath)))
{
    m_lock->setStaleLockTime(0); // a lock lives as long as its process; stale = owner gone
    if (m_lock->tryLock(0)) return;
    if (m_lock->error() == QLockFile::LockFailedError) {
        Holder h;
        if (m_lock->getLockInfo(&h.pid, &h.host, &h.application)) m_holder = h;
    }
}

} // namespace azimuth::app
