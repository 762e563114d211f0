#include "CrashChild.h"
#include "app/recovery/Autosaver.h"
#include "app/recovery/DesignLock.h"
#include "app/recovery/RecoveryStore.h"
#include "model/io/SafeWrite.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <cerrno>
#include <csignal>
#include <gtest/gtest.h>

using namespace azimuth::app;

namespace {

std::string readAll(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return f.readAll().toStdString();
}

struct FakeDocument
{
    bool modified = false;
    std::string text = "{\"format\":\"azimuth\"}";
    Autosaver::Source source()
    {
        return {[this] { return modified; }, [this] { return text; },
                [] { return QString("/home/ada/web.azimuth"); }, [] { return QString("Web"); }};
    }
};

TEST(Autosaver, WritesARecoveryCopyAfterTheIntervalOnlyWhileModified)
{
    QTemporaryDir dir;
    FakeDocument doc;
    Autosaver saver(RecoveryStore(dir.path()), doc.source());
    saver.setIntervalMs(100);
    QSignalSpy spy(&saver, &Autosaver::autosaved);
    QTest::qWait(350);
    EXPECT_EQ(spy.count(), 0) << "nothing to save while the design is unmodified";
    EXPECT_TRUE(RecoveryStore(dir.path()).all().empty());

    doc.modified = true;
    ASSERT_TRUE(spy.wait(2000));
    auto entries = RecoveryStore(dir.path()).all();
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(readAll(entries[0].designPath), doc.text);
    EXPECT_EQ(entries[0].sourceFile, "/home/ada/web.azimuth");
    EXPECT_EQ(entries[0].title, "Web");
    EXPECT_LE(entries[0].savedAt.secsTo(QDateTime::currentDateTimeUtc()), 5);
    EXPECT_FALSE(entries[0].designPath.startsWith("/home/ada")) << "never beside the user's file";

    doc.modified = false; // saved by the user
    QTest::qWait(250);
    EXPECT_TRUE(RecoveryStore(dir.path()).all().empty()) << "a saved design needs no copy";
}

TEST(Autosaver, ACleanCloseRemovesTheCopy)
{
    QTemporaryDir dir;
    FakeDocument doc;
    doc.modified = true;
    {
        Autosaver saver(RecoveryStore(dir.path()), doc.source());
        ASSERT_TRUE(saver.saveNow());
        EXPECT_EQ(RecoveryStore(dir.path()).all().size(), 1u);
    }
    EXPECT_TRUE(RecoveryStore(dir.path()).all().empty());
}

TEST(Autosaver, TheIntervalIsConfigurable)
{
    QSettings().setValue("autosave/intervalSeconds", 5);
    EXPECT_EQ(Autosaver::configuredIntervalMs(), 5000);
    QSettings().remove("autosave/intervalSeconds");
    EXPECT_EQ(Autosaver::configuredIntervalMs(), 60000);
}

TEST(Autosaver, AWriteFailureIsReported)
{
    QTemporaryDir dir;
    QFile blocker(dir.path() + "/file");
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    FakeDocument doc;
    doc.modified = true;
    Autosaver saver(RecoveryStore(dir.path() + "/file/recovery"), doc.source());
    QSignalSpy failed(&saver, &Autosaver::failed);
    EXPECT_FALSE(saver.saveNow());
    ASSERT_EQ(failed.count(), 1);
    EXPECT_TRUE(failed.at(0).at(0).toString().contains("recovery"));
}

TEST(RecoveryStore, OrphansAreCopiesWhoseWriterIsGone)
{
    QTemporaryDir dir;
    RecoveryStore store(dir.path());
    ASSERT_FALSE(store.write("mine", "{}", "", ""));
    // A copy written by a process that no longer runs: pid 0x7ffffffe does not exist.
    ASSERT_FALSE(store.write("dead", "{}", "/a.azimuth", ""));
    QFile meta(dir.path() + "/dead.json");
    ASSERT_TRUE(meta.open(QIODevice::ReadOnly));
    QByteArray text = meta.readAll();
    meta.close();
    text.replace(QByteArray::number(QCoreApplication::applicationPid()), "2147483646");
    ASSERT_TRUE(meta.open(QIODevice::WriteOnly | QIODevice::Truncate));
    meta.write(text);
    meta.close();
    auto orphans = store.orphans();
    ASSERT_EQ(orphans.size(), 2u) << "our own and the dead process's copies";
    store.remove("dead");
    EXPECT_EQ(store.all().size(), 1u);
}

TEST(DesignLock, ASecondOpenOfTheSameFileIsToldWhoHasIt)
{
    QTemporaryDir dir;
    const QString design = dir.path() + "/web.azimuth";
    DesignLock first(design);
    ASSERT_TRUE(first.isLocked());
    DesignLock second(design);
    EXPECT_FALSE(second.isLocked());
    ASSERT_TRUE(second.heldBy().has_value());
    EXPECT_EQ(second.heldBy()->pid, QCoreApplication::applicationPid());
    EXPECT_FALSE(second.heldBy()->host.isEmpty());
}

TEST(DesignLock, ALockLeftByADeadProcessIsTakenOver)
{
    QTemporaryDir dir;
    const QString design = dir.path() + "/web.azimuth";
    QFile lock(DesignLock::lockPathFor(design));
    ASSERT_TRUE(lock.open(QIODevice::WriteOnly));
    lock.write("2147483646\nazimuth\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    lock.close();
    DesignLock taken(design);
    EXPECT_TRUE(taken.isLocked());
}

TEST(CrashRecovery, AKilledProcessLeavesACopyThatRestoresTheExactDesign)
{
    QTemporaryDir dir;
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {"--crash-child", dir.path()});
    ASSERT_TRUE(child.waitForStarted(5000));
    ASSERT_TRUE(child.waitForReadyRead(10000)) << "the child never autosaved";
    EXPECT_TRUE(child.readAllStandardOutput().contains("autosaved"));
    ::kill(static_cast<pid_t>(child.processId()), SIGKILL);
    ASSERT_TRUE(child.waitForFinished(5000));
    EXPECT_EQ(child.exitStatus(), QProcess::CrashExit);

    auto orphans = RecoveryStore(dir.path()).orphans();
    ASSERT_EQ(orphans.size(), 1u);
    EXPECT_EQ(orphans[0].title, "Edited before the crash");
    EXPECT_TRUE(orphans[0].sourceFile.endsWith("example.azimuth"));
    EXPECT_EQ(readAll(orphans[0].designPath), crashChildExpectedDesign());
}

} // namespace

TEST(Autosaver, AFailingWriteKeepsThePreviousCopyWhole)
{
    QTemporaryDir dir;
    FakeDocument doc;
    doc.modified = true;
    doc.text = "{\"format\":\"azimuth\",\"title\":\"first\"}";
    Autosaver saver(RecoveryStore(dir.path()), doc.source());
    ASSERT_TRUE(saver.saveNow());
    const auto before = RecoveryStore(dir.path()).all();
    ASSERT_EQ(before.size(), 1u);
    const std::string firstCopy = readAll(before.front().designPath);
    ASSERT_EQ(firstCopy, doc.text);

    doc.text = "{\"format\":\"azimuth\",\"title\":\"second\"}";
    azimuth::model::FileOps ops = azimuth::model::systemFileOps();
    ops.rename = [](const char*, const char*) {
        errno = EIO;
        return -1;
    };
    const azimuth::model::FileOps saved = azimuth::model::setFileOps(ops);
    QSignalSpy failed(&saver, &Autosaver::failed);
    const bool ok = saver.saveNow();
    azimuth::model::setFileOps(saved);

    EXPECT_FALSE(ok);
    ASSERT_EQ(failed.count(), 1);
    EXPECT_EQ(failed.at(0).at(0).toString(),
              before.front().designPath + ": could not replace the file: Input/output error");
    EXPECT_EQ(readAll(before.front().designPath), firstCopy);
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files).size(), 2) << "no temporary file is left";
}
