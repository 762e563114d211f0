#include "HelpDialogs.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <functional>

namespace azimuth::app {

namespace {

QString plain(QString text)
{
    // "&Open…" reads "Open" in a table; "&&" stays a literal ampersand.
    text.replace(QLatin1String("&&"), QLatin1String("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    if (text.endsWith(QStringLiteral("…"))) text.chop(1);
    return text;
}

QString keysOf(const QAction& action)
{
    QStringList keys;
    for (const QKeySequence& k : action.shortcuts())
        keys << k.toString(QKeySequence::NativeText);
    return keys.join(QStringLiteral(", "));
}

QDialog* dialog(QWidget* parent, const QString& title, QWidget* body)
{
    auto* d = new QDialog(parent);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->setWindowTitle(title);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, d);
    QObject::connect(buttons, &QDialogButtonBox::rejected, d, &QDialog::reject);
    auto* layout = new QVBoxLayout(d);
    body->setParent(d);
    layout->addWidget(body, 1);
    layout->addWidget(buttons);
    return d;
}

} // namespace

QList<QPair<QString, QString>> shortcutRows(const QWidget& window)
{
    QList<QPair<QString, QString>> rows;
    QList<const QAction*> seen;
    const std::function<void(const QMenu&, const QString&)> walk = [&](const QMenu& menu,
                                                                       const QString& path) {
        for (const QAction* a : menu.actions()) {
            if (a->menu()) {
                walk(*a->menu(), path + plain(a->menu()->title()) + QStringLiteral(" › "));
                continue;
            }
            if (a->isSeparator() || a->shortcuts().isEmpty() || seen.contains(a)) continue;
            seen << a;
            rows.append({path + plain(a->text()), keysOf(*a)});
        }
    };
    if (const auto* main = qobject_cast<const QMainWindow*>(&window); main && main->menuWidget())
        if (const auto* bar = qobject_cast<const QMenuBar*>(main->menuWidget()))
            for (const QAction* a : bar->actions())
                if (a->menu()) walk(*a->menu(), plain(a->menu()->title()) + QStringLiteral(" › "));
    // Actions outside the menus (toolbars, the window itself).
    for (const QAction* a : window.findChildren<QAction*>()) {
        if (a->menu() || a->isSeparator() || a->shortcuts().isEmpty() || seen.contains(a)) continue;
        seen << a;
        rows.append({plain(a->text()), keysOf(*a)});
    }
    const QString ctrl =
        QKeySequence(Qt::CTRL).toString(QKeySequence::NativeText).remove(QLatin1Char('+'));
    rows.append({QObject::tr("Canvas › Zoom"), QObject::tr("%1 + mouse wheel").arg(ctrl)});
    rows.append({QObject::tr("Canvas › Pan"), QObject::tr("Space + drag, or middle-button drag")});
    rows.append({QObject::tr("Canvas › Nudge the selection 8 px"), QObject::tr("Arrow keys")});
    rows.append(
        {QObject::tr("Canvas › Nudge the selection 32 px"), QObject::tr("Shift + arrow keys")});
    rows.append({QObject::tr("Presentation › Leave"), QObject::tr("Esc")});
    return rows;
}

void showKeyboardShortcuts(QWidget* window)
{
    const auto rows = shortcutRows(*window);
    auto* table = new QTableWidget(int(rows.size()), 2);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setHorizontalHeaderLabels({QObject::tr("Command"), QObject::tr("Keys")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (int i = 0; i < rows.size(); ++i) {
        table->setItem(i, 0, new QTableWidgetItem(rows[i].first));
        table->setItem(i, 1, new QTableWidgetItem(rows[i].second));
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    QDialog* d = dialog(window, QObject::tr("Keyboard Shortcuts"), table);
    d->setObjectName(QStringLiteral("shortcutsDialog"));
    d->resize(560, 620);
    d->show();
}

QString gettingStartedHtml()
{
    return QObject::tr(
        "<h2>Getting started with Azimuth</h2>"
        "<p>Azimuth lets you sketch an AWS architecture, see what it costs each month, and "
        "find out what breaks when part of AWS goes down.</p>"
        "<h3>1. Start from a sample</h3>"
        "<p><b>File › New from Sample</b> opens a gallery of ready-made designs. The one you "
        "pick opens as a new, untitled design, so change it freely.</p>"
        "<h3>2. Build</h3>"
        "<p>Drag a kind from the <b>Palette</b> onto the canvas: a Region first, Availability "
        "Zones inside it, then servers, load balancers, queues and databases. Press "
        "<b>C</b> for the connect tool and drag from one component to another to connect "
        "them. The <b>Inspector</b> edits the selected component: instance type, count, "
        "pricing option, zones.</p>"
        "<h3>3. Learn</h3>"
        "<p>The <b>Learn</b> panel explains whatever you select in the palette or on the "
        "canvas: what it is, when to use it, and why each check on it matters. Topic cards "
        "compare the five EC2 pricing options, the instance families, SNS and SQS, and "
        "Lambda and Fargate.</p>"
        "<h3>4. Check and cost</h3>"
        "<p>Findings list what could go wrong — everything in one zone, a queue nobody reads, "
        "Spot for work that cannot stop — and the cost panel shows the monthly bill.</p>"
        "<h3>5. Run a drill</h3>"
        "<p><b>View › Drill Mode</b>, then click an Availability Zone or a Region to fail it. "
        "Lost components are greyed and crossed, degraded ones turn amber with the capacity "
        "left, broken connections turn red, and a banner says whether your users are still "
        "served. Click the zone again to bring it back. A drill never changes your design.</p>"
        "<h3>6. Present</h3>"
        "<p><b>F5</b> fills the screen with the diagram for a class; <b>Esc</b> brings the "
        "panels back.</p>"
        "<p>From a terminal, <code>azimuth check</code>, <code>azimuth cost</code> and "
        "<code>azimuth drill</code> do the same without the window.</p>");
}

void showGettingStarted(QWidget* window)
{
    auto* browser = new QTextBrowser;
    browser->setObjectName(QStringLiteral("gettingStarted"));
    browser->setHtml(gettingStartedHtml());
    QDialog* d = dialog(window, QObject::tr("Getting Started"), browser);
    d->setObjectName(QStringLiteral("gettingStartedDialog"));
    d->resize(620, 640);
    d->show();
}

} // namespace azimuth::app
