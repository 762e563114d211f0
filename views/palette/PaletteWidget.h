#pragma once
// Every kind of the catalog, grouped by category, with a filter box. Drag a kind onto the
// canvas, or press Enter / double-click to place it at the view's centre.

#include "model/catalog/KindCatalog.h"

#include <QWidget>

class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace azimuth::views {

class PaletteTree;

class PaletteWidget : public QWidget
{
    Q_OBJECT
  public:
    explicit PaletteWidget(const model::KindCatalog& catalog, QWidget* parent = nullptr);

    /// Shows only kinds whose label or category contains the text (case-insensitive).
    void setFilter(const QString& text);
    QLineEdit* filterEdit() const { return m_filter; }
    QTreeWidget* tree() const;
    /// The kind names visible now, in order.
    QStringList visibleKinds() const;

  signals:
    /// The user asked to place a kind without dragging it.
    void placeRequested(const QString& kind);

  private:
    QLineEdit* m_filter;
    PaletteTree* m_tree;
};

} // namespace azimuth::views
