// File > Compare With…: the canvas marks and the panel of a comparison, and that the
// mode leaves the document and the undo stack as they were.

#include "app/window/CompareMode.h"

#include "GuiHarness.h"
#include "app/window/UndoEditGateway.h"
#include "views/diff/CompareOverlay.h"
#include "views/diff/ComparePanel.h"

#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QMenuBar>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace azimuth;

namespace {

const QString kFragile = QStringLiteral(AZIMUTH_SAMPLES "/fragile.azimuth");
const QString kHaWebApp = QStringLiteral(AZIMUTH_SAMPLES "/ha-web-app.azimuth");

app::CompareMode* compareMode(app::MainWindow& w)
{
    return w.findChild<app::CompareMode*>(QStringLiteral("compareMode"));
}

QAction* editAction(app::MainWindow& w, const QString& text)
{
    for (QAction* menu : w.menuBar()->actions())
        if (menu->menu() && menu->text().remove('&') == QStringLiteral("Edit"))
            for (QAction* a : menu->menu()->actions())
                if (a->text().remove('&') == text) return a;
    return nullptr;
}

struct UndoState
{
    int count, index;
    bool clean;
    friend bool operator==(const UndoState&, const UndoState&) = default;
};

UndoState undoState(app::MainWindow& w)
{
    return {w.undoStack()->count(), w.undoStack()->index(), w.undoStack()->isClean()};
}

TEST(CompareMode, MarksAddedChangedAndRemovedWithTheirCostDeltas)
{
    auto w = guitest::windowWith("");
    QString error;
    ASSERT_TRUE(w->openFile(kHaWebApp, &error)) << error.toStdString();
    w->scene()->ensureLayout();
    app::CompareMode* mode = compareMode(*w);
    ASSERT_TRUE(mode);
    EXPECT_FALSE(mode->isActive());
    ASSERT_TRUE(mode->compareWith(kFragile, &error)) << error.toStdString();
    EXPECT_TRUE(mode->isActive());
    EXPECT_TRUE(mode->action()->isChecked());
    QApplication::processEvents();

    // The figures of `azimuth diff fragile.azimuth ha-web-app.azimuth`.
    const auto& labels = mode->overlay()->labels();
    EXPECT_EQ(labels.at("web"), QStringLiteral("+$47.93"));
    EXPECT_EQ(labels.at("db"), QStringLiteral("+$46.43"));
    EXPECT_EQ(labels.at("alb"), QStringLiteral("+$5.84"));
    EXPECT_EQ(labels.at("az-b"), QStringLiteral("new"));
    EXPECT_EQ(labels.at("emails"), QStringLiteral("removed, -$0.40"));
    EXPECT_EQ(labels.size(), 5u);
    EXPECT_FALSE(mode->overlay()->items().empty());
    // The removed queue's ghost stands where it stood in its region.
    const QRectF region = w->scene()->boxOf(model::ComponentId("use1"));
    EXPECT_EQ(mode->overlay()->ghostRect("emails"),
              QRectF(region.topLeft() + QPointF(272, 88), QSizeF(160, 96)));

    EXPECT_TRUE(mode->dock()->isVisible());
    EXPECT_EQ(mode->panel()->headline().toStdString(),
              "Monthly cost rises $99.80 (+189.2 %) to $152.55; 1 info introduced; 1 error, 6 "
              "warnings resolved; users now served through 1 more outage");
    const QString sections = mode->panel()->sectionsText();
    EXPECT_TRUE(sections.contains(QStringLiteral("us-east-1a"))) << sections.toStdString();
    EXPECT_TRUE(sections.contains(QStringLiteral("availability.rds-single-az")));

    // Looking only: no edits on the canvas, the palette, the inspector or the Edit menu.
    EXPECT_FALSE(w->view()->isInteractive());
    EXPECT_FALSE(w->palette()->isEnabled());
    EXPECT_FALSE(w->inspector()->isEnabled());
    QAction* selectAll = editAction(*w, QStringLiteral("Select All"));
    ASSERT_TRUE(selectAll);
    EXPECT_FALSE(selectAll->isEnabled());

    mode->leave();
    EXPECT_FALSE(mode->isActive());
    EXPECT_FALSE(mode->action()->isChecked());
    EXPECT_TRUE(mode->overlay()->items().empty());
    EXPECT_FALSE(mode->dock()->isVisible());
    EXPECT_TRUE(w->view()->isInteractive());
    EXPECT_TRUE(w->palette()->isEnabled());
    EXPECT_TRUE(selectAll->isEnabled());

    if (qEnvironmentVariableIsSet("AZIMUTH_COMPARE_SCREENSHOT")) {
        ASSERT_TRUE(mode->compareWith(kFragile, &error));
        w->view()->zoomToFit();
        QApplication::processEvents();
        w->grab().save(qEnvironmentVariable("AZIMUTH_COMPARE_SCREENSHOT"));
        mode->leave();
    }
}

TEST(CompareMode, TheLastSavedVersionAndLeavingTouchNeitherDocumentNorUndoStack)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("shop.azimuth");
    ASSERT_TRUE(QFile::copy(kHaWebApp, path));
    auto w = guitest::windowWith("");
    QString error;
    ASSERT_TRUE(w->openFile(path, &error)) << error.toStdString();
    // Two edits since the save, one of them undone.
    ASSERT_TRUE(w->gateway().setProperty(model::ComponentId("web"), "desired", model::Json(6)));
    ASSERT_TRUE(w->gateway().rename(model::ComponentId("db"), "Orders"));
    w->undoStack()->undo();
    const std::string before = guitest::text(*w);
    const UndoState undo = undoState(*w);

    app::CompareMode* mode = compareMode(*w);
    ASSERT_TRUE(mode->compareWithSaved(&error)) << error.toStdString();
    // 6 x t3.small instead of 4: 6 x 730 x $0.0208 = $91.10 and 48 GB of EBS $3.84, against
    // $60.74 and $2.56: $31.64 more.
    EXPECT_EQ(mode->overlay()->labels().at("web"), QStringLiteral("+$31.64"));
    EXPECT_EQ(mode->overlay()->labels().size(), 1u);
    EXPECT_TRUE(mode->panel()->headline().startsWith(QStringLiteral("Monthly cost rises $31.64")))
        << mode->panel()->headline().toStdString();
    EXPECT_EQ(guitest::text(*w), before);
    EXPECT_TRUE(undoState(*w) == undo);

    mode->leave();
    EXPECT_EQ(guitest::text(*w), before);
    EXPECT_TRUE(undoState(*w) == undo);
    EXPECT_TRUE(w->isWindowModified());
    // Closing the panel leaves the mode too.
    ASSERT_TRUE(mode->compareWithSaved(&error));
    mode->dock()->close();
    EXPECT_FALSE(mode->isActive());
    EXPECT_TRUE(mode->overlay()->items().empty());
    EXPECT_TRUE(w->view()->isInteractive());
    EXPECT_TRUE(undoState(*w) == undo);
    // The redo that was there is still there.
    w->undoStack()->redo();
    EXPECT_EQ(w->controller().design().component(model::ComponentId("db"))->displayName(),
              "Orders");
}

TEST(CompareMode, AFileThatCannotBeReadSaysWhyAndChangesNothing)
{
    QTemporaryDir dir;
    const QString bad = dir.filePath("bad.azimuth");
    QFile f(bad);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("{ \"format\": \"azimuth\",\n  \"version\": 1, \"components\": [ }");
    f.close();
    auto w = guitest::windowWith("");
    app::CompareMode* mode = compareMode(*w);
    QString error;
    EXPECT_FALSE(mode->compareWith(bad, &error));
    EXPECT_TRUE(error.startsWith(bad + QStringLiteral(":2:"))) << error.toStdString();
    EXPECT_FALSE(mode->isActive());
    EXPECT_TRUE(w->view()->isInteractive());
    EXPECT_FALSE(mode->compareWithSaved(&error));
    EXPECT_FALSE(error.isEmpty());
}

} // namespace
