// A refused edit reaches the user in the controller's own words, from every place the
// user edits: the canvas, the inspector and the gateway behind them. A refused edit
// leaves no trace on the undo stack.

#include "GuiHarness.h"
#include "app/window/UndoEditGateway.h"

#include <QLineEdit>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTextStream>
#include <gtest/gtest.h>

using namespace azimuth;
using guitest::drag;
using guitest::item;
using guitest::text;
using guitest::windowWith;

namespace {

const char* kPair = R"({
  "format": "azimuth", "version": 1,
  "components": [
    { "id": "r1", "kind": "region", "name": "Main" },
    { "id": "az-a", "kind": "availability-zone", "parent": "r1" },
    { "id": "web", "kind": "ec2-fleet", "parent": "az-a", "name": "Web" },
    { "id": "jobs", "kind": "sqs-queue", "parent": "r1", "name": "Jobs" }
  ],
  "connections": [ { "id": "c1", "from": "web", "to": "jobs" } ]
})";

QPointF iconCentre(views::ComponentItem* i)
{
    return QPointF(i->box().center().x(), i->box().top() + 24);
}

/// A gateway that refuses everything with one sentence, to see where the inspector
/// puts a refusal.
struct RefusingGateway : views::EditGateway
{
    std::string reason;
    model::EditResult no() const { return model::EditResult::refused(reason); }
    model::EditResult addComponent(const std::string&, const model::ComponentId&,
                                   const model::Geometry&,
                                   std::optional<std::vector<std::string>>) override
    {
        return no();
    }
    model::EditResult moveComponents(const std::vector<views::MoveRequest>&) override
    {
        return no();
    }
    model::EditResult addConnection(const model::ComponentId&, const model::ComponentId&) override
    {
        return no();
    }
    model::EditResult setProperty(const model::ComponentId&, const std::string&,
                                  model::Json) override
    {
        return no();
    }
    model::EditResult setConnectionProps(const model::ConnectionId&, model::Json) override
    {
        return no();
    }
    model::EditResult setConnectionLabel(const model::ConnectionId&,
                                         std::optional<std::string>) override
    {
        return no();
    }
    model::EditResult setConnectionMode(const model::ConnectionId&,
                                        std::optional<std::string>) override
    {
        return no();
    }
    model::EditResult rename(const model::ComponentId&, const std::string&) override
    {
        return no();
    }
    void remove(const std::vector<model::ComponentId>&,
                const std::vector<model::ConnectionId>&) override
    {
    }
};

} // namespace

TEST(Refusals, ASecondArrowShowsTheControllersSentenceAndLeavesNoUndoStep)
{
    auto w = windowWith(kPair);
    const std::string before = text(*w);
    w->view()->setConnectMode(true);
    drag(*w, item(*w, "web")->box().center(), iconCentre(item(*w, "jobs")));
    EXPECT_EQ(text(*w), before);
    EXPECT_EQ(w->undoStack()->count(), 0);
    EXPECT_EQ(w->statusBar()->currentMessage().toStdString(),
              "\"Web\" is already connected to \"Jobs\".");
    // The other way round is another arrow, and allowed.
    drag(*w, item(*w, "jobs")->box().center(), iconCentre(item(*w, "web")));
    EXPECT_EQ(w->controller().design().connections().size(), 2u);
    EXPECT_EQ(w->undoStack()->count(), 1);
}

TEST(Refusals, TheGatewayHandsBackTheControllersReasonWordForWord)
{
    auto w = windowWith(kPair);
    const std::string before = text(*w);
    const model::ComponentId web{"web"};
    const model::Json ghost(model::Json::Array{model::Json("ghost")});
    const model::EditResult expected = w->controller().canSetProperty(web, "zones", ghost);
    ASSERT_FALSE(expected);
    const model::EditResult result = w->gateway().setProperty(web, "zones", ghost);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.reason(), "There is no zone \"ghost\".");
    EXPECT_EQ(result.reason(), expected.reason());
    EXPECT_EQ(w->gateway().addConnection(web, web).reason(),
              "A component cannot connect to itself.");
    EXPECT_EQ(w->gateway().addConnection(web, model::ComponentId{"jobs"}).reason(),
              "\"Web\" is already connected to \"Jobs\".");
    EXPECT_EQ(w->gateway().rename(model::ComponentId{"nobody"}, "x").reason(),
              "There is no component \"nobody\".");
    EXPECT_EQ(w->gateway()
                  .addComponent("ec2-fleet", model::ComponentId{"r1"},
                                model::Geometry{0, 0, 10, 10}, std::nullopt)
                  .reason(),
              model::KindCatalog::builtin().find("ec2-fleet")->placement);
    EXPECT_EQ(text(*w), before);
    EXPECT_EQ(w->undoStack()->count(), 0) << "a refused edit never reaches the stack";
    // And an allowed one answers true.
    EXPECT_TRUE(w->gateway().setProperty(web, "count", model::Json(3)));
    EXPECT_EQ(w->undoStack()->count(), 1);
}

TEST(Refusals, TheInspectorShowsARefusalInTheStatusBarAndTheModelsValueAgain)
{
    auto w = windowWith(kPair);
    w->scene()->selectComponents({model::ComponentId{"jobs"}});
    RefusingGateway refusing;
    refusing.reason = "Names are frozen during the exam.";
    w->inspector()->setGateway(&refusing);
    auto* name = qobject_cast<QLineEdit*>(w->inspector()->editor("name"));
    ASSERT_NE(name, nullptr);
    name->setText("Orders");
    emit name->editingFinished();
    EXPECT_EQ(w->statusBar()->currentMessage().toStdString(), refusing.reason);
    EXPECT_EQ(name->text(), QStringLiteral("Jobs")) << "the editor shows the model again";
    w->inspector()->setGateway(&w->gateway());
}

TEST(Refusals, AFileWithTwoArrowsBetweenTheSameTwoStillOpensAndKeepsBoth)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("twice.azimuth");
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    QTextStream(&f) << R"({ "format": "azimuth", "version": 1,
      "components": [ { "id": "u", "kind": "users" }, { "id": "s", "kind": "s3-bucket" } ],
      "connections": [ { "id": "c1", "from": "u", "to": "s" },
                       { "id": "c2", "from": "u", "to": "s", "label": "uploads" } ] })";
    f.close();
    auto w = windowWith("");
    QString error;
    ASSERT_TRUE(w->openFile(path, &error)) << error.toStdString();
    EXPECT_EQ(w->controller().design().connections().size(), 2u);
    EXPECT_EQ(w->gateway().addConnection(model::ComponentId{"u"}, model::ComponentId{"s"}).reason(),
              "\"u\" is already connected to \"s\".");
    ASSERT_TRUE(w->saveTo(path, &error)) << error.toStdString();
    EXPECT_EQ(model::readDesignFile(path.toStdString()).connections().size(), 2u);
}
