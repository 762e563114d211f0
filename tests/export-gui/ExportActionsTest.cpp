// The designer's Edit > Copy as Image puts the exported diagram on the clipboard; its
// File > Export Report costs the design with the catalog chosen in Settings.

#include "app/export/ExportActions.h"

#include "model/cost/CostEngine.h"
#include "model/cost/PriceCatalog.h"
#include "model/io/DesignReader.h"
#include "views/export/DesignScene.h"
#include "views/export/DiagramRenderer.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QMenu>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace azimuth;

TEST(ExportActions, CopyAsImagePutsTheDiagramOnTheClipboard)
{
    views::DesignScene holder(model::readDesignFile(AZIMUTH_SAMPLES "/ha-web-app.azimuth"));
    QApplication::clipboard()->clear();
    app::ExportActions actions(nullptr, &holder.scene(), [] { return QString(); });
    actions.copyAsImage();
    const QImage copied = QApplication::clipboard()->image();
    const QImage expected = views::DiagramRenderer(holder.scene()).toImage(2.0);
    ASSERT_FALSE(copied.isNull());
    EXPECT_EQ(copied.size(), expected.size());
}

TEST(ExportActions, MenusGetExportPrintAndCopyEntriesInPlace)
{
    views::DesignScene holder(model::readDesignFile(AZIMUTH_SAMPLES "/ha-web-app.azimuth"));
    QMenu file, edit;
    QAction* quit = file.addAction("Quit");
    QAction* del = edit.addAction("Delete");
    app::ExportActions actions(&file, &holder.scene(), [] { return QString(); });
    actions.addTo(&file, quit, &edit, del);
    QStringList fileTexts;
    for (QAction* a : file.actions())
        if (!a->isSeparator()) fileTexts << a->text();
    EXPECT_EQ(fileTexts, (QStringList{"Export &Diagram…", "Export &Report…", "&Print…",
                                      "Print Pre&view…", "Quit"}));
    ASSERT_EQ(edit.actions().size(), 2);
    EXPECT_EQ(edit.actions().front()->text(), "Copy as &Image");
}

namespace {
QString readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}
} // namespace

TEST(ExportActions, AReportIsCostedWithTheCatalogInUseNotTheBuiltInOne)
{
    views::DesignScene holder(model::readDesignFile(AZIMUTH_SAMPLES "/ha-web-app.azimuth"));
    const model::PriceCatalog user =
        model::PriceCatalog::fromFile(AZIMUTH_TEST_DATA "/cost/small-prices.json");
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());

    app::ExportActions withUser(
        nullptr, &holder.scene(), [] { return QString(); },
        [&user]() -> const model::PriceCatalog& { return user; });
    const QString userReport = dir.filePath("user.html");
    ASSERT_FALSE(withUser.exportReportTo(userReport));
    const QString html = readAll(userReport);
    EXPECT_TRUE(html.contains("prices as of 2030-01-01")) << html.left(400).toStdString();
    EXPECT_TRUE(html.contains("our negotiated rates"));

    app::ExportActions builtin(nullptr, &holder.scene(), [] { return QString(); });
    const QString builtinReport = dir.filePath("builtin.html");
    ASSERT_FALSE(builtin.exportReportTo(builtinReport));
    const QString asOf = QString::fromStdString(model::PriceCatalog::builtin().asOf());
    EXPECT_TRUE(readAll(builtinReport).contains("prices as of " + asOf));
    EXPECT_FALSE(readAll(builtinReport).contains("2030-01-01"));
}
