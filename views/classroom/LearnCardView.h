#pragma once
// The Learn panel: the card of a palette kind or of the selected component (what it is,
// when to use it, why each rule that may flag it matters), with links to topic cards.

#include "LearnCards.h"
#include "model/core/Design.h"

#include <QTextBrowser>

namespace azimuth::views {

class LearnCardView : public QTextBrowser
{
    Q_OBJECT
  public:
    explicit LearnCardView(const LearnCards& cards = LearnCards::builtin(),
                           QWidget* parent = nullptr);

    /// Shows the card of a kind; false (and the index) when the kind has no card.
    bool showKind(const QString& kind);
    /// Shows the card of a component's kind, headed by the component's name.
    bool showComponent(const model::Design& design, const model::ComponentId& id);
    /// Shows a topic card; false (and the index) when there is no such topic.
    bool showTopic(const QString& topic);
    /// Shows the list of every card.
    void showIndex();

    /// What the panel shows now: "kind:NAME", "topic:NAME" or "index".
    const QString& current() const { return m_current; }
    /// The component whose card is shown (empty for a kind, topic or the index).
    const model::ComponentId& component() const { return m_component; }

  private:
    QString kindHtml(const KindCard& card, const QString& heading) const;
    void follow(const QUrl& url);

    const LearnCards& m_cards;
    QString m_current;
    model::ComponentId m_component;
};

} // namespace azimuth::views
