// File > New from Sample: the gallery lists every sample of index.json with a thumbnail,
// and opening one gives that design as a new untitled document.

#include "views/classroom/SampleGallery.h"

#include "ClassroomHarness.h"
#include "views/classroom/SampleIndex.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QMenu>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace azimuth;
using namespace azimuth::classroomtest;

namespace {

/// index.json as written in the source tree, read without the code under test.
QJsonArray sourceIndex()
{
    QFile file(QStringLiteral(AZIMUTH_SAMPLES "/index.json"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(file.readAll())
        .object()
        .value(QStringLiteral("samples"))
        .toArray();
}

std::string fileText(const std::string& file)
{
    return model::writeDesign(model::readDesignFile(samplePath(file)));
}

} // namespace

TEST(SampleGallery, ListsEverySampleOfTheIndexWithAThumbnail)
{
    const QJsonArray expected = sourceIndex();
    ASSERT_GE(expected.size(), 10);
    views::SampleGallery gallery(views::SampleIndex::load());
    ASSERT_EQ(gallery.list()->count(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        const QListWidgetItem* item = gallery.list()->item(i);
        const QJsonObject entry = expected.at(i).toObject();
        EXPECT_EQ(item->text(), entry.value(QStringLiteral("title")).toString());
        EXPECT_EQ(item->toolTip(), entry.value(QStringLiteral("description")).toString());
        EXPECT_TRUE(item->flags() & Qt::ItemIsEnabled) << item->text().toStdString();
        EXPECT_FALSE(item->icon().isNull()) << item->text().toStdString();
    }
}

TEST(SampleGallery, ThumbnailsDrawTheDiagram)
{
    const QImage image =
        views::SampleGallery::thumbnail(model::readDesignFile(samplePath("ha-web-app.azimuth")))
            .toImage();
    ASSERT_EQ(image.size(),
              QSize(views::SampleGallery::kThumbWidth, views::SampleGallery::kThumbHeight));
    // Inside the border, a drawn diagram leaves many pixels that are not white.
    int inked = 0;
    for (int y = 4; y < image.height() - 4; ++y)
        for (int x = 4; x < image.width() - 4; ++x)
            if (image.pixelColor(x, y).lightness() < 235) ++inked;
    EXPECT_GT(inked, 500);
}

TEST(SampleGallery, SelectingASampleGivesThatDesign)
{
    views::SampleGallery gallery(views::SampleIndex::load());
    const QJsonArray expected = sourceIndex();
    for (int i = 0; i < expected.size(); ++i) {
        gallery.list()->setCurrentRow(i);
        const auto design = gallery.selectedDesign();
        ASSERT_TRUE(design);
        const std::string file =
            expected.at(i).toObject().value(QStringLiteral("file")).toString().toStdString();
        EXPECT_EQ(model::writeDesign(*design), fileText(file)) << file;
    }
}

TEST(SampleGallery, OpeningASampleGivesANewUntitledDesign)
{
    auto w = window();
    auto& c = classroom(*w);
    ASSERT_TRUE(c.openSample(QStringLiteral("coffee-shop-queue.azimuth")));
    EXPECT_EQ(text(*w), fileText("coffee-shop-queue.azimuth"));
    EXPECT_TRUE(w->filePath().isEmpty()) << "saving must not write over the sample";
    EXPECT_TRUE(w->undoStack()->isClean());
    EXPECT_EQ(w->undoStack()->count(), 0);
    EXPECT_FALSE(c.openSample(QStringLiteral("no-such-sample.azimuth")));
    EXPECT_EQ(text(*w), fileText("coffee-shop-queue.azimuth"));
}

TEST(SampleGallery, FileMenuOffersIt)
{
    auto w = window();
    auto& c = classroom(*w);
    ASSERT_NE(c.newFromSampleAction(), nullptr);
    bool inFileMenu = false;
    for (QObject* o : c.newFromSampleAction()->associatedObjects())
        if (auto* menu = qobject_cast<QMenu*>(o))
            inFileMenu |= menu->title().remove('&') == QStringLiteral("File");
    EXPECT_TRUE(inFileMenu);
}
