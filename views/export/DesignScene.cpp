#include "DesignScene.h"

namespace azimuth::views {

DesignScene::DesignScene(model::Design design)
{
    m_controller.reset(std::move(design));
    m_signals = std::make_unique<ModelSignals>(m_controller);
    m_scene = std::make_unique<CanvasScene>(*m_signals);
    m_scene->finishRouting();
}

DesignScene::~DesignScene()
{
    // The scene listens to the signals, which observe the controller: tear down in
    // that order.
    m_scene.reset();
    m_signals.reset();
}

} // namespace azimuth::views
