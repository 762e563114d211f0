#include "PaletteWidget.h"

#include "PaletteTree.h"
#include "views/canvas/IconCache.h"

#include <QIcon>
#include <QLineEdit>
#include <QVBoxLayout>

namespace azimuth::views {

PaletteWidget::PaletteWidget(const model::KindCatalog& catalog, QWidget* parent)
    : QWidget(parent), m_filter(new QLineEdit(this)), m_tree(new PaletteTree(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_filter->setPlaceholderText(tr("Filter…"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree);
    m_filter->setAccessibleName(tr("Search component kinds"));
    m_tree->setAccessibleName(tr("Component kinds"));
    m_tree->setAccessibleDescription(
        tr("Drag a kind onto the canvas, or press Enter to place it."));

    QFont header = font();
    header.setBold(true);
    header.setPointSizeF(header.pointSizeF() * 0.85);
    for (const auto& cat : catalog.categories()) {
        auto* group = new QTreeWidgetItem(m_tree, {QString::fromStdString(cat.label).toUpper()});
        group->setFlags(Qt::ItemIsEnabled);
        group->setFont(0, header);
        group->setForeground(0, QColor(0x54, 0x5B, 0x64));
        group->setSizeHint(0, QSize(0, 26));
        for (const auto& spec : catalog.kinds()) {
            if (spec.category != cat.id) continue;
            auto* item = new QTreeWidgetItem(group, {QString::fromStdString(spec.label)});
            item->setData(0, PaletteTree::KindRole, QString::fromStdString(spec.kind));
            item->setToolTip(0, QString::fromStdString(spec.summary + "\n" + spec.placement));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
            const QString key = QString::fromStdString(spec.icon);
            if (IconCache::has(key)) item->setIcon(0, QIcon(IconCache::path(key)));
            item->setSizeHint(0, QSize(0, 30));
        }
    }
    m_tree->expandAll();
    connect(m_filter, &QLineEdit::textChanged, this, &PaletteWidget::setFilter);
    connect(m_tree, &PaletteTree::placeRequested, this, &PaletteWidget::placeRequested);
    // Enter in the filter places the first match: type "lam", Enter, and it is there.
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        const QStringList kinds = visibleKinds();
        if (!kinds.isEmpty()) emit placeRequested(kinds.front());
    });
}

QTreeWidget* PaletteWidget::tree() const
{
    return m_tree;
}

void PaletteWidget::setFilter(const QString& text)
{
    if (m_filter->text() != text) m_filter->setText(text);
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = m_tree->topLevelItem(g);
        const bool groupMatches = group->text(0).contains(text, Qt::CaseInsensitive);
        int shown = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem* item = group->child(i);
            const bool match =
                text.isEmpty() || groupMatches ||
                item->text(0).contains(text, Qt::CaseInsensitive) ||
                item->data(0, PaletteTree::KindRole).toString().contains(text, Qt::CaseInsensitive);
            item->setHidden(!match);
            shown += match ? 1 : 0;
        }
        group->setHidden(shown == 0);
    }
}

QStringList PaletteWidget::visibleKinds() const
{
    QStringList out;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = m_tree->topLevelItem(g);
        if (group->isHidden()) continue;
        for (int i = 0; i < group->childCount(); ++i)
            if (!group->child(i)->isHidden())
                out << group->child(i)->data(0, PaletteTree::KindRole).toString();
    }
    return out;
}

} // namespace azimuth::views
