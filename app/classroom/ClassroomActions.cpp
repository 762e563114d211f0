#include "ClassroomActions.h"

#include "ClassroomHost.h"
#include "HelpDialogs.h"
#include "app/document/DocumentSession.h"
#include "views/analysis/AnalysisService.h"
#include "views/analysis/Money.h"
#include "views/canvas/CanvasScene.h"
#include "views/canvas/CanvasView.h"
#include "views/classroom/CanvasStage.h"
#include "views/classroom/DrillOverlay.h"
#include "views/classroom/LearnCardView.h"
#include "views/classroom/PresentationMode.h"
#include "views/classroom/SampleGallery.h"
#include "views/inspector/InspectorWidget.h"
#include "views/palette/PaletteTree.h"
#include "views/palette/PaletteWidget.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTreeWidget>
#include <QUndoStack>

namespace azimuth::app {

namespace {

QString plainTitle(QString text)
{
    return text.remove(QLatin1Char('&'));
}

} // namespace

ClassroomActions* ClassroomActions::install(ClassroomHost& host)
{
    return new ClassroomActions(host);
}

ClassroomActions::ClassroomActions(ClassroomHost& host)
    : QObject(&host.hostWindow()), m_host(host), m_window(host.hostWindow())
{
    QMainWindow& window = m_window;
    setObjectName(QStringLiteral("classroom"));
    // The canvas moves onto a stage with room above it for the drill's banner and below
    // it for the presentation's strip.
    window.takeCentralWidget();
    m_stage = new views::CanvasStage(*m_host.view());
    window.setCentralWidget(m_stage);
    m_host.view()->show(); // taking it out of the window hid it
    m_drill = new views::DrillOverlay(*m_stage, this);
    m_presentation = new views::PresentationMode(window, *m_stage, this);
    createLearnDock();
    createActions();
    // A drill is about the design on the canvas: a new one ends it.
    connect(&m_host.session(), &DocumentSession::aboutToReplace, this, [this] {
        if (m_drillAct->isChecked()) m_drillAct->setChecked(false);
    });
    // The strip shows the window's own live cost and findings.
    if (views::AnalysisService* analysis = m_host.analysis()) {
        connect(analysis, &views::AnalysisService::costChanged, this,
                &ClassroomActions::updateStrip);
        connect(analysis, &views::AnalysisService::findingsChanged, this,
                &ClassroomActions::updateStrip);
    }
}

QMenu* ClassroomActions::menu(const QString& title, QAction* before)
{
    for (QAction* a : m_window.menuBar()->actions())
        if (a->menu() && plainTitle(a->text()) == title) return a->menu();
    auto* created = new QMenu(QLatin1Char('&') + title, m_window.menuBar());
    m_window.menuBar()->insertMenu(before, created);
    return created;
}

void ClassroomActions::createLearnDock()
{
    m_learn = new views::LearnCardView(views::LearnCards::builtin(), &m_window);
    m_learnDock = new QDockWidget(tr("Learn"), &m_window);
    m_learnDock->setObjectName(QStringLiteral("learn"));
    m_learnDock->setWidget(m_learn);
    m_window.addDockWidget(Qt::RightDockWidgetArea, m_learnDock);

    // The card follows the selection, renames and removals: it never names a component
    // that is gone. With nothing selected it keeps the card still being read.
    const auto design = [this]() -> const model::Design& {
        return m_host.session().controller().design();
    };
    const auto forgetIfGone = [this, design] {
        const model::ComponentId shown = m_learn->component();
        if (!shown.empty() && !design().component(shown)) m_learn->showIndex();
    };
    connect(m_host.scene(), &QGraphicsScene::selectionChanged, this, [this, design, forgetIfGone] {
        const auto ids = m_host.scene()->selectedComponents();
        if (ids.size() == 1)
            m_learn->showComponent(design(), ids.front());
        else
            forgetIfGone();
    });
    views::ModelSignals& changes = m_host.scene()->modelSignals();
    connect(&changes, &views::ModelSignals::componentRemoved, this, forgetIfGone);
    connect(&changes, &views::ModelSignals::designReset, this, forgetIfGone);
    connect(&changes, &views::ModelSignals::componentChanged, this,
            [this, design](const QString& id) {
                const model::ComponentId shown = m_learn->component();
                if (id.toStdString() == shown.value) m_learn->showComponent(design(), shown);
            });
    connect(m_host.palette()->tree(), &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem* item) {
                if (!item) return;
                const QString kind = item->data(0, views::PaletteTree::KindRole).toString();
                if (!kind.isEmpty()) m_learn->showKind(kind);
            });
}

void ClassroomActions::createActions()
{
    QMenu* file = menu(QStringLiteral("File"));
    m_newFromSample = new QAction(tr("New from &Sample…"), this);
    m_newFromSample->setObjectName(QStringLiteral("newFromSample"));
    m_newFromSample->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_newFromSample, &QAction::triggered, this, &ClassroomActions::chooseSample);
    // Right under File > New.
    const QList<QAction*> fileActions = file->actions();
    QAction* after = nullptr;
    for (qsizetype i = 0; i < fileActions.size(); ++i)
        if (plainTitle(fileActions[i]->text()) == QLatin1String("New") &&
            i + 1 < fileActions.size())
            after = fileActions[i + 1];
    file->insertAction(after ? after : (fileActions.isEmpty() ? nullptr : fileActions.first()),
                       m_newFromSample);

    QMenu* view = menu(QStringLiteral("View"));
    view->addSeparator();
    m_present = view->addAction(tr("&Presentation Mode"));
    m_present->setObjectName(QStringLiteral("presentationMode"));
    m_present->setCheckable(true);
    m_present->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_present, &QAction::toggled, this, &ClassroomActions::setPresenting);
    connect(m_presentation, &views::PresentationMode::activeChanged, m_present,
            &QAction::setChecked);

    m_drillAct = view->addAction(tr("&Drill Mode"));
    m_drillAct->setObjectName(QStringLiteral("drillMode"));
    m_drillAct->setCheckable(true);
    m_drillAct->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_drillAct->setStatusTip(
        tr("Click an Availability Zone or Region to fail it; the design is not changed"));
    connect(m_drillAct, &QAction::toggled, this, &ClassroomActions::setDrill);
    QAction* learnToggle = m_learnDock->toggleViewAction();
    learnToggle->setText(tr("&Learn Panel"));
    view->addAction(learnToggle);

    QMenu* help = menu(QStringLiteral("Help"));
    QAction* started =
        help->addAction(tr("&Getting Started"), this, [this] { showGettingStarted(&m_window); });
    started->setObjectName(QStringLiteral("gettingStarted"));
    started->setShortcut(QKeySequence::HelpContents);
    QAction* keys = help->addAction(tr("&Keyboard Shortcuts"), this,
                                    [this] { showKeyboardShortcuts(&m_window); });
    keys->setObjectName(QStringLiteral("keyboardShortcuts"));
    keys->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
}

bool ClassroomActions::openSample(const QString& fileName)
{
    model::Design design;
    try {
        const views::SampleIndex index = views::SampleIndex::load();
        const auto& entries = index.entries();
        const auto it =
            std::find_if(entries.begin(), entries.end(),
                         [&](const views::SampleEntry& e) { return e.file == fileName; });
        if (it == entries.end())
            throw std::runtime_error(tr("%1 is not a sample").arg(fileName).toStdString());
        design = index.design(*it);
    } catch (const std::exception& e) {
        m_window.statusBar()->showMessage(QString::fromUtf8(e.what()), 10000);
        return false;
    }
    return m_host.session().startFrom(std::move(design), tr("the sample %1").arg(fileName));
}

void ClassroomActions::chooseSample()
{
    std::optional<views::SampleIndex> index;
    try {
        index = views::SampleIndex::load();
    } catch (const std::exception& e) {
        QMessageBox::warning(&m_window, tr("Samples"), QString::fromUtf8(e.what()));
        return;
    }
    views::SampleGallery gallery(std::move(*index), &m_window);
    if (gallery.exec() != QDialog::Accepted) return;
    if (const auto entry = gallery.selectedSample()) openSample(entry->file);
}

void ClassroomActions::setDrill(bool on)
{
    m_drill->setActive(on);
    // Only the drill's clicks reach the canvas; nothing else may edit meanwhile.
    m_host.palette()->setEnabled(!on);
    m_host.inspector()->setEnabled(!on);
    m_window.statusBar()->showMessage(
        on ? tr("Drill mode: click a zone or region to fail it, again to restore it")
           : tr("Drill mode off"),
        6000);
}

void ClassroomActions::setPresenting(bool on)
{
    if (on && m_host.analysis() && m_host.analysis()->isPending())
        m_host.analysis()->recomputeNow();
    m_presentation->setActive(on);
    // The banner reads from the back of the room too, as large as the strip.
    m_drill->setBannerTextSize(on ? 15 : 11);
    if (on) updateStrip();
}

void ClassroomActions::updateStrip()
{
    const views::AnalysisService* analysis = m_host.analysis();
    if (!analysis || !m_presentation->isActive()) return;
    const auto cost = analysis->cost();
    const auto findings = analysis->findings();
    // Parts that stay whole when a narrow screen wraps the strip.
    QStringList parts;
    QString money =
        tr("Monthly cost %1").arg(views::formatMoney(cost->cost.monthly, cost->currency));
    if (cost->cost.estimate || !cost->cost.complete) money += tr(" (estimate)");
    parts << money;
    if (!cost->pricesAsOf.isEmpty()) parts << tr("prices as of %1").arg(cost->pricesAsOf);
    parts << findings->countsText();
    // A wrapped line starts with its separator, so no line ends in a dangling one.
    for (qsizetype i = 0; i < parts.size(); ++i)
        parts[i] =
            QStringLiteral("<span style='white-space:nowrap'>%1%2</span>")
                .arg(i ? QStringLiteral("·&nbsp;&nbsp;") : QString(), parts[i].toHtmlEscaped());
    m_presentation->setStripText(parts.join(QStringLiteral("&nbsp; ")));
}

} // namespace azimuth::app
