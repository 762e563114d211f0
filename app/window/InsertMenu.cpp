#include "InsertMenu.h"

#include "views/canvas/CanvasScene.h"
#include "views/canvas/CanvasView.h"
#include "views/canvas/IconCache.h"

#include <QAction>
#include <QIcon>
#include <QMenu>

namespace azimuth::app {

void addKindsToInsertMenu(QMenu& menu, views::CanvasView& view)
{
    const model::KindCatalog& catalog = view.canvas()->catalog();
    for (const auto& category : catalog.categories()) {
        QMenu* sub = nullptr;
        for (const auto& spec : catalog.kinds()) {
            if (spec.category != category.id) continue;
            if (!sub) sub = menu.addMenu(QString::fromStdString(category.label));
            const QString kind = QString::fromStdString(spec.kind);
            QAction* act = sub->addAction(QString::fromStdString(spec.label), &view,
                                          [&view, kind] { view.placeAtCenter(kind); });
            act->setObjectName(QStringLiteral("insert-") + kind);
            act->setData(kind);
            act->setStatusTip(QString::fromStdString(spec.summary));
            const QString icon = QString::fromStdString(spec.icon);
            if (views::IconCache::has(icon)) act->setIcon(QIcon(views::IconCache::path(icon)));
        }
    }
}

} // namespace azimuth::app
