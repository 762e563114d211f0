// Exports from the window: the status bar says where the file went with an "Open folder"
// link, and the diagram leaves out the selection and the finding dots unless asked.

#include "app/export/ExportNotice.h"

#include "GuiHarness.h"
#include "app/export/DiagramExportDialog.h"
#include "app/export/ExportActions.h"
#include "views/analysis/AnalysisService.h"
#include "views/analysis/CanvasAnnotations.h"

#include <QCheckBox>
#include <QFile>
#include <QFileDialog>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <gtest/gtest.h>

using namespace azimuth;

namespace {

std::unique_ptr<app::MainWindow> sampleWindow(const char* sample)
{
    auto w = std::make_unique<app::MainWindow>();
    w->resize(1440, 900);
    w->show();
    QString error;
    EXPECT_TRUE(w->openFile(QStringLiteral(AZIMUTH_SAMPLES "/%1").arg(sample), &error))
        << error.toStdString();
    QApplication::processEvents();
    return w;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// How many times a finding dot's colour (error, warning, info) is painted in an SVG.
int redDots(const QByteArray& svg)
{
    return int(svg.count("fill=\"#d13212\"") + svg.count("fill=\"#f89256\"") +
               svg.count("fill=\"#0073bb\""));
}

} // namespace

TEST(ExportNotice, TheStatusBarSaysWhereTheExportWentWithAnOpenFolderLink)
{
    auto w = sampleWindow("ha-web-app.azimuth");
    auto* notice = w->findChild<app::ExportNotice*>("export-notice");
    ASSERT_NE(notice, nullptr);
    EXPECT_FALSE(notice->isVisible()); // nothing exported yet
    QList<QUrl> opened;
    notice->setOpener([&opened](const QUrl& url) { opened << url; });

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString png = dir.filePath("web app.png");
    ASSERT_FALSE(w->exportActions().exportDiagramTo(png));
    EXPECT_TRUE(notice->isVisible());
    EXPECT_TRUE(notice->text().contains(png.toHtmlEscaped())) << notice->text().toStdString();
    EXPECT_TRUE(notice->text().contains(">Open folder</a>")) << notice->text().toStdString();
    EXPECT_EQ(notice->folderUrl(), QUrl::fromLocalFile(dir.path()));
    EXPECT_TRUE(notice->text().contains(
        QStringLiteral("href=\"%1\"")
            .arg(QUrl::fromLocalFile(dir.path()).toString(QUrl::FullyEncoded))))
        << notice->text().toStdString();

    // The link opens the folder (through the opener; the test opens nothing).
    emit notice->linkActivated(notice->folderUrl().toString());
    ASSERT_EQ(opened.size(), 1);
    EXPECT_EQ(opened.front().toLocalFile(), dir.path());

    // A report says where it went too; a failed export does not claim it wrote.
    const QString html = dir.filePath("report.html");
    ASSERT_FALSE(w->exportActions().exportReportTo(html));
    EXPECT_TRUE(notice->text().contains(html.toHtmlEscaped()));
    const QString bad = dir.filePath("missing-folder/x.svg");
    ASSERT_TRUE(w->exportActions().exportDiagramTo(bad));
    EXPECT_FALSE(notice->text().contains("x.svg"));
}

TEST(ExportNotice, DiagramsLeaveOutSelectionAndFindingsUnlessAsked)
{
    auto w = sampleWindow("fragile.azimuth");
    ASSERT_GT(w->analysis()->worstSeverities().size(), 0);
    // The canvas shows the dots...
    int badges = 0;
    for (QGraphicsItem* item : w->scene()->items())
        badges += views::CanvasAnnotations::isFindingBadge(*item) && item->isVisible();
    ASSERT_GT(badges, 0);

    QTemporaryDir dir;
    const QString plain = dir.filePath("plain.svg");
    const QString withFindings = dir.filePath("findings.svg");
    const QString selectedPlain = dir.filePath("selected.svg");
    ASSERT_FALSE(w->exportActions().exportDiagramTo(plain));
    ASSERT_FALSE(w->exportActions().exportDiagramTo(withFindings, nullptr, true));
    // ... the plain export does not, the one asked for does.
    EXPECT_EQ(redDots(readAll(plain)), 0);
    EXPECT_GT(redDots(readAll(withFindings)), 0);

    // A selection shows in neither, and the canvas keeps its dots and selection.
    for (QGraphicsItem* item : w->scene()->items())
        if (item->flags() & QGraphicsItem::ItemIsSelectable) item->setSelected(true);
    ASSERT_FALSE(w->exportActions().exportDiagramTo(selectedPlain));
    EXPECT_EQ(redDots(readAll(selectedPlain)), 0);
    EXPECT_FALSE(w->scene()->selectedItems().isEmpty());
    int visibleAfter = 0;
    for (QGraphicsItem* item : w->scene()->items())
        visibleAfter += views::CanvasAnnotations::isFindingBadge(*item) && item->isVisible();
    EXPECT_EQ(visibleAfter, badges);

    // PNG too: the pixels differ only with the dots.
    const QString pngPlain = dir.filePath("plain.png");
    const QString pngFindings = dir.filePath("findings.png");
    ASSERT_FALSE(w->exportActions().exportDiagramTo(pngPlain));
    ASSERT_FALSE(w->exportActions().exportDiagramTo(pngFindings, nullptr, true));
    const QImage a(pngPlain), b(pngFindings);
    ASSERT_EQ(a.size(), b.size());
    EXPECT_NE(a, b);
}

TEST(ExportNotice, TheExportDialogOffersIncludeFindingsAndRemembersIt)
{
    QApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    auto w = sampleWindow("fragile.azimuth");
    QTemporaryDir dir;
    const QString path = dir.filePath("dialog.svg");
    bool sawBox = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<app::DiagramExportDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        QCheckBox* box = dialog->includeFindingsBox();
        sawBox = box->isVisible() && !box->isChecked() && box->text().contains("findings");
        box->click();
        dialog->selectNameFilter("SVG drawing (*.svg)");
        dialog->selectFile(path);
        static_cast<QDialog*>(dialog)->accept();
    });
    w->exportActions().exportDiagram();
    EXPECT_TRUE(sawBox);
    EXPECT_GT(redDots(readAll(path)), 0);

    // The next dialog starts ticked.
    app::DiagramExportDialog next(w.get(), dir.filePath("x.png"));
    EXPECT_TRUE(next.includeFindings());
    next.setIncludeFindings(false);
}
