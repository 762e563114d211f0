#include "LearnCardView.h"

#include "model/rules/RuleRegistry.h"

#include <QUrl>

namespace azimuth::views {

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}
QString esc(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size())).toHtmlEscaped();
}

const char* kStyle = "<style>h2{margin:0 0 2px 0;} h3{margin:10px 0 2px 0;color:#232F3E;}"
                     "p{margin:2px 0 6px 0;} .sub{color:#5f6b7a;} .rule{margin:4px 0 6px 0;}"
                     "a{color:#0972d3;}</style>";

} // namespace

LearnCardView::LearnCardView(const LearnCards& cards, QWidget* parent)
    : QTextBrowser(parent), m_cards(cards)
{
    setObjectName(QStringLiteral("learnCard"));
    // Links are ours (kind:, topic:, index); never let the browser try to load them.
    setOpenLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, &LearnCardView::follow);
    setAccessibleName(tr("Learn card"));
    showIndex();
}

QString LearnCardView::kindHtml(const KindCard& card, const QString& heading) const
{
    QString html = QString::fromLatin1(kStyle) + heading;
    html += QStringLiteral("<h3>What it is</h3><p>%1</p>").arg(esc(card.what));
    html += QStringLiteral("<h3>When to use it</h3><p>%1</p>").arg(esc(card.when));
    QString rules;
    for (const QString& id : card.rules) {
        const model::RuleInfo* info = model::findRuleInfo(id.toStdString());
        if (!info) continue; // a rule renamed since the cards were written: say nothing wrong
        rules += QStringLiteral("<p class='rule'><b>%1</b> <span class='sub'>(%2)</span><br>%3</p>")
                     .arg(esc(info->title), esc(info->id), esc(info->why));
    }
    if (!rules.isEmpty())
        html += QStringLiteral("<h3>What the checks look for, and why</h3>") + rules;
    if (!card.topics.isEmpty()) {
        html += QStringLiteral("<h3>Read more</h3><p>");
        for (const QString& t : card.topics)
            if (const TopicCard* topic = m_cards.topic(t))
                html +=
                    QStringLiteral("<a href='topic:%1'>%2</a><br>").arg(esc(t), esc(topic->title));
        html += QStringLiteral("</p>");
    }
    html += QStringLiteral("<p><a href='index'>All cards</a></p>");
    return html;
}

bool LearnCardView::showKind(const QString& kind)
{
    m_component = {};
    const KindCard* card = m_cards.kind(kind);
    if (!card) {
        showIndex();
        return false;
    }
    setHtml(kindHtml(*card, QStringLiteral("<h2>%1</h2>").arg(esc(card->title))));
    m_current = QStringLiteral("kind:") + kind;
    return true;
}

bool LearnCardView::showComponent(const model::Design& design, const model::ComponentId& id)
{
    const model::Component* c = design.component(id);
    if (!c) {
        showIndex();
        return false;
    }
    const QString kind = QString::fromStdString(c->kind);
    const KindCard* card = m_cards.kind(kind);
    if (!card) {
        showIndex();
        return false;
    }
    const QString heading =
        QStringLiteral("<h2>%1</h2><p class='sub'>%2</p>")
            .arg(esc(QString::fromStdString(c->displayName())), esc(card->title));
    setHtml(kindHtml(*card, heading));
    m_current = QStringLiteral("kind:") + kind;
    m_component = id;
    return true;
}

bool LearnCardView::showTopic(const QString& topic)
{
    m_component = {};
    const TopicCard* card = m_cards.topic(topic);
    if (!card) {
        showIndex();
        return false;
    }
    QString html =
        QString::fromLatin1(kStyle) + QStringLiteral("<h2>%1</h2>").arg(esc(card->title));
    for (const QString& para : card->body)
        html += QStringLiteral("<p>%1</p>").arg(esc(para));
    html += QStringLiteral("<p><a href='index'>All cards</a></p>");
    setHtml(html);
    m_current = QStringLiteral("topic:") + topic;
    return true;
}

void LearnCardView::showIndex()
{
    m_component = {};
    QString html = QString::fromLatin1(kStyle) +
                   QStringLiteral("<h2>Learn</h2><p class='sub'>Select a kind in "
                                  "the palette or a component on the canvas to "
                                  "see what it is and when to use it.</p><h3>Topics</h3><p>");
    for (const TopicCard& t : m_cards.topics())
        html += QStringLiteral("<a href='topic:%1'>%2</a><br>").arg(esc(t.topic), esc(t.title));
    html += QStringLiteral("</p><h3>Components</h3><p>");
    for (const KindCard& k : m_cards.kinds())
        html += QStringLiteral("<a href='kind:%1'>%2</a><br>").arg(esc(k.kind), esc(k.title));
    html += QStringLiteral("</p>");
    setHtml(html);
    m_current = QStringLiteral("index");
}

void LearnCardView::follow(const QUrl& url)
{
    const QString link = url.toString();
    if (link.startsWith(QLatin1String("topic:")))
        showTopic(link.mid(6));
    else if (link.startsWith(QLatin1String("kind:")))
        showKind(link.mid(5));
    else
        showIndex();
}

} // namespace azimuth::views
