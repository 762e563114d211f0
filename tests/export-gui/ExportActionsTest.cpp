// The designer's Edit > Copy as Image puts the exported diagram on the clipboard; its
// File > Export Report costs the design with the catalog chosen in Settings; its export
// dialogs offer the Excel workbook and the draw.io diagram.

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
#include <QFileDialog>
#include <QMenu>
#include <QTemporaryDir>
#include <QTimer>
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

namespace {
/// Answers the next save dialog: records its filters, picks `path` with the filter
/// `filter`, and accepts.
void answerSaveDialog(const QString& path, const QString& filter, QStringList& filtersSeen)
{
    QTimer::singleShot(0, [=, &filtersSeen] {
        auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
        if (!dialog) return answerSaveDialog(path, filter, filtersSeen);
        filtersSeen = dialog->nameFilters();
        dialog->selectNameFilter(filter);
        dialog->selectFile(path);
        static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept, public through QDialog
    });
}
} // namespace

TEST(ExportActions, TheExportDialogsOfferTheWorkbookAndTheDrawioDiagram)
{
    QApplication::setAttribute(Qt::AA_DontUseNativeDialogs); // Qt's own dialog widgets
    views::DesignScene holder(model::readDesignFile(AZIMUTH_SAMPLES "/ha-web-app.azimuth"));
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    app::ExportActions actions(nullptr, &holder.scene(), [] { return QString(); });

    QStringList filters;
    const QString xlsx = dir.filePath("costs.xlsx");
    answerSaveDialog(xlsx, "Excel workbook (*.xlsx)", filters);
    actions.exportReport();
    EXPECT_TRUE(filters.contains("Excel workbook (*.xlsx)")) << filters.join("|").toStdString();
    QFile book(xlsx);
    ASSERT_TRUE(book.open(QIODevice::ReadOnly));
    EXPECT_TRUE(book.readAll().startsWith("PK\x03\x04"));

    const QString drawio = dir.filePath("design.drawio");
    answerSaveDialog(drawio, "draw.io diagram (*.drawio)", filters);
    actions.exportDiagram();
    EXPECT_TRUE(filters.contains("draw.io diagram (*.drawio)")) << filters.join("|").toStdString();
    EXPECT_TRUE(readAll(drawio).startsWith("<?xml")) << readAll(drawio).left(200).toStdString();
    EXPECT_TRUE(readAll(drawio).contains("<mxfile host=\"Azimuth\""));
}
