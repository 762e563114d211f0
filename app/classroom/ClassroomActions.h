#pragma once
// The classroom features in the designer window: File > New from Sample, the Learn panel
// and its selection hooks, View > Presentation Mode (F5, Esc to leave), View > Drill Mode,
// and Help > Keyboard Shortcuts / Getting Started. MainWindow calls install() once.

#include "model/core/Ids.h"

#include <QObject>
#include <QString>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;

namespace azimuth::views {
class CanvasStage;
class DrillOverlay;
class LearnCardView;
class PresentationMode;
} // namespace azimuth::views

namespace azimuth::app {

class ClassroomHost;

class ClassroomActions : public QObject
{
    Q_OBJECT
  public:
    /// Adds the actions, menus and Learn dock to the host's window, which owns the result.
    static ClassroomActions* install(ClassroomHost& host);

    views::LearnCardView* learnView() const { return m_learn; }
    QDockWidget* learnDock() const { return m_learnDock; }
    views::DrillOverlay* drill() const { return m_drill; }
    /// The window's central widget: the canvas between the drill banner and the strip.
    views::CanvasStage* stage() const { return m_stage; }
    views::PresentationMode* presentation() const { return m_presentation; }
    QAction* newFromSampleAction() const { return m_newFromSample; }
    QAction* presentAction() const { return m_present; }
    QAction* drillAction() const { return m_drillAct; }

    /// Opens a sample of index.json as a new untitled design; false when the user kept
    /// the current design or the sample cannot be read (the status bar says why).
    bool openSample(const QString& file);
    /// Shows the gallery; opens the sample chosen.
    void chooseSample();

  private:
    explicit ClassroomActions(ClassroomHost& host);
    QMenu* menu(const QString& title, QAction* before = nullptr);
    void createLearnDock();
    void createActions();
    void setDrill(bool on);
    void setPresenting(bool on);
    void updateStrip();

    ClassroomHost& m_host;
    QMainWindow& m_window;
    views::LearnCardView* m_learn = nullptr;
    QDockWidget* m_learnDock = nullptr;
    views::CanvasStage* m_stage = nullptr;
    views::DrillOverlay* m_drill = nullptr;
    views::PresentationMode* m_presentation = nullptr;
    QAction* m_newFromSample = nullptr;
    QAction* m_present = nullptr;
    QAction* m_drillAct = nullptr;
};

} // namespace azimuth::app
