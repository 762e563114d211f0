#include "LearnCards.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <stdexcept>

namespace azimuth::views {

namespace {

[[noreturn]] void fail(const QString& source, const QString& what)
{
    throw std::runtime_error(QStringLiteral("%1: %2").arg(source, what).toStdString());
}

QString requireText(const QJsonObject& o, const char* field, const QString& source,
                    const QString& where)
{
    const QJsonValue v = o.value(QLatin1String(field));
    if (!v.isString() || v.toString().isEmpty())
        fail(source,
             QStringLiteral("%1 needs a non-empty string \"%2\"").arg(where, QLatin1String(field)));
    return v.toString();
}

QStringList textList(const QJsonObject& o, const char* field, const QString& source,
                     const QString& where)
{
    const QJsonValue v = o.value(QLatin1String(field));
    if (v.isUndefined()) return {};
    if (!v.isArray())
        fail(source, QStringLiteral("%1: \"%2\" must be an array of strings")
                         .arg(where, QLatin1String(field)));
    QStringList out;
    for (const QJsonValue& e : v.toArray()) {
        if (!e.isString())
            fail(source, QStringLiteral("%1: \"%2\" must be an array of strings")
                             .arg(where, QLatin1String(field)));
        out << e.toString();
    }
    return out;
}

} // namespace

LearnCards LearnCards::fromJson(const QByteArray& text, const QString& source)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        fail(source, QStringLiteral("offset %1: %2").arg(error.offset).arg(error.errorString()));
    if (!doc.isObject()) fail(source, QStringLiteral("the top level must be an object"));
    const QJsonObject root = doc.object();

    LearnCards cards;
    const QJsonArray kinds = root.value(QLatin1String("kinds")).toArray();
    for (qsizetype i = 0; i < kinds.size(); ++i) {
        const QString where = QStringLiteral("kinds[%1]").arg(i);
        const QJsonObject o = kinds.at(i).toObject();
        KindCard card{requireText(o, "kind", source, where), requireText(o, "title", source, where),
                      requireText(o, "what", source, where), requireText(o, "when", source, where),
                      textList(o, "rules", source, where),   textList(o, "topics", source, where)};
        if (cards.m_kindIndex.contains(card.kind))
            fail(source, QStringLiteral("%1: kind \"%2\" has two cards").arg(where, card.kind));
        cards.m_kindIndex.insert(card.kind, cards.m_kinds.size());
        cards.m_kinds.push_back(std::move(card));
    }
    const QJsonArray topics = root.value(QLatin1String("topics")).toArray();
    for (qsizetype i = 0; i < topics.size(); ++i) {
        const QString where = QStringLiteral("topics[%1]").arg(i);
        const QJsonObject o = topics.at(i).toObject();
        TopicCard card{requireText(o, "topic", source, where),
                       requireText(o, "title", source, where), textList(o, "body", source, where)};
        if (card.body.isEmpty())
            fail(source, QStringLiteral("%1 needs a non-empty \"body\"").arg(where));
        cards.m_topicIndex.insert(card.topic, cards.m_topics.size());
        cards.m_topics.push_back(std::move(card));
    }
    // A link to a topic that does not exist would be a dead link in the panel.
    for (const KindCard& k : cards.m_kinds)
        for (const QString& t : k.topics)
            if (!cards.m_topicIndex.contains(t))
                fail(source,
                     QStringLiteral("card \"%1\" links to unknown topic \"%2\"").arg(k.kind, t));
    return cards;
}

const LearnCards& LearnCards::builtin()
{
    static const LearnCards cards = [] {
        const QString path = QStringLiteral(":/learn/cards.json");
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            fail(path, QStringLiteral("not compiled into the application"));
        return fromJson(file.readAll(), path);
    }();
    return cards;
}

const KindCard* LearnCards::kind(const QString& kind) const
{
    const auto it = m_kindIndex.constFind(kind);
    return it == m_kindIndex.constEnd() ? nullptr : &m_kinds[*it];
}

const TopicCard* LearnCards::topic(const QString& topic) const
{
    const auto it = m_topicIndex.constFind(topic);
    return it == m_topicIndex.constEnd() ? nullptr : &m_topics[*it];
}

} // namespace azimuth::views
