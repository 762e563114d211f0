#include "CrashChild.h"

#include "app/recovery/Autosaver.h"
#include "model/controller/DocumentController.h"
#include "model/io/DesignReader.h"
#include "model/io/DesignWriter.h"

#include <QCoreApplication>
#include <QTimer>
#include <cstdio>
#include <thread>

using namespace azimuth;

namespace {

/// The edit the child makes: what must come back after the crash.
void edit(model::DocumentController& controller)
{
    controller.setTitle(std::string("Edited before the crash"));
    controller.setProperty(model::ComponentId("web"), "desired", model::Json(6));
    controller.setName(model::ComponentId("alb"), std::string("Front door \u00e9"));
}

} // namespace

std::string crashChildExpectedDesign()
{
    model::DocumentController controller;
    controller.reset(model::readDesignFile(AZIMUTH_TEST_DATA "/files/example.azimuth"));
    edit(controller);
    return model::writeDesign(controller.design());
}

int runCrashChild(const char* recoveryDir)
{
    model::DocumentController controller;
    controller.reset(model::readDesignFile(AZIMUTH_TEST_DATA "/files/example.azimuth"));
    edit(controller);
    app::Autosaver::Source source{
        [] { return true; }, [&] { return model::writeDesign(controller.design()); },
        [] { return QString(AZIMUTH_TEST_DATA "/files/example.azimuth"); },
        [&] { return QString::fromStdString(controller.design().title.value_or("")); }};
    app::Autosaver saver(app::RecoveryStore(QString::fromUtf8(recoveryDir)), source);
    saver.setIntervalMs(200);
    QObject::connect(&saver, &app::Autosaver::autosaved, [] {
        std::printf("autosaved\n");
        std::fflush(stdout);
    });
    return QCoreApplication::exec(); // runs until SIGKILL
}
