#pragma once
// The designer window: palette, canvas, inspector and undo history around one document.

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
class DesignLock;
struct RecoveryEntry;
class UndoEditGateway;
class ExportActions;

/// Installs the runners of the subcommands that render with Qt Gui.
void provideGuiSubcommands();

class MainWindow : public QMainWindow
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
    views::CanvasScene* scene() const { return m_scene; }
    views::CanvasView* view() const { return m_view; }
    views::PaletteWidget* palette() const { return m_palette; }
    views::InspectorWidget* inspector() const { return m_inspector; }
    views::AnalysisService* analysis() const { return m_analysis; }
    views::FindingsPanel* findingsPanel() const { return m_findingsPanel; }
    views::CostPanel* costPanel() const { return m_costPanel; }
    views::CanvasAnnotations* annotations() const { return m_annotations; }
    UndoEditGateway& gateway() { return *m_gateway; }
    const QString& filePath() const { return m_path; }
    QStringList recentFiles() const;
    Autosaver& autosaver() { return *m_autosaver; }
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
    void addRecent(const QString& path);
    void fillRecentMenu();
    bool maybeSave();
    void pasteText(const std::string& text, double offset);
    void showSelection();
    void lockFile(const QString& path, bool quiet);
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
    QString m_path;
    std::unique_ptr<Autosaver> m_autosaver;
    views::AnalysisService* m_analysis = nullptr;
    views::FindingsPanel* m_findingsPanel = nullptr;
    views::CostPanel* m_costPanel = nullptr;
    views::CanvasAnnotations* m_annotations = nullptr;
    QLabel* m_analysisLabel = nullptr;
    std::unique_ptr<DesignLock> m_lock;
    std::unique_ptr<ExportActions> m_export;
};

} // namespace azimuth::app
