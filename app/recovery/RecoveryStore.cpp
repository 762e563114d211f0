#include "RecoveryStore.h"

#include "model/io/SafeWrite.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QUuid>
#include <algorithm>
#include <cerrno>
#include <csignal>
#include <unistd.h>

namespace azimuth::app {

namespace {

bool processIsAlive(qint64 pid)
{
    if (pid <= 0) return false;
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
}

} // namespace

RecoveryStore::RecoveryStore(QString directory) : m_directory(std::move(directory))
{
    if (m_directory.isEmpty())
        m_directory =
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + "/recovery";
}

QString RecoveryStore::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

std::optional<QString> RecoveryStore::write(const QString& id, const std::string& designText,
                                            const QString& sourceFile, const QString& title) const
{
    if (!QDir().mkpath(m_directory))
        return QObject::tr("could not create the recovery folder %1").arg(m_directory);
    const QString base = m_directory + "/" + id;
    // The same safe-write path as a save: a failed copy leaves the previous copy whole.
    auto writeCopy = [](const QString& path, const std::string& text) -> std::optional<QString> {
        if (auto error = model::writeFileAtomically(path.toStdString(), text))
            return path + ": " + QString::fromStdString(*error);
        return std::nullopt;
    };
    if (auto error = writeCopy(base + ".azimuth", designText)) return error;
    QJsonObject meta{{"sourceFile", sourceFile},
                     {"title", title},
                     {"savedAt", QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                     {"pid", QCoreApplication::applicationPid()}};
    const std::string metaText = QJsonDocument(meta).toJson().toStdString();
    return writeCopy(base + ".json", metaText);
}

void RecoveryStore::remove(const QString& id) const
{
    QFile::remove(m_directory + "/" + id + ".azimuth");
    QFile::remove(m_directory + "/" + id + ".json");
}

std::vector<RecoveryEntry> RecoveryStore::all() const
{
    std::vector<RecoveryEntry> out;
    QDir dir(m_directory);
    for (const QString& name : dir.entryList({"*.json"}, QDir::Files)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly)) continue;
        const QJsonObject meta = QJsonDocument::fromJson(f.readAll()).object();
        RecoveryEntry e;
        e.id = name.chopped(5);
        e.designPath = dir.filePath(e.id + ".azimuth");
        if (!QFile::exists(e.designPath)) continue;
        e.sourceFile = meta.value("sourceFile").toString();
        e.title = meta.value("title").toString();
        e.savedAt = QDateTime::fromString(meta.value("savedAt").toString(), Qt::ISODateWithMs);
        e.ownerPid = meta.value("pid").toInteger();
        out.push_back(e);
    }
    std::sort(out.begin(), out.end(),
              [](const RecoveryEntry& a, const RecoveryEntry& b) { return a.savedAt > b.savedAt; });
    return out;
}

std::vector<RecoveryEntry> RecoveryStore::orphans() const
{
    std::vector<RecoveryEntry> out;
    for (auto& e : all())
        if (!processIsAlive(e.ownerPid) || e.ownerPid == QCoreApplication::applicationPid())
            out.push_back(e);
    return out;
}

} // namespace azimuth::app
