#pragma once
// Keeps the findings and the cost of the live design up to date while a person edits.
// Every change restarts a short timer; when it fires, the UI thread only hands a worker
// thread what changed since the last update (a DesignPatch: usually one component, well
// under a millisecond on a 10,000-component design). The worker keeps its own copy of
// the design up to date with those patches, brings the findings up to date incrementally
// (IncrementalChecker), then recomputes the cost and its curve over time, and posts each
// result back as it is ready. A whole copy of a large design takes tens of milliseconds,
// so it is made only when patching would not be cheaper (a file opened, a new catalog).
// The views get value snapshots.

#include "CostSnapshot.h"
#include "FindingsSnapshot.h"
#include "model/cost/PriceCatalog.h"

#include <QObject>
#include <QThreadPool>
#include <QTimer>
#include <memory>
#include <optional>
#include <vector>

namespace azimuth::model {
class DesignChanges;
}

namespace azimuth::views {

class ModelSignals;
class AnalysisWorkspace;

class AnalysisService : public QObject
{
    Q_OBJECT
  public:
    explicit AnalysisService(ModelSignals& modelSignals, QObject* parent = nullptr);
    ~AnalysisService() override;

    /// Milliseconds of quiet after an edit before recomputing (150 by default).
    void setDebounceInterval(int ms) { m_timer.setInterval(ms); }
    int debounceInterval() const { return m_timer.interval(); }
    /// True while an edit waits for the timer or its analysis is being computed.
    bool isPending() const { return m_timer.isActive() || m_jobRunning; }

    /// The latest results (never null once constructed).
    std::shared_ptr<const FindingsSnapshot> findings() const { return m_findings; }
    std::shared_ptr<const CostSnapshot> cost() const { return m_cost; }
    /// Worst severity per component id, for the canvas badges.
    const QHash<QString, model::Severity>& worstSeverities() const { return m_findings->worst; }
    /// The badge tooltip of a component: one line per finding about it.
    QString badgeTooltip(const QString& componentId) const
    {
        return m_findings->tooltip(componentId);
    }

    /// The price catalog in use: the built-in one or a user file.
    const model::PriceCatalog& priceCatalog() const { return *m_prices; }
    /// The user catalog file in use; empty for the built-in catalog.
    QString priceCatalogPath() const { return m_pricesPath; }
    /// Switches to a user catalog file and recomputes; returns the load error
    /// ("FILE:LINE:COL: message") and keeps the current catalog when the file is bad.
    QString setPriceCatalogFile(const QString& path);
    /// Switches back to the built-in catalog and recomputes.
    void useBuiltinPriceCatalog();

    /// What an ec2-fleet or auto-scaling-group would cost under each pricing option, in
    /// the order of comparePricing; empty for other kinds or an unknown id.
    std::vector<model::PricingOptionCost> pricingOptions(const QString& componentId) const;
    /// An auto-scaling-group's cost at min and max; empty for other kinds.
    model::CostBand scalingBand(const QString& componentId) const;
    /// The design as it is now (the live one, not a snapshot).
    const model::Design& design() const;
    /// The kind catalog the design is read with.
    const model::KindCatalog& kindCatalog() const;

    /// Milliseconds the last update took: findings, and cost (with the curve over time).
    double lastFindingsMs() const { return m_findingsMs; }
    double lastCostMs() const { return m_costMs; }
    /// Milliseconds the UI thread spent on the last debounced update (taking the patch
    /// and starting the worker).
    double lastHandOffMs() const { return m_handOffMs; }

  public slots:
    /// Recomputes findings and cost at once on this thread, cancelling a pending debounce
    /// (after loading a file, and in tests); waits for a running worker first.
    void recomputeNow();
    /// The debounced update: findings and cost on a worker thread.
    void recomputeInBackground();

  signals:
    void findingsChanged(std::shared_ptr<const azimuth::views::FindingsSnapshot> findings);
    void costChanged(std::shared_ptr<const azimuth::views::CostSnapshot> cost);
    /// The catalog changed (a new file or back to the built-in one).
    void priceCatalogChanged();

  private:
    void scheduleRecompute();
    void replaceWorkspace();
    void startJob();
    void finishFindings(std::shared_ptr<FindingsSnapshot> snapshot, double ms);
    void finishCost(std::shared_ptr<CostSnapshot> snapshot, double ms);

    ModelSignals& m_signals;
    QTimer m_timer;
    std::shared_ptr<const model::PriceCatalog> m_prices;
    QString m_pricesPath;
    /// What changed in the live design since the workspace's copy was last patched.
    std::unique_ptr<model::DesignChanges> m_changes;
    /// The worker's copy of the design and its checker; only one job touches it at a time.
    std::shared_ptr<AnalysisWorkspace> m_workspace;
    std::shared_ptr<const FindingsSnapshot> m_findings;
    std::shared_ptr<const CostSnapshot> m_cost;
    double m_findingsMs = 0, m_costMs = 0, m_handOffMs = 0;
    bool m_jobRunning = false; ///< a worker is computing findings and cost
    bool m_jobQueued = false;  ///< the design changed while it was
    quint64 m_generation = 0;  ///< results of an older generation are dropped
    QThreadPool m_pool;        ///< one worker: jobs never overlap
};

} // namespace azimuth::views
