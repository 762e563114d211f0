#pragma once
// A live document for the panels' tests: controller, its Qt signals, and the service.

#include "model/controller/DocumentController.h"
#include "model/io/DesignReader.h"
#include "views/analysis/AnalysisService.h"
#include "views/core/ModelSignals.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <memory>
#include <string>

namespace azimuth::paneltest {

struct LiveDocument
{
    model::DocumentController controller;
    views::ModelSignals relay{controller};
    std::unique_ptr<views::AnalysisService> service;

    explicit LiveDocument(const std::string& path)
    {
        controller.setCheckInvariants(false);
        controller.reset(model::readDesignFile(path));
        service = std::make_unique<views::AnalysisService>(relay);
    }
};

inline std::string testData(const std::string& rel)
{
    return std::string(AZIMUTH_TEST_DATA) + "/" + rel;
}

inline std::string sample(const std::string& name)
{
    return std::string(AZIMUTH_SAMPLES) + "/" + name;
}

/// Processes events until `done()` or the timeout; returns done().
template <typename F> bool waitFor(F done, int timeoutMs = 3000)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return done();
}

} // namespace azimuth::paneltest
