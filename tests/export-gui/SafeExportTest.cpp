// Exports go through the same safe-write path as saves: a write or rename that fails
// part-way through File > Export, Print to File or `azimuth render` leaves the file
// already at that path byte-identical and says what failed and where.

#include "ExportReaders.h"
#include "app/export/ExportActions.h"
#include "app/export/ExportFile.h"
#include "app/export/GuiCommands.h"
#include "model/io/DesignReader.h"
#include "model/io/SafeWrite.h"
#include "views/export/DesignScene.h"
#include "views/export/DiagramRenderer.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QTemporaryDir>
#include <algorithm>
#include <cerrno>
#include <gtest/gtest.h>
#include <sstream>
#include <unistd.h>

using namespace azimuth;

namespace {

const QByteArray kOriginal = "the export from last week\n";

QByteArray contents(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writePlain(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

model::FileOps diskFullAfterAFewBytes()
{
    model::FileOps ops = model::systemFileOps();
    // The first write gets a few bytes onto the disk; the next finds it full.
    ops.write = [](int fd, const void* data, size_t size) -> ssize_t {
        static bool wroteSome = false;
        if (!wroteSome) {
            wroteSome = true;
            return ::write(fd, data, std::min<size_t>(size, 8));
        }
        wroteSome = false;
        errno = ENOSPC;
        return -1;
    };
    return ops;
}

model::FileOps failingRename()
{
    model::FileOps ops = model::systemFileOps();
    ops.rename = [](const char*, const char*) {
        errno = EACCES;
        return -1;
    };
    return ops;
}

/// Installs faulty system calls for the life of the object.
class FaultyDisk
{
  public:
    explicit FaultyDisk(model::FileOps ops) : m_saved(model::setFileOps(ops)) {}
    ~FaultyDisk() { model::setFileOps(m_saved); }

  private:
    model::FileOps m_saved;
};

class SafeExport : public ::testing::Test
{
  protected:
    void SetUp() override { ASSERT_TRUE(dir.isValid()); }

    /// A file already at `name` with kOriginal in it.
    QString existing(const QString& name)
    {
        const QString path = dir.filePath(name);
        writePlain(path, kOriginal);
        return path;
    }
    /// Only the files the test made: no temporary file is left behind.
    QStringList filesInDir() const { return QDir(dir.path()).entryList(QDir::Files); }

    views::DesignScene holder{model::readDesignFile(AZIMUTH_SAMPLES "/ha-web-app.azimuth")};
    app::ExportActions actions{nullptr, &holder.scene(),
                               [] { return QStringLiteral("/designs/ha-web-app.azimuth"); }};
    QTemporaryDir dir;
};

} // namespace

TEST_F(SafeExport, AFullDiskDuringADiagramExportLeavesTheFileAndSaysWhere)
{
    for (const QString name : {"diagram.png", "diagram.svg", "diagram.pdf", "diagram.drawio"}) {
        const QString path = existing(name);
        std::optional<QString> error;
        {
            FaultyDisk disk(diskFullAfterAFewBytes());
            error = actions.exportDiagramTo(path);
        }
        ASSERT_TRUE(error) << name.toStdString();
        EXPECT_EQ(*error, "Could not write " + path +
                              ": could not write the temporary file: No space left on device");
        EXPECT_EQ(contents(path), kOriginal) << name.toStdString();
    }
    EXPECT_EQ(filesInDir(),
              (QStringList{"diagram.drawio", "diagram.pdf", "diagram.png", "diagram.svg"}));
}

TEST_F(SafeExport, AFailingRenameDuringAReportExportLeavesTheFileAndSaysWhere)
{
    for (const QString name :
         {"report.html", "report.pdf", "report.csv", "report.json", "report.xlsx"}) {
        const QString path = existing(name);
        std::optional<QString> error;
        {
            FaultyDisk disk(failingRename());
            error = actions.exportReportTo(path);
        }
        ASSERT_TRUE(error) << name.toStdString();
        EXPECT_EQ(*error,
                  "Could not write " + path + ": could not replace the file: Permission denied");
        EXPECT_EQ(contents(path), kOriginal) << name.toStdString();
    }
    EXPECT_EQ(filesInDir().size(), 5);
}

TEST_F(SafeExport, ASuccessfulExportReplacesTheFile)
{
    const QString png = existing("diagram.png");
    EXPECT_FALSE(actions.exportDiagramTo(png));
    QImage image;
    ASSERT_TRUE(image.load(png, "PNG"));
    const QImage expected = views::DiagramRenderer(holder.scene()).toImage(2.0);
    EXPECT_EQ(image.size(), expected.size());
    EXPECT_EQ(image.text("Title"), "diagram");

    const QString csv = existing("report.csv");
    EXPECT_FALSE(actions.exportReportTo(csv));
    bool ok = false;
    const auto rows = exporttest::parseCsv(contents(csv).toStdString(), ok);
    EXPECT_TRUE(ok);
    EXPECT_GT(rows.size(), 1u);

    const QString drawio = existing("diagram.drawio");
    EXPECT_FALSE(actions.exportDiagramTo(drawio));
    EXPECT_TRUE(contents(drawio).contains("<mxfile host=\"Azimuth\""));
    EXPECT_EQ(contents(drawio),
              views::DiagramRenderer(holder.scene()).toDrawio(QStringLiteral("diagram")));

    const QString xlsx = existing("report.xlsx");
    EXPECT_FALSE(actions.exportReportTo(xlsx));
    EXPECT_TRUE(contents(xlsx).startsWith("PK\x03\x04")); // a zip, as .xlsx files are
    EXPECT_TRUE(contents(xlsx).contains("xl/workbook.xml"));
    EXPECT_EQ(filesInDir(),
              (QStringList{"diagram.drawio", "diagram.png", "report.csv", "report.xlsx"}));
}

TEST_F(SafeExport, AnUnknownFormatWritesNothing)
{
    const QString path = dir.filePath("diagram.bmp");
    const auto error = actions.exportDiagramTo(path);
    ASSERT_TRUE(error);
    EXPECT_EQ(*error, "Cannot tell the format of " + path +
                          ": use a name ending in .png, .svg, .pdf or .drawio.");
    EXPECT_TRUE(filesInDir().isEmpty());
}

TEST_F(SafeExport, PrintToFileWritesThroughTheSafePath)
{
    const QString path = existing("printed.pdf");
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageOrientation(QPageLayout::Landscape);
    ASSERT_TRUE(app::printsToFile(printer));
    const views::DiagramRenderer renderer(holder.scene());
    {
        FaultyDisk disk(failingRename());
        const auto error = app::printDiagram(printer, renderer, "ha-web-app");
        ASSERT_TRUE(error);
        EXPECT_EQ(*error,
                  "Could not write " + path + ": could not replace the file: Permission denied");
    }
    EXPECT_EQ(contents(path), kOriginal);

    EXPECT_FALSE(app::printDiagram(printer, renderer, "ha-web-app"));
    const QByteArray pdf = contents(path);
    ASSERT_TRUE(pdf.startsWith("%PDF-"));
    const std::string text = exporttest::pdfText(pdf);
    for (const char* name : {"Customers", "Web servers", "Orders database"})
        EXPECT_NE(text.find(name), std::string::npos) << name << " not in:\n" << text;
    EXPECT_EQ(filesInDir(), QStringList{"printed.pdf"});
}

TEST_F(SafeExport, APrintPreviewOfAFilePrinterWritesNoFile)
{
    const QString path = existing("printed.pdf");
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    const views::DiagramRenderer renderer(holder.scene());
    QPrintPreviewWidget preview(&printer);
    int painted = 0;
    std::optional<QString> error;
    QObject::connect(&preview, &QPrintPreviewWidget::paintRequested, [&](QPrinter* p) {
        ++painted;
        error = app::printDiagram(*p, renderer, "ha-web-app");
    });
    preview.updatePreview();
    EXPECT_EQ(painted, 1);
    EXPECT_FALSE(error) << error->toStdString();
    EXPECT_EQ(preview.pageCount(), 1);
    EXPECT_EQ(contents(path), kOriginal);
}

TEST_F(SafeExport, RenderOnTheCommandLineReportsAFullDiskAndKeepsTheFile)
{
    const QString path = existing("diagram.svg");
    std::ostringstream out, err;
    int status = 0;
    {
        FaultyDisk disk(diskFullAfterAFewBytes());
        status = app::runRender({AZIMUTH_SAMPLES "/ha-web-app.azimuth", "-o", path.toStdString()},
                                {out, err});
    }
    EXPECT_EQ(status, cli::ExitBadInput);
    EXPECT_EQ(err.str(), path.toStdString() +
                             ": could not write the temporary file: No space left on device\n");
    EXPECT_EQ(contents(path), kOriginal);
    EXPECT_EQ(filesInDir(), QStringList{"diagram.svg"});
}

TEST_F(SafeExport, ReportOnTheCommandLineReportsAFailingRenameAndKeepsTheFile)
{
    const QString path = existing("report.pdf");
    std::ostringstream out, err;
    int status = 0;
    {
        FaultyDisk disk(failingRename());
        status = app::runReport({AZIMUTH_SAMPLES "/ha-web-app.azimuth", "-o", path.toStdString()},
                                {out, err});
    }
    EXPECT_EQ(status, cli::ExitBadInput);
    EXPECT_EQ(err.str(), path.toStdString() + ": could not replace the file: Permission denied\n");
    EXPECT_EQ(contents(path), kOriginal);
}
