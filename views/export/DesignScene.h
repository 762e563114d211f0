#pragma once
// A canvas scene of a design with nobody looking at it: what the headless `render` and
// `report` commands draw. It owns the controller and signals the scene needs.

#include "model/controller/DocumentController.h"
#include "views/canvas/CanvasScene.h"
#include "views/core/ModelSignals.h"

#include <memory>

namespace azimuth::views {

class DesignScene
{
  public:
    /// Builds the scene of `design` and lays it out (designs without geometry get the
    /// automatic layout, as on the canvas).
    explicit DesignScene(model::Design design);
    ~DesignScene();

    CanvasScene& scene() { return *m_scene; }
    const model::Design& design() const { return m_controller.design(); }
    /// The model's signals (what an analysis of the design listens to).
    ModelSignals& modelSignals() { return *m_signals; }

  private:
    model::DocumentController m_controller;
    std::unique_ptr<ModelSignals> m_signals;
    std::unique_ptr<CanvasScene> m_scene;
};

} // namespace azimuth::views
