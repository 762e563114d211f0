// GoogleTest with a QApplication, plus a child mode the crash test starts and kills.

#include "CrashChild.h"

#include <QApplication>
#include <QStandardPaths>
#include <cstring>
#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    if (argc >= 3 && std::strcmp(argv[1], "--crash-child") == 0) {
        QCoreApplication app(argc, argv);
        return runCrashChild(argv[2]);
    }
    // Tests never need a display (and test discovery runs without one).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName("azimuth-recovery-tests");
    QStandardPaths::setTestModeEnabled(
        true); // windows' own autosaves stay out of the user's folders
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
