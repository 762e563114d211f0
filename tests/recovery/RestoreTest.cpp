// After a crash, the next start offers each recovery copy and restores the exact design
// as unsaved changes to its source file.

#include "CrashChild.h"
#include "app/recovery/RecoveryStore.h"
#include "app/window/MainWindow.h"
#include "app/window/RecoveryDialog.h"
#include "model/io/DesignWriter.h"

#include <QApplication>
#include <QListWidget>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <csignal>
#include <gtest/gtest.h>

using namespace azimuth;

namespace {

/// Starts the crash child, waits for its recovery copy, kills it with SIGKILL.
void crashAChild(const QString& recoveryDir)
{
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {"--crash-child", recoveryDir});
    ASSERT_TRUE(child.waitForStarted(5000));
    ASSERT_TRUE(child.waitForReadyRead(10000));
    ::kill(static_cast<pid_t>(child.processId()), SIGKILL);
    ASSERT_TRUE(child.waitForFinished(5000));
}

TEST(RestoreAfterCrash, TheNextStartOffersTheCopyAndRestoresTheExactDesign)
{
    QTemporaryDir dir;
    crashAChild(dir.path());
    app::RecoveryStore store(dir.path());
    ASSERT_EQ(store.orphans().size(), 1u);

    app::MainWindow window;
    QString offered;
    // Answer the start-up dialog the way a user would: look at it, restore.
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<app::RecoveryDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr) << "no recovery dialog was offered";
        ASSERT_EQ(dialog->list()->count(), 1);
        offered = dialog->list()->item(0)->text();
        dialog->accept();
    });
    auto restored = app::offerRecovery(window, store);

    EXPECT_TRUE(offered.contains("Edited before the crash")) << offered.toStdString();
    EXPECT_TRUE(offered.contains("example.azimuth")) << offered.toStdString();
    ASSERT_EQ(restored.size(), 1u);
    EXPECT_EQ(restored[0], &window);
    EXPECT_EQ(model::writeDesign(window.controller().design()), crashChildExpectedDesign());
    EXPECT_FALSE(window.undoStack()->isClean()) << "restored work is unsaved work";
    EXPECT_TRUE(window.filePath().endsWith("example.azimuth")) << "Save writes to the source file";
    EXPECT_TRUE(store.orphans().empty()) << "the old copy is gone once restored";
}

TEST(RestoreAfterCrash, DiscardingRemovesTheCopies)
{
    QTemporaryDir dir;
    crashAChild(dir.path());
    app::RecoveryStore store(dir.path());
    app::MainWindow window;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<app::RecoveryDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        dialog->list()->item(0)->setCheckState(Qt::Unchecked);
        dialog->accept();
    });
    EXPECT_TRUE(app::offerRecovery(window, store).empty());
    EXPECT_TRUE(store.all().empty());
    EXPECT_TRUE(window.controller().design().components().empty());
}

TEST(RestoreAfterCrash, NothingIsOfferedWithoutCopies)
{
    QTemporaryDir dir;
    app::MainWindow window;
    EXPECT_TRUE(app::offerRecovery(window, app::RecoveryStore(dir.path())).empty());
}

} // namespace
