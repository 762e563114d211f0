#pragma once
// The Learn panel's text (resources/learn/cards.json): what each kind is and when to use
// it, the rules that may flag it, and a few topic cards the kind cards link to.

#include <QHash>
#include <QString>
#include <QStringList>
#include <vector>

namespace azimuth::views {

/// What one kind is and when to use it.
struct KindCard
{
    QString kind;
    QString title;
    QString what;
    QString when;
    QStringList rules;  ///< rule ids whose "why" the card shows
    QStringList topics; ///< topic ids linked from the card
};

/// A card about a subject rather than a kind (pricing options, SNS vs SQS, ...).
struct TopicCard
{
    QString topic;
    QString title;
    QStringList body; ///< one paragraph per entry
};

class LearnCards
{
  public:
    /// Parses the cards file's text; throws std::runtime_error naming `source` and what
    /// is wrong when it is not valid JSON or a card lacks a field.
    static LearnCards fromJson(const QByteArray& text, const QString& source);
    /// The cards compiled into the application (":/learn/cards.json").
    static const LearnCards& builtin();

    const KindCard* kind(const QString& kind) const;
    const TopicCard* topic(const QString& topic) const;
    const std::vector<KindCard>& kinds() const { return m_kinds; }
    const std::vector<TopicCard>& topics() const { return m_topics; }

  private:
    std::vector<KindCard> m_kinds;
    std::vector<TopicCard> m_topics;
    QHash<QString, size_t> m_kindIndex;
    QHash<QString, size_t> m_topicIndex;
};

} // namespace azimuth::views
