#pragma once
// The designer window: palette, canvas, inspector and undo history around one document.
// It builds and wires the widgets; the document itself (files, New, recovery, samples,
// Save) is the DocumentSession's.

#include "app/classroom/ClassroomHost.h"
#include "model/controller/DocumentController.h"

#include <QMainWindow>
#include <memory>

class QLabel;
class QMenu;
class QUndoStack;
class QUndoView;

namespace azimuth::views {
class AnalysisService;
class CanvasAnnotations;
class CanvasScene;
class CostPanel;
class FindingsPanel;
class CanvasView;
class InspectorWidget;
class ModelSignals;
class PaletteWidget;
} // namespace azimuth::views

namespace azimuth::app {

class Autosaver;
class DocumentSession;
struct RecoveryEntry;
class UndoEditGateway;
class ExportActions;
class DockLayout;
class ImportReportDock;

class MainWindow : public QMainWindow, public ClassroomHost
{
    Q_OBJECT
  public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens a design; on failure says why (in a dialog, or in `error` when given).
    bool openFile(const QString& path, QString* error = nullptr);
    /// Saves to a path; on failure says why (in a dialog, or in `error` when given).
    bool saveTo(const QString& path, QString* error = nullptr);

    model::DocumentController& controller() { return m_controller; }
    QUndoStack* undoStack() const { return m_undo; }
    views::CanvasScene* scene() const override { return m_scene; }
    views::CanvasView* view() const override { return m_view; }
    views::PaletteWidget* palette() const override { return m_palette; }
    views::InspectorWidget* inspector() const override { return m_inspector; }
    views::AnalysisService* analysis() const override { return m_analysis; }
    QMainWindow& hostWindow() override { return *this; }
    DocumentSession& session() override { return *m_session; }
    views::FindingsPanel* findingsPanel() const { return m_findingsPanel; }
    views::CostPanel* costPanel() const { return m_costPanel; }
    /// The dock that shows the last import's report.
    ImportReportDock* importReportDock() const { return m_importDock; }
    views::CanvasAnnotations* annotations() const { return m_annotations; }
    UndoEditGateway& gateway() { return *m_gateway; }
    /// File > Export's actions (tests export through them without the file dialog).
    ExportActions& exportActions() { return *m_export; }
    /// How the docks are arranged for the window's width.
    DockLayout& dockLayout() { return *m_docks; }
    const QString& filePath() const;
    QStringList recentFiles() const;
    Autosaver& autosaver();
    /// Opens a recovery copy as unsaved changes to its source file (Save writes there).
    bool restoreRecovery(const RecoveryEntry& entry, QString* error = nullptr);

  public slots:
    void newDocument();
    void open();
    bool save();
    bool saveAs();
    void copySelection();
    void cutSelection();
    void paste();
    void duplicateSelection();
    void deleteSelection();
    void selectAll();

  protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

  private:
    void createActions();
    void updateTitle();
    void fillRecentMenu();
    void pasteText(const std::string& text, double offset);
    void showSelection();
    void showStatus(const QString& text, int ms);
    void installAnalysis();
    void updateAnalysisStatus();
    void showDesignSettings();

    model::DocumentController m_controller;
    views::ModelSignals* m_signals;
    QUndoStack* m_undo;
    std::unique_ptr<UndoEditGateway> m_gateway;
    views::CanvasScene* m_scene;
    views::CanvasView* m_view;
    views::PaletteWidget* m_palette;
    views::InspectorWidget* m_inspector;
    QUndoView* m_history;
    QMenu* m_recentMenu = nullptr;
    QLabel* m_zoomLabel;
    std::unique_ptr<DocumentSession> m_session;
    views::AnalysisService* m_analysis = nullptr;
    views::FindingsPanel* m_findingsPanel = nullptr;
    views::CostPanel* m_costPanel = nullptr;
    ImportReportDock* m_importDock = nullptr;
    views::CanvasAnnotations* m_annotations = nullptr;
    QLabel* m_analysisLabel = nullptr;
    std::unique_ptr<ExportActions> m_export;
    DockLayout* m_docks = nullptr;
    bool m_refitOnArrange = false; ///< a design was opened and fitted before the docks settled
};

} // namespace azimuth::app
