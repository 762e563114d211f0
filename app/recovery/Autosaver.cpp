#include "Autosaver.h"

#include <QSettings>

namespace azimuth::app {

Autosaver::Autosaver(RecoveryStore store, Source source, QObject* parent)
    : QObject(parent), m_store(std::move(store)), m_source(std::move(source)),
      m_id(RecoveryStore::newId())
{
    m_timer.setInterval(configuredIntervalMs());
    connect(&m_timer, &QTimer::timeout, this, [this] { saveNow(); });
    m_timer.start();
}

Autosaver::~Autosaver()
{
    // A clean close removes the copy; a crash never gets here and leaves it for recovery.
    discard();
}

int Autosaver::configuredIntervalMs()
{
    const int seconds = QSettings().value("autosave/intervalSeconds", 60).toInt();
    return std::max(1, seconds) * 1000;
}

void Autosaver::setIntervalMs(int ms)
{
    m_timer.setInterval(std::max(1, ms));
}

bool Autosaver::saveNow()
{
    if (!m_source.isModified()) {
        if (m_written) discard(); // saved since the last copy
        return true;
    }
    if (auto error =
            m_store.write(m_id, m_source.designText(), m_source.sourceFile(), m_source.title())) {
        emit failed(*error);
        return false;
    }
    m_written = true;
    emit autosaved(m_store.directory() + "/" + m_id + ".azimuth");
    return true;
}

void Autosaver::discard()
{
    if (!m_written) return;
    m_store.remove(m_id);
    m_written = false;
}

} // namespace azimuth::app
