// The learn cards: one per kind of the catalog, linked rules and topics that exist, and
// the panel following the palette and the canvas selection.

#include "views/classroom/LearnCards.h"

#include "ClassroomHarness.h"
#include "model/catalog/KindCatalog.h"
#include "model/rules/RuleRegistry.h"
#include "views/classroom/LearnCardView.h"
#include "views/palette/PaletteTree.h"
#include "views/palette/PaletteWidget.h"

#include <QFile>
#include <QTreeWidget>
#include <gtest/gtest.h>

using namespace azimuth;
using namespace azimuth::classroomtest;

namespace {

QString whyOf(const char* rule)
{
    const model::RuleInfo* info = model::findRuleInfo(rule);
    EXPECT_NE(info, nullptr) << rule;
    return QString::fromUtf8(info->why.data(), qsizetype(info->why.size()));
}

QTreeWidgetItem* paletteItem(QTreeWidget* tree, const QString& kind)
{
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
        if ((*it)->data(0, views::PaletteTree::KindRole).toString() == kind) return *it;
    return nullptr;
}

} // namespace

TEST(LearnCards, EveryKindOfTheCatalogHasACard)
{
    const auto& cards = views::LearnCards::builtin();
    for (const auto& spec : model::KindCatalog::builtin().kinds()) {
        const views::KindCard* card = cards.kind(QString::fromStdString(spec.kind));
        ASSERT_NE(card, nullptr) << spec.kind;
        EXPECT_FALSE(card->what.isEmpty());
        EXPECT_FALSE(card->when.isEmpty());
    }
    EXPECT_EQ(cards.kinds().size(), model::KindCatalog::builtin().kinds().size());
}

TEST(LearnCards, TheCourseTopicsHaveCards)
{
    const auto& cards = views::LearnCards::builtin();
    for (const char* topic : {"pricing-options", "instance-families", "sns-vs-sqs",
                              "lambda-vs-fargate", "cloudformation"})
        EXPECT_NE(cards.topic(QString::fromLatin1(topic)), nullptr) << topic;
    // Five pricing options, five instance families: one paragraph each.
    EXPECT_EQ(cards.topic(QStringLiteral("pricing-options"))->body.size(), 5);
    EXPECT_EQ(cards.topic(QStringLiteral("instance-families"))->body.size(), 5);
}

TEST(LearnCards, EveryRuleACardNamesExists)
{
    for (const auto& card : views::LearnCards::builtin().kinds())
        for (const QString& rule : card.rules)
            EXPECT_NE(model::findRuleInfo(rule.toStdString()), nullptr)
                << card.kind.toStdString() << " names " << rule.toStdString();
}

TEST(LearnCards, TheSourceFileIsWhatIsCompiledIn)
{
    QFile file(QStringLiteral(AZIMUTH_LEARN_CARDS));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const auto cards = views::LearnCards::fromJson(file.readAll(), file.fileName());
    EXPECT_EQ(cards.kinds().size(), views::LearnCards::builtin().kinds().size());
    EXPECT_EQ(cards.topics().size(), views::LearnCards::builtin().topics().size());
}

TEST(LearnCards, BadFilesSayWhatAndWhere)
{
    try {
        views::LearnCards::fromJson("{\"kinds\": [", "cards.json");
        FAIL() << "accepted broken JSON";
    } catch (const std::runtime_error& e) {
        EXPECT_TRUE(std::string(e.what()).starts_with("cards.json: offset ")) << e.what();
    }
    try {
        views::LearnCards::fromJson(
            R"({"kinds": [{"kind": "region", "title": "Region", "what": "x"}]})", "cards.json");
        FAIL() << "accepted a card without \"when\"";
    } catch (const std::runtime_error& e) {
        EXPECT_STREQ(e.what(), "cards.json: kinds[0] needs a non-empty string \"when\"");
    }
    try {
        views::LearnCards::fromJson(
            R"({"kinds": [{"kind": "region", "title": "R", "what": "x", "when": "y", "topics": ["nope"]}]})",
            "c.json");
        FAIL() << "accepted a dead topic link";
    } catch (const std::runtime_error& e) {
        EXPECT_STREQ(e.what(), "c.json: card \"region\" links to unknown topic \"nope\"");
    }
}

TEST(LearnCardView, AKindCardShowsWhatWhenAndTheRulesWhy)
{
    views::LearnCardView view;
    ASSERT_TRUE(view.showKind(QStringLiteral("sqs-queue")));
    EXPECT_EQ(view.current(), QStringLiteral("kind:sqs-queue"));
    const QString text = view.toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("SQS queue")));
    EXPECT_TRUE(text.contains(QStringLiteral("When to use it")));
    EXPECT_TRUE(text.contains(whyOf("decoupling.queue-no-consumer").left(40)))
        << text.toStdString();
    EXPECT_FALSE(view.showKind(QStringLiteral("mainframe")));
    EXPECT_EQ(view.current(), QStringLiteral("index"));
}

TEST(LearnCardView, TopicLinksOpenTopicCards)
{
    views::LearnCardView view;
    ASSERT_TRUE(view.showKind(QStringLiteral("lambda-function")));
    emit view.anchorClicked(QUrl(QStringLiteral("topic:lambda-vs-fargate")));
    EXPECT_EQ(view.current(), QStringLiteral("topic:lambda-vs-fargate"));
    EXPECT_TRUE(view.toPlainText().contains(QStringLiteral("15 minutes")));
    emit view.anchorClicked(QUrl(QStringLiteral("index")));
    EXPECT_EQ(view.current(), QStringLiteral("index"));
}

TEST(LearnPanel, FollowsThePaletteKind)
{
    auto w = window();
    auto& c = classroom(*w);
    QTreeWidget* tree = w->palette()->tree();
    QTreeWidgetItem* item = paletteItem(tree, QStringLiteral("auto-scaling-group"));
    ASSERT_NE(item, nullptr);
    tree->setCurrentItem(item);
    EXPECT_EQ(c.learnView()->current(), QStringLiteral("kind:auto-scaling-group"));
    EXPECT_TRUE(
        c.learnView()->toPlainText().contains(whyOf("availability.asg-single-az").left(40)));
}

TEST(LearnPanel, FollowsTheCanvasSelection)
{
    auto w = window();
    auto& c = classroom(*w);
    ASSERT_TRUE(w->openFile(QString::fromStdString(samplePath("ha-web-app.azimuth"))));
    w->scene()->selectComponents({model::ComponentId{"db"}});
    QApplication::processEvents();
    EXPECT_EQ(c.learnView()->current(), QStringLiteral("kind:rds-database"));
    const QString text = c.learnView()->toPlainText();
    EXPECT_TRUE(text.startsWith(QStringLiteral("Orders database"))) << text.toStdString();
    EXPECT_TRUE(text.contains(whyOf("availability.rds-single-az").left(40)));
}
