#pragma once
// What the analysis adds on the canvas: a small red / amber / blue badge on each
// component with findings (tooltip: the findings), and, when asked, a cost label under
// each component and the transfer cost on each connection that has one. They are child
// items of the component and connection items, so they move with them.

#include <QObject>
#include <QPointer>
#include <QString>
#include <utility>
#include <vector>

class QGraphicsItem;

namespace azimuth::model {
struct ConnectionCost;
}

namespace azimuth::views {

class AnalysisService;
class CanvasScene;

class CanvasAnnotations : public QObject
{
    Q_OBJECT
  public:
    CanvasAnnotations(CanvasScene& scene, AnalysisService& analysis, QObject* parent = nullptr);
    ~CanvasAnnotations() override;

    bool showsCosts() const { return m_showCosts; }
    /// Whether `item` is a finding badge drawn here (exports leave them out unless asked).
    static bool isFindingBadge(const QGraphicsItem& item);
    /// The badge drawn on a component, or nullptr (for tests).
    QGraphicsItem* badgeOf(const QString& componentId) const;
    /// The transfer cost drawn on a connection, or nullptr (for tests).
    QGraphicsItem* costOfConnection(const QString& connectionId) const;

  public slots:
    void setShowCosts(bool on);
    /// Re-reads the latest findings and cost and redraws every annotation.
    void refresh();

  private:
    void clear();
    void addConnectionCost(const model::ConnectionCost& cost);

    CanvasScene& m_scene;
    AnalysisService& m_analysis;
    bool m_showCosts = false;
    /// What we drew, by owner: owned by the component items, which may go first.
    std::vector<std::pair<QString, QGraphicsItem*>> m_items;
    std::vector<std::pair<QString, QGraphicsItem*>> m_connectionItems; ///< by connection id
};

} // namespace azimuth::views
