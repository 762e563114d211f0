#include "MainWindow.h"

#include "AccessibleNames.h"
#include "DesignClipboard.h"
#include "DockLayout.h"
#include "ImportReportDock.h"
#include "InsertMenu.h"
#include "MainWindowMeasure.h"
#include "UndoEditGateway.h"
#include "app/classroom/ClassroomActions.h"
#include "app/commands/SetSettingsCommand.h"
#include "app/document/DocumentSession.h"
#include "app/document/TemplateImport.h"
#include "app/export/ExportActions.h"
#include "app/export/ExportNotice.h"
#include "app/window/CompareMode.h"
#include "views/analysis/AnalysisService.h"
#include "views/analysis/CanvasAnnotations.h"
#include "views/analysis/CostSnapshot.h"
#include "views/analysis/FindingsSnapshot.h"
#include "views/analysis/Money.h"
#include "views/analysis/SettingsDialog.h"
#include "views/canvas/CanvasScene.h"
#include "views/canvas/CanvasView.h"
#include "views/core/ModelSignals.h"
#include "views/cost/CostPanel.h"
#include "views/findings/FindingsPanel.h"
#include "views/inspector/InspectorWidget.h"
#include "views/palette/PaletteWidget.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QGuiApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>
#include <QUndoView>

namespace azimuth::app {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_signals(new views::ModelSignals(m_controller, this)),
      m_undo(new QUndoStack(this))
{
    m_session = std::make_unique<DocumentSession>(m_controller, *m_undo, this);
    m_gateway = std::make_unique<UndoEditGateway>(m_controller, *m_undo);
    m_scene = new views::CanvasScene(*m_signals, this);
    m_scene->setGateway(m_gateway.get());
    m_view = new views::CanvasView(m_scene, this);
    setCentralWidget(m_view);

    m_palette = new views::PaletteWidget(m_controller.catalog(), this);
    auto* paletteDock = new QDockWidget(tr("Palette"), this);
    paletteDock->setObjectName("palette");
    paletteDock->setWidget(m_palette);
    addDockWidget(Qt::LeftDockWidgetArea, paletteDock);
    connect(m_palette, &views::PaletteWidget::placeRequested, m_view,
            &views::CanvasView::placeAtCenter);

    m_inspector = new views::InspectorWidget(*m_signals, this);
    m_inspector->setGateway(m_gateway.get());
    connect(m_inspector, &views::InspectorWidget::editRefused, this,
            [this](const QString& why) { showStatus(why, 8000); });
    auto* inspectorDock = new QDockWidget(tr("Inspector"), this);
    inspectorDock->setObjectName("inspector");
    // Scrolled, so a group's long form never squeezes the cost panel below it.
    auto* inspectorScroll = new QScrollArea(this);
    inspectorScroll->setObjectName("inspector-scroll");
    inspectorScroll->setWidget(m_inspector);
    inspectorScroll->setWidgetResizable(true);
    inspectorScroll->setFrameShape(QFrame::NoFrame);
    inspectorScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    inspectorDock->setWidget(inspectorScroll);
    addDockWidget(Qt::RightDockWidgetArea, inspectorDock);

    m_history = new QUndoView(m_undo, this);
    m_history->setEmptyLabel(tr("<opened>"));
    auto* historyDock = new QDockWidget(tr("History"), this);
    historyDock->setObjectName("history");
    historyDock->setWidget(m_history);
    addDockWidget(Qt::RightDockWidgetArea, historyDock);
    historyDock->hide();

    m_zoomLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_zoomLabel);
    connect(m_view, &views::CanvasView::zoomChanged, this,
            [this](qreal z) { m_zoomLabel->setText(QStringLiteral("%1%").arg(qRound(z * 100))); });
    m_zoomLabel->setText(QStringLiteral("100%"));
    connect(m_scene, &views::CanvasScene::statusMessage, this,
            [this](const QString& text) { showStatus(text, 8000); });
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &MainWindow::showSelection);
    connect(m_view, &views::CanvasView::inspectRequested, this, [this, inspectorDock] {
        inspectorDock->show();
        inspectorDock->raise();
        m_inspector->focusFirstField();
    });
    connect(m_session.get(), &DocumentSession::statusMessage, this, &MainWindow::showStatus);
    connect(m_session.get(), &DocumentSession::titleChanged, this, &MainWindow::updateTitle);

    installAnalysis();
    connect(m_session.get(), &DocumentSession::replaced, this, [this] {
        m_importDock->hide(); // shown again when the replacement is an import
        m_analysis->recomputeNow();
        m_view->zoomToFit();
        m_refitOnArrange = true;
    });
    // The inspector's instance types come from the price catalog chosen in Settings.
    m_inspector->setPriceCatalog(
        [this]() -> const model::PriceCatalog& { return m_analysis->priceCatalog(); });
    // So do the zone names new Availability Zones take.
    m_gateway->setPrices(
        [this]() -> const model::PriceCatalog& { return m_analysis->priceCatalog(); });
    connect(m_analysis, &views::AnalysisService::priceCatalogChanged, m_inspector,
            &views::InspectorWidget::reload);
    createActions();
    ClassroomActions::install(*this); // samples, learn panel, presentation, drill, help
    setAcceptDrops(true);
    setWindowIcon(QIcon(QStringLiteral(":/icons/azimuth.svg")));

    m_docks = new DockLayout(*this, {paletteDock, inspectorDock, findChild<QDockWidget*>("cost"),
                                     findChild<QDockWidget*>("findings")});
    // A design opened before the docks were arranged was fitted to a canvas of another
    // size: fit it again while nothing has been done to it.
    connect(m_docks, &DockLayout::arranged, this, [this] {
        if (m_refitOnArrange && m_undo->count() == 0) m_view->zoomToFit();
        m_refitOnArrange = false;
    });
    nameForScreenReaders(*this, m_view);
    QSettings settings;
    // A first run fits the screen it opens on (a 1024 x 700 projector included).
    QSize first(1440, 900);
    if (const QScreen* screen = QGuiApplication::primaryScreen())
        first = first.boundedTo(screen->availableGeometry().size());
    resize(first);
    restoreGeometry(settings.value("window/geometry").toByteArray());
    if (restoreState(settings.value("window/state").toByteArray()) &&
        settings.contains("window/compact"))
        m_docks->adoptRestored(settings.value("window/compact").toBool());
    m_importDock->hide(); // a report is about an import of this session, never restored
    updateTitle();
}

void MainWindow::installAnalysis()
{
    // Findings and cost follow every edit (debounced), in docks and on the canvas.
    m_analysis = new views::AnalysisService(*m_signals, this);
    m_findingsPanel = new views::FindingsPanel(this);
    auto* findingsDock = new QDockWidget(tr("Findings"), this);
    findingsDock->setObjectName("findings");
    findingsDock->setWidget(m_findingsPanel);
    addDockWidget(Qt::BottomDockWidgetArea, findingsDock);
    m_importDock = new ImportReportDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_importDock);
    tabifyDockWidget(findingsDock, m_importDock);
    m_importDock->hide();
    m_costPanel = new views::CostPanel(*m_analysis, this);
    auto* costDock = new QDockWidget(tr("Cost"), this);
    costDock->setObjectName("cost");
    costDock->setWidget(m_costPanel);
    addDockWidget(Qt::RightDockWidgetArea, costDock);
    m_annotations = new views::CanvasAnnotations(*m_scene, *m_analysis, this);

    connect(m_analysis, &views::AnalysisService::findingsChanged, m_findingsPanel,
            &views::FindingsPanel::setSnapshot);
    connect(m_findingsPanel, &views::FindingsPanel::componentsActivated, this,
            [this](const QStringList& ids) {
                std::vector<model::ComponentId> selection;
                for (const QString& id : ids)
                    selection.emplace_back(id.toStdString());
                m_scene->selectComponents(selection);
                QRectF area;
                for (const auto& id : selection)
                    area = area.united(m_scene->boxOf(id));
                if (!area.isNull()) m_view->centerOn(area.center());
            });
    connect(m_scene, &QGraphicsScene::selectionChanged, this, [this] {
        const auto ids = m_scene->selectedComponents();
        m_costPanel->setSelectedComponent(
            ids.size() == 1 ? QString::fromStdString(ids.front().value) : QString());
    });
    m_analysisLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_analysisLabel);
    connect(m_analysis, &views::AnalysisService::findingsChanged, this,
            &MainWindow::updateAnalysisStatus);
    connect(m_analysis, &views::AnalysisService::costChanged, this,
            &MainWindow::updateAnalysisStatus);
    m_analysis->recomputeNow();
}

void MainWindow::updateAnalysisStatus()
{
    QString text;
    if (auto cost = m_analysis->cost())
        text = views::formatMoney(cost->cost.monthly) + tr("/month") +
               (cost->cost.complete ? QString() : tr(" (incomplete)")) + QStringLiteral(" · ");
    if (auto findings = m_analysis->findings()) text += findings->countsText();
    m_analysisLabel->setText(text);
}

void MainWindow::showDesignSettings()
{
    views::SettingsDialog dialog(m_controller.design().settings, m_analysis->priceCatalogPath(),
                                 this);
    if (dialog.exec() != QDialog::Accepted) return;
    if (!(dialog.settings() == m_controller.design().settings))
        m_undo->push(new SetSettingsCommand(m_controller, dialog.settings()));
    if (dialog.catalogPath() != m_analysis->priceCatalogPath()) {
        if (dialog.catalogPath().isEmpty()) {
            m_analysis->useBuiltinPriceCatalog();
        } else {
            const QString error = m_analysis->setPriceCatalogFile(dialog.catalogPath());
            if (!error.isEmpty()) QMessageBox::warning(this, tr("Cannot use price catalog"), error);
        }
    }
}

void MainWindow::showStatus(const QString& text, int ms)
{
    statusBar()->showMessage(text, ms);
}

bool MainWindow::restoreRecovery(const RecoveryEntry& entry, QString* error)
{
    return m_session->restoreRecovery(entry, error);
}

const QString& MainWindow::filePath() const
{
    return m_session->filePath();
}

Autosaver& MainWindow::autosaver()
{
    return m_session->autosaver();
}

MainWindow::~MainWindow()
{
    // Items and views read the controller while they go; take them down first. The
    // analysis (and what shows it) holds the signal bridge and the scene, so it goes first.
    // Every listener, not only this window: the scene signals selection changes while
    // it deletes its items, and listeners would read a half-destroyed scene.
    disconnect(m_scene, nullptr, nullptr, nullptr);
    // The undo stack is a child: its destructor clears it and signals cleanChanged after
    // this object is already gone.
    disconnect(m_undo, nullptr, this, nullptr);
    disconnect(m_session.get(), nullptr, this, nullptr);
    delete m_annotations;
    delete m_costPanel;
    delete m_analysis;
    m_scene->setGateway(nullptr);
    delete m_view;
    delete m_scene;
    delete m_inspector;
    // The bridge unregisters from the controller, which is a member and goes before the
    // QObject children would.
    delete m_signals;
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newAct = file->addAction(tr("&New"), this, &MainWindow::newDocument);
    newAct->setShortcut(QKeySequence::New);
    QAction* openAct = file->addAction(tr("&Open…"), this, &MainWindow::open);
    openAct->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    QAction* importAct = file->addAction(tr("&Import CloudFormation…"), this, [this] {
        if (const auto report = importTemplateWithDialogs(*m_session, this))
            m_importDock->showReport(*report);
    });
    importAct->setObjectName("import-cloudformation");
    file->addSeparator();
    QAction* saveAct = file->addAction(tr("&Save"), this, &MainWindow::save);
    saveAct->setShortcut(QKeySequence::Save);
    QAction* saveAsAct = file->addAction(tr("Save &As…"), this, &MainWindow::saveAs);
    saveAsAct->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    CompareMode::install(*this, file, quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setObjectName("redo");
    // Both habits work everywhere: Ctrl+Y (Windows) and Ctrl+Shift+Z (macOS, GNOME).
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence& key :
         {QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)})
        if (!redoKeys.contains(key)) redoKeys << key;
    redo->setShortcuts(redoKeys);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(tr("Cu&t"), this, &MainWindow::cutSelection)->setShortcut(QKeySequence::Cut);
    edit->addAction(tr("&Copy"), this, &MainWindow::copySelection)->setShortcut(QKeySequence::Copy);
    edit->addAction(tr("&Paste"), this, &MainWindow::paste)->setShortcut(QKeySequence::Paste);
    edit->addAction(tr("D&uplicate"), this, &MainWindow::duplicateSelection)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    QAction* del = edit->addAction(tr("&Delete"), this, &MainWindow::deleteSelection);
    del->setShortcuts({QKeySequence(QKeySequence::Delete), QKeySequence(Qt::Key_Backspace)});
    m_export = std::make_unique<ExportActions>(
        this, m_scene, [this] { return m_session->filePath(); },
        [this]() -> const model::PriceCatalog& { return m_analysis->priceCatalog(); });
    m_export->addTo(file, quit, edit, del);
    auto* notice = new ExportNotice(this);
    statusBar()->addWidget(notice, 1);
    m_export->setWrittenHandler([notice](const QString& path) { notice->wrote(path); });
    edit->addAction(tr("Select &All"), this, &MainWindow::selectAll)
        ->setShortcut(QKeySequence::SelectAll);
    edit->addSeparator();
    edit->addAction(tr("Design &Settings…"), this, &MainWindow::showDesignSettings)
        ->setShortcut(QKeySequence::Preferences);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* zoomIn = view->addAction(tr("Zoom &In"), m_view, &views::CanvasView::zoomIn);
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    QAction* zoomOut = view->addAction(tr("Zoom &Out"), m_view, &views::CanvasView::zoomOut);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction* actual = view->addAction(tr("&Actual Size"), m_view, &views::CanvasView::resetZoom);
    actual->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    QAction* fit = view->addAction(tr("Zoom to &Fit"), m_view, &views::CanvasView::zoomToFit);
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    view->addSeparator();
    QAction* showCosts = view->addAction(tr("Show &Costs"));
    showCosts->setObjectName("show-costs");
    showCosts->setCheckable(true);
    connect(showCosts, &QAction::toggled, m_annotations, &views::CanvasAnnotations::setShowCosts);
    view->addSeparator();
    for (QDockWidget* dock : findChildren<QDockWidget*>())
        view->addAction(dock->toggleViewAction());

    QMenu* insert = menuBar()->addMenu(tr("&Insert"));
    insert->setObjectName("insert-menu");
    QAction* connectAct = insert->addAction(tr("&Connect Tool"));
    connectAct->setObjectName("connect-tool");
    connectAct->setCheckable(true);
    connectAct->setShortcut(QKeySequence(Qt::Key_C));
    connectAct->setStatusTip(tr("Drag from one component to another to connect them."));
    connect(connectAct, &QAction::toggled, m_view, &views::CanvasView::setConnectMode);
    connect(m_view, &views::CanvasView::connectModeChanged, connectAct, &QAction::setChecked);
    insert->addSeparator();
    addKindsToInsertMenu(*insert, *m_view);

    QMenu* arrange = menuBar()->addMenu(tr("&Arrange"));
    QAction* tidy = arrange->addAction(tr("&Tidy"), this, [this] {
        if (!m_gateway->tidy(m_scene->selectedComponents()))
            statusBar()->showMessage(tr("Already tidy."), 3000);
    });
    tidy->setObjectName("tidy");
    tidy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    tidy->setStatusTip(tr("Lay out the selection, or the whole design, afresh."));

    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName("main-toolbar");
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(newAct);
    bar->addAction(openAct);
    bar->addAction(saveAct);
    bar->addSeparator();
    bar->addAction(undo);
    bar->addAction(redo);
    bar->addSeparator();
    bar->addAction(connectAct);
    bar->addAction(fit);
    bar->addAction(actual);
}

void MainWindow::updateTitle()
{
    const QString& path = m_session->filePath();
    const QString name = path.isEmpty() ? tr("Untitled") : QFileInfo(path).fileName();
    setWindowTitle(QStringLiteral("Azimuth — %1[*]").arg(name));
    setWindowModified(m_session->isModified());
}

void MainWindow::showSelection()
{
    const auto ids = m_scene->selectedComponents();
    const auto connections = m_scene->selectedConnections();
    if (ids.empty() && connections.size() == 1)
        m_inspector->showConnection(connections.front());
    else
        m_inspector->showComponent(ids.size() == 1 ? ids.front() : model::ComponentId{});
}

void MainWindow::newDocument()
{
    m_session->newDocument();
}

void MainWindow::open()
{
    m_session->open();
}

bool MainWindow::openFile(const QString& path, QString* error)
{
    QElapsedTimer started;
    started.start();
    if (!m_session->openFile(path, error)) return false;
    if (measureOpenRequested()) measureOpenToPaint(m_view->viewport(), started);
    return true;
}

bool MainWindow::saveTo(const QString& path, QString* error)
{
    return m_session->saveTo(path, error);
}

bool MainWindow::save()
{
    return m_session->save();
}

bool MainWindow::saveAs()
{
    return m_session->saveAs();
}

QStringList MainWindow::recentFiles() const
{
    return DocumentSession::recentFiles();
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList list = recentFiles();
    for (const QString& path : list)
        m_recentMenu
            ->addAction(QFileInfo(path).fileName(), this,
                        [this, path] {
                            if (m_session->maybeSave()) openFile(path);
                        })
            ->setToolTip(path);
    if (list.isEmpty()) m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
}

void MainWindow::copySelection()
{
    const auto ids = m_scene->selectedComponents();
    if (ids.empty()) return;
    const std::string text = copyDesignText(m_controller.design(), m_controller.catalog(), ids);
    auto* mime = new QMimeData;
    mime->setData(kDesignMime, QByteArray::fromStdString(text));
    mime->setText(QString::fromStdString(text));
    QApplication::clipboard()->setMimeData(mime);
}

void MainWindow::cutSelection()
{
    copySelection();
    deleteSelection();
}

void MainWindow::pasteText(const std::string& text, double offset)
{
    const auto selected = m_scene->selectedComponents();
    const model::ComponentId into = selected.size() == 1 ? selected.front() : model::ComponentId{};
    PastePlan plan;
    try {
        plan = planPaste(text, m_controller, into, offset);
    } catch (const std::exception& e) {
        showStatus(tr("The clipboard holds no design: %1").arg(e.what()), 8000);
        return;
    }
    std::vector<model::ComponentId> added;
    for (const auto& c : plan.components)
        added.push_back(c.id);
    if (auto result = m_gateway->paste(std::move(plan.components), std::move(plan.connections));
        !result) {
        showStatus(QString::fromStdString(result.reason()), 8000);
        return;
    }
    m_scene->ensureLayout();
    m_scene->selectComponents(added);
}

void MainWindow::paste()
{
    const QMimeData* mime = QApplication::clipboard()->mimeData();
    if (!mime) return;
    if (mime->hasFormat(kDesignMime))
        pasteText(mime->data(kDesignMime).toStdString(), 24);
    else if (mime->hasText())
        pasteText(mime->text().toStdString(), 24);
}

void MainWindow::duplicateSelection()
{
    const auto ids = m_scene->selectedComponents();
    if (ids.empty()) return;
    // Duplicates land beside the originals, in the same containers.
    m_scene->clearSelection();
    pasteText(copyDesignText(m_controller.design(), m_controller.catalog(), ids), 24);
}

void MainWindow::deleteSelection()
{
    m_gateway->remove(m_scene->selectedComponents(), m_scene->selectedConnections());
}

void MainWindow::selectAll()
{
    for (QGraphicsItem* item : m_scene->items())
        item->setSelected(item->flags() & QGraphicsItem::ItemIsSelectable);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_session->maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue("window/geometry", saveGeometry());
    settings.setValue("window/state", saveState());
    if (auto compact = m_docks->compact()) settings.setValue("window/compact", *compact);
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile() && url.toLocalFile().endsWith(QLatin1String(".azimuth"))) {
            event->acceptProposedAction();
            return;
        }
    event->ignore();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile() && url.toLocalFile().endsWith(QLatin1String(".azimuth"))) {
            event->acceptProposedAction();
            if (m_session->maybeSave()) openFile(url.toLocalFile());
            return;
        }
}

} // namespace azimuth::app
