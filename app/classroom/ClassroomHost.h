#pragma once
// What the classroom features need from the designer window, and nothing more: the
// window to hang menus and docks on, the canvas and side panels, the live analysis, and
// the document session. The window implements it; the classroom never sees the window.

class QMainWindow;

namespace azimuth::views {
class AnalysisService;
class CanvasScene;
class CanvasView;
class InspectorWidget;
class PaletteWidget;
} // namespace azimuth::views

namespace azimuth::app {

class DocumentSession;

class ClassroomHost
{
  public:
    virtual ~ClassroomHost() = default;
    /// The window that gets the menus, docks, status bar and central stage.
    virtual QMainWindow& hostWindow() = 0;
    virtual views::CanvasView* view() const = 0;
    virtual views::CanvasScene* scene() const = 0;
    virtual views::PaletteWidget* palette() const = 0;
    virtual views::InspectorWidget* inspector() const = 0;
    /// Findings and cost of the design; may be null.
    virtual views::AnalysisService* analysis() const = 0;
    virtual DocumentSession& session() = 0;
};

} // namespace azimuth::app
