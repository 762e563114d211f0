#include "AccessibleNames.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QObject>
#include <QToolBar>

namespace azimuth::app {

namespace {
void describe(QWidget* widget, const QString& name, const QString& description)
{
    if (!widget) return;
    widget->setAccessibleName(name);
    widget->setAccessibleDescription(description);
}
} // namespace

void nameForScreenReaders(QMainWindow& window, QWidget* canvas)
{
    describe(canvas, QObject::tr("Canvas"),
             QObject::tr("The architecture diagram. Tab moves through components."));
    if (window.centralWidget() != canvas)
        describe(window.centralWidget(), QObject::tr("Canvas area"), {});
    // A dock's content is named after the dock, so the reader says which panel it is in.
    const struct
    {
        const char* dock;
        const char* description;
    } docks[] = {
        {"palette", QT_TR_NOOP("Component kinds to drag onto the canvas, or place with Enter.")},
        {"inspector", QT_TR_NOOP("The selected component's name and properties.")},
        {"history", QT_TR_NOOP("The edits made, to undo or redo.")},
        {"findings", QT_TR_NOOP("What the rules found in the design.")},
        {"cost", QT_TR_NOOP("What the design costs a month, by service and component.")},
    };
    for (const auto& d : docks) {
        auto* dock = window.findChild<QDockWidget*>(QString::fromLatin1(d.dock));
        if (!dock) continue;
        describe(dock, dock->windowTitle(), QObject::tr(d.description));
        describe(dock->widget(), QObject::tr("%1 panel").arg(dock->windowTitle()),
                 QObject::tr(d.description));
    }
    for (QToolBar* bar : window.findChildren<QToolBar*>())
        if (bar->accessibleName().isEmpty())
            describe(bar, QObject::tr("%1 toolbar").arg(bar->windowTitle()), {});
}

} // namespace azimuth::app
