// The designer's Edit > Copy as Image puts the exported diagram on the clipboard.

#include "app/export/ExportActions.h"

#include "model/io/DesignReader.h"
#include "views/export/DesignScene.h"
#include "views/export/DiagramRenderer.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMenu>
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
