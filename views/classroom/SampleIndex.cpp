#include "SampleIndex.h"

#include "model/io/DesignReader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <stdexcept>

namespace azimuth::views {

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error(
            QStringLiteral("%1: cannot read: %2").arg(path, file.errorString()).toStdString());
    return file.readAll();
}

} // namespace

SampleIndex SampleIndex::load(const QString& folder)
{
    const QString path = folder + QStringLiteral("/index.json");
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(readAll(path), &error);
    if (error.error != QJsonParseError::NoError)
        throw std::runtime_error(QStringLiteral("%1: offset %2: %3")
                                     .arg(path)
                                     .arg(error.offset)
                                     .arg(error.errorString())
                                     .toStdString());
    const QJsonArray samples = doc.object().value(QLatin1String("samples")).toArray();
    SampleIndex index;
    index.m_folder = folder;
    for (qsizetype i = 0; i < samples.size(); ++i) {
        const QJsonObject o = samples.at(i).toObject();
        SampleEntry entry{o.value(QLatin1String("file")).toString(),
                          o.value(QLatin1String("title")).toString(),
                          o.value(QLatin1String("description")).toString()};
        if (entry.file.isEmpty() || entry.title.isEmpty())
            throw std::runtime_error(
                QStringLiteral("%1: samples[%2] needs a \"file\" and a \"title\"")
                    .arg(path)
                    .arg(i)
                    .toStdString());
        index.m_entries.push_back(std::move(entry));
    }
    return index;
}

model::Design SampleIndex::design(const SampleEntry& entry) const
{
    const QString path = m_folder + QLatin1Char('/') + entry.file;
    const QByteArray text = readAll(path);
    return model::readDesign(text.toStdString(), entry.file.toStdString());
}

} // namespace azimuth::views
