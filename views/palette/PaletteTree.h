#pragma once
// The palette's list: categories with their kinds, each kind draggable as a kind MIME.

#include <QTreeWidget>

namespace azimuth::views {

class PaletteTree : public QTreeWidget
{
    Q_OBJECT
  public:
    /// The item data role that holds a kind name.
    static constexpr int KindRole = Qt::UserRole + 1;
    explicit PaletteTree(QWidget* parent = nullptr);

  signals:
    void placeRequested(const QString& kind);

  protected:
    QMimeData* mimeData(const QList<QTreeWidgetItem*>& items) const override;
    QStringList mimeTypes() const override;
    void keyPressEvent(QKeyEvent* event) override;
};

} // namespace azimuth::views
