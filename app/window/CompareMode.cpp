#include "CompareMode.h"

#include "MainWindow.h"
#include "model/diff/DesignDiff.h"
#include "model/io/DesignReader.h"
#include "views/analysis/AnalysisService.h"
#include "views/canvas/CanvasScene.h"
#include "views/canvas/CanvasView.h"
#include "views/diff/CompareOverlay.h"
#include "views/diff/ComparePanel.h"
#include "views/inspector/InspectorWidget.h"
#include "views/palette/PaletteWidget.h"

#include <QAction>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <algorithm>

namespace azimuth::app {

namespace {

QString plainTitle(QString text)
{
    return text.remove(QLatin1Char('&'));
}

} // namespace

CompareMode* CompareMode::install(MainWindow& window, QMenu* fileMenu, QAction* before)
{
    auto* mode = new CompareMode(window);
    mode->m_action = new QAction(tr("Compare &With…"), mode);
    mode->m_action->setCheckable(true);
    fileMenu->insertAction(before, mode->m_action);
    connect(mode->m_action, &QAction::triggered, mode, [mode](bool checked) {
        if (!checked) {
            mode->leave();
            return;
        }
        mode->m_action->setChecked(false); // checked once a comparison is on
        mode->choose();
    });
    return mode;
}

CompareMode::CompareMode(MainWindow& window) : QObject(&window), m_window(window)
{
    setObjectName(QStringLiteral("compareMode"));
    m_overlay = new views::CompareOverlay(*window.scene(), this);
    m_panel = new views::ComparePanel;
    m_dock = new QDockWidget(tr("Compare"), &window);
    m_dock->setObjectName(QStringLiteral("compare"));
    m_dock->setWidget(m_panel);
    // Beside the findings, where the tables have the window's width.
    if (auto* findings = window.findChild<QDockWidget*>(QStringLiteral("findings"))) {
        window.addDockWidget(window.dockWidgetArea(findings), m_dock);
        window.tabifyDockWidget(findings, m_dock);
    } else {
        window.addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    }
    m_dock->hide();
    connect(m_panel, &views::ComparePanel::leaveRequested, this, &CompareMode::leave);
    // Closing the panel leaves the mode: marks without their explanation would puzzle. (A
    // tab of another dock brought forward hides it too, but does not close it.)
    connect(m_dock->toggleViewAction(), &QAction::toggled, this, [this](bool shown) {
        if (!shown && isActive()) leave();
    });
    // A relayout moves the boxes under the marks.
    connect(window.scene(), &views::CanvasScene::laidOut, this, [this] {
        if (isActive()) refresh();
    });
}

void CompareMode::choose()
{
    QString error;
    bool done = false;
    if (!m_window.filePath().isEmpty()) {
        QMessageBox ask(QMessageBox::Question, tr("Compare With"), tr("Compare this design with…"),
                        QMessageBox::Cancel, &m_window);
        QPushButton* saved = ask.addButton(tr("The Last &Saved Version"), QMessageBox::AcceptRole);
        QPushButton* other = ask.addButton(tr("&Another File…"), QMessageBox::ActionRole);
        ask.exec();
        if (ask.clickedButton() == saved) {
            done = compareWithSaved(&error);
        } else if (ask.clickedButton() != other) {
            return;
        }
    }
    if (!done && error.isEmpty()) {
        const QString path = QFileDialog::getOpenFileName(
            &m_window, tr("Compare With"), QFileInfo(m_window.filePath()).absolutePath(),
            tr("Azimuth designs (*.azimuth);;All files (*)"));
        if (path.isEmpty()) return;
        done = compareWith(path, &error);
    }
    if (!done && !error.isEmpty()) QMessageBox::warning(&m_window, tr("Compare With"), error);
}

bool CompareMode::compareWith(const QString& path, QString* error)
{
    try {
        model::Design other = model::readDesignFile(path.toStdString());
        enter(std::move(other), QFileInfo(path).fileName());
        return true;
    } catch (const model::LoadError& e) {
        if (error) *error = QString::fromStdString(e.what());
        return false;
    }
}

bool CompareMode::compareWithSaved(QString* error)
{
    if (m_window.filePath().isEmpty()) {
        if (error) *error = tr("This design has not been saved yet.");
        return false;
    }
    try {
        model::Design saved = model::readDesignFile(m_window.filePath().toStdString());
        enter(std::move(saved),
              tr("%1 as last saved").arg(QFileInfo(m_window.filePath()).fileName()));
        return true;
    } catch (const model::LoadError& e) {
        if (error) *error = QString::fromStdString(e.what());
        return false;
    }
}

void CompareMode::enter(model::Design other, const QString& label)
{
    if (!isActive()) setEditing(false);
    m_other = std::move(other);
    m_label = label;
    refresh();
    m_dock->show();
    m_dock->raise();
    // Tall enough for the cost table and the first lines under it.
    m_window.resizeDocks({m_dock}, {std::max(m_dock->height(), m_window.height() / 3)},
                         Qt::Vertical);
    m_action->setChecked(true);
    m_window.statusBar()->showMessage(tr("Comparing with %1").arg(label), 6000);
}

void CompareMode::refresh()
{
    if (!m_other) return;
    const model::DesignDiff diff = model::diffDesigns(*m_other, m_window.controller().design(),
                                                      m_window.analysis()->priceCatalog());
    m_overlay->show(*m_other, diff);
    m_panel->show(m_label, diff);
}

void CompareMode::leave()
{
    if (!isActive()) return;
    m_other.reset();
    m_overlay->clear();
    m_dock->hide();
    setEditing(true);
    m_action->setChecked(false);
    m_window.statusBar()->showMessage(tr("Compare mode off"), 4000);
}

void CompareMode::setEditing(bool on)
{
    views::CanvasView* view = m_window.view();
    if (!on) {
        m_window.scene()->clearSelection();
        m_wasInteractive = view->isInteractive();
        m_acceptedDrops = view->acceptDrops();
        view->setInteractive(false);
        view->setAcceptDrops(false);
        // No shortcut may edit either: the Edit menu's actions rest until the mode ends.
        m_editActions.clear();
        for (QAction* a : m_window.menuBar()->actions())
            if (a->menu() && plainTitle(a->text()) == tr("Edit"))
                for (QAction* item : a->menu()->actions()) {
                    m_editActions.emplace_back(item, item->isEnabled());
                    item->setEnabled(false);
                }
    } else {
        view->setInteractive(m_wasInteractive);
        view->setAcceptDrops(m_acceptedDrops);
        for (auto& [action, enabled] : m_editActions)
            action->setEnabled(enabled);
        m_editActions.clear();
    }
    m_window.palette()->setEnabled(on);
    m_window.inspector()->setEnabled(on);
}

} // namespace azimuth::app
