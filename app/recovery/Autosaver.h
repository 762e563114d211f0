#pragma once
// Writes a recovery copy of a window's design while it has unsaved changes, every
// interval (60 s by default, QSettings "autosave/intervalSeconds"); removes it when the
// design is saved or the window closes cleanly.

#include "RecoveryStore.h"

#include <QObject>
#include <QTimer>
#include <functional>

namespace azimuth::app {

class Autosaver : public QObject
{
    Q_OBJECT
  public:
    struct Source
    {
        std::function<bool()> isModified;
        std::function<std::string()> designText; ///< the design as Save would write it
        std::function<QString()> sourceFile;
        std::function<QString()> title;
    };

    Autosaver(RecoveryStore store, Source source, QObject* parent = nullptr);
    ~Autosaver() override;

    /// The interval from the settings, in milliseconds.
    static int configuredIntervalMs();
    void setIntervalMs(int ms);
    int intervalMs() const { return m_timer.interval(); }

    const QString& id() const { return m_id; }
    const RecoveryStore& store() const { return m_store; }

    /// Writes the copy now if there are unsaved changes; returns false on a write error.
    bool saveNow();
    /// The design is saved (or discarded): the copy is no longer needed.
    void discard();

  signals:
    void autosaved(const QString& path);
    void failed(const QString& error);

  private:
    RecoveryStore m_store;
    Source m_source;
    QString m_id;
    QTimer m_timer;
    bool m_written = false;
};

} // namespace azimuth::app
