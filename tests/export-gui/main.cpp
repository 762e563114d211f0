// Exports need a QApplication (the canvas scene is a widgets class), never a display.
#include <QApplication>
#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv); // canvas scenes are Qt Widgets classes
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
