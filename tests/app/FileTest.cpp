// Saving and opening: the document that comes back is the one that was saved.

#include "GuiHarness.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace azimuth;
using guitest::text;
using guitest::windowWith;

TEST(Files, SaveAndReopenGiveTheSameDocument)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("shop.azimuth");
    auto w = windowWith(R"({ "format": "azimuth", "version": 1, "title": "Shop",
      "components": [ { "id": "r1", "kind": "region" },
                      { "id": "az-a", "kind": "availability-zone", "parent": "r1" },
                      { "id": "f1", "kind": "ec2-fleet", "parent": "az-a", "props": { "count": 3 } } ] })");
    // An edit through the canvas, so the saved file carries geometry too.
    w->scene()->selectComponents({model::ComponentId{"f1"}});
    w->scene()->nudgeSelection(QPointF(16, 8));
    EXPECT_TRUE(w->isWindowModified());
    QString error;
    ASSERT_TRUE(w->saveTo(path, &error)) << error.toStdString();
    EXPECT_FALSE(w->isWindowModified());
    EXPECT_NE(w->windowTitle().indexOf("shop.azimuth"), -1);

    auto other = windowWith("");
    ASSERT_TRUE(other->openFile(path, &error)) << error.toStdString();
    EXPECT_TRUE(other->controller().design() == w->controller().design());
    EXPECT_EQ(text(*other), text(*w));
    EXPECT_EQ(other->scene()->componentItemCount(), 3u);
    EXPECT_FALSE(other->isWindowModified());
    EXPECT_EQ(other->recentFiles().value(0), QFileInfo(path).absoluteFilePath());
    EXPECT_EQ(other->scene()->boxOf(model::ComponentId{"f1"}),
              w->scene()->boxOf(model::ComponentId{"f1"}));
}

TEST(Files, ABadFileIsRefusedWithWhereAndTheOpenDocumentStays)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("bad.azimuth");
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("{ \"format\": \"azimuth\", \"version\": 1,\n  \"components\": [ { \"id\": \"x\" ");
    f.close();
    auto w = windowWith(
        R"({ "format": "azimuth", "version": 1, "components": [ { "id": "r1", "kind": "region" } ] })");
    const std::string before = text(*w);
    QString error;
    EXPECT_FALSE(w->openFile(path, &error));
    EXPECT_TRUE(error.startsWith(path + ":2:")) << error.toStdString();
    EXPECT_EQ(text(*w), before);
}
