#pragma once
// Where a Multi-AZ database's standby runs: a dashed outline of the database in its
// standby zone's column, level with the primary, labelled "Standby". Not a component of
// its own (the file holds one database); it follows the database's zones.

#include <QGraphicsItem>
#include <QString>

namespace azimuth::views {

class StandbyMark : public QGraphicsItem
{
  public:
    /// `icon` is the database kind's icon key.
    explicit StandbyMark(const QString& icon);
    /// Places it over a box (scene coordinates) and names the database it stands by for.
    void place(const QRectF& box, const QString& of);
    const QString& of() const { return m_of; }
    QRectF boundingRect() const override;
    void paint(QPainter* p, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

  private:
    QString m_icon;
    QString m_of;
    QSizeF m_size;
};

} // namespace azimuth::views
