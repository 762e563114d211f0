#include "PaletteTree.h"

#include "views/canvas/CanvasView.h"

#include <QKeyEvent>
#include <QMimeData>

namespace azimuth::views {

PaletteTree::PaletteTree(QWidget* parent) : QTreeWidget(parent)
{
    setHeaderHidden(true);
    setRootIsDecorated(false);
    setDragEnabled(true);
    setDragDropMode(DragOnly);
    setIconSize(QSize(24, 24));
    setIndentation(8);
    // Category rows are text only and kind rows carry an icon: uniform heights would
    // squeeze the icons onto each other.
    setUniformRowHeights(false);
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const QString kind = item->data(0, KindRole).toString();
        if (!kind.isEmpty()) emit placeRequested(kind);
    });
}

QStringList PaletteTree::mimeTypes() const
{
    return {QString::fromLatin1(CanvasView::kKindMime)};
}

QMimeData* PaletteTree::mimeData(const QList<QTreeWidgetItem*>& items) const
{
    if (items.isEmpty()) return nullptr;
    const QString kind = items.front()->data(0, KindRole).toString();
    if (kind.isEmpty()) return nullptr;
    auto* mime = new QMimeData;
    mime->setData(CanvasView::kKindMime, kind.toUtf8());
    mime->setText(kind);
    return mime;
}

void PaletteTree::keyPressEvent(QKeyEvent* event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentItem()) {
        const QString kind = currentItem()->data(0, KindRole).toString();
        if (!kind.isEmpty()) {
            emit placeRequested(kind);
            return;
        }
    }
    QTreeWidget::keyPressEvent(event);
}

} // namespace azimuth::views
