#include "AnalysisService.h"

#include "model/controller/DesignChanges.h"
#include "model/io/LoadError.h"
#include "model/rules/IncrementalChecker.h"
#include "views/core/ModelSignals.h"

#include <QElapsedTimer>
#include <QFileInfo>

namespace azimuth::views {

namespace {
int rank(model::Severity s)
{
    return static_cast<int>(s); // Error < Warning < Info: lower is worse
}

// The built-in catalog lives for the program; a shared_ptr that never deletes it lets
// user catalogs and the built-in one be held the same way.
std::shared_ptr<const model::PriceCatalog> builtinPrices()
{
    return std::shared_ptr<const model::PriceCatalog>(&model::PriceCatalog::builtin(),
                                                      [](const model::PriceCatalog*) {});
}
} // namespace

/// The worker's side: its copy of the design, kept equal to the live one by patches, and
/// the checker that follows that copy. A new price catalog gets a new workspace.
class AnalysisWorkspace
{
  public:
    AnalysisWorkspace(std::shared_ptr<const model::PriceCatalog> prices,
                      const model::KindCatalog& kinds)
        : prices(std::move(prices)), kinds(kinds), checker(*this->prices, kinds)
    {
    }

    /// Applies a patch and brings the findings up to date.
    std::shared_ptr<FindingsSnapshot> findings(model::DesignPatch& patch)
    {
        patch.applyTo(design);
        if (patch.recheckAll) checker.invalidate();
        for (const model::ComponentId& id : patch.changedComponents)
            checker.componentChanged(id);
        for (const model::ConnectionId& id : patch.changedConnections)
            checker.connectionChanged(id);
        return findingsSnapshot(checker.update(design), design);
    }

    std::shared_ptr<CostSnapshot> cost() const
    {
        auto snap = std::make_shared<CostSnapshot>();
        snap->cost = model::computeCost(design, *prices, kinds);
        snap->overTime = model::costOverTime(design, snap->cost, *prices, kinds);
        snap->termMonths = design.settings.term();
        snap->currency = QString::fromStdString(
            snap->cost.currency.empty() ? design.settings.currencyCode() : snap->cost.currency);
        snap->pricesAsOf = QString::fromStdString(prices->asOf());
        return snap;
    }

    const std::shared_ptr<const model::PriceCatalog> prices;
    const model::KindCatalog& kinds;
    model::Design design;
    model::IncrementalChecker checker;

  private:
    static std::shared_ptr<FindingsSnapshot>
    findingsSnapshot(const std::vector<model::Finding>& findings, const model::Design& d)
    {
        auto snap = std::make_shared<FindingsSnapshot>();
        snap->findings = findings;
        // Findings come errors first, so a badge's tooltip leads with what made it red.
        for (const model::Finding& f : snap->findings) {
            switch (f.severity) {
            case model::Severity::Error:
                ++snap->errors;
                break;
            case model::Severity::Warning:
                ++snap->warnings;
                break;
            case model::Severity::Info:
                ++snap->infos;
                break;
            }
            for (const model::ComponentId& id : f.components) {
                const QString key = QString::fromStdString(id.value);
                if (!snap->names.contains(key))
                    if (const model::Component* c = d.component(id))
                        snap->names.insert(key, QString::fromStdString(c->displayName()));
                auto it = snap->worst.find(key);
                if (it == snap->worst.end())
                    snap->worst.insert(key, f.severity);
                else if (rank(f.severity) < rank(*it))
                    *it = f.severity;
                snap->messages[key] << QString::fromStdString(f.message);
            }
        }
        return snap;
    }
};

AnalysisService::AnalysisService(ModelSignals& modelSignals, QObject* parent)
    : QObject(parent), m_signals(modelSignals), m_prices(builtinPrices()),
      m_changes(std::make_unique<model::DesignChanges>()),
      m_findings(std::make_shared<FindingsSnapshot>()), m_cost(std::make_shared<CostSnapshot>())
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(150);
    connect(&m_timer, &QTimer::timeout, this, &AnalysisService::recomputeInBackground);
    m_pool.setMaxThreadCount(1);
    connect(&m_signals, &ModelSignals::anyChange, this, &AnalysisService::scheduleRecompute);
    m_signals.controller().addObserver(m_changes.get());
    replaceWorkspace();
    recomputeNow();
}

AnalysisService::~AnalysisService()
{
    m_pool.waitForDone(); // its results, posted to this object, are dropped with it
    m_signals.controller().removeObserver(m_changes.get());
}

const model::KindCatalog& AnalysisService::kindCatalog() const
{
    return m_signals.controller().catalog();
}

const model::Design& AnalysisService::design() const
{
    return m_signals.controller().design();
}

void AnalysisService::scheduleRecompute()
{
    m_timer.start(); // restarts: a burst of edits costs one update
}

void AnalysisService::replaceWorkspace()
{
    // A running job keeps the old workspace alive until it ends; the new one starts
    // from a whole copy.
    m_workspace = std::make_shared<AnalysisWorkspace>(m_prices, m_signals.controller().catalog());
    m_changes->requireWhole();
}

QString AnalysisService::setPriceCatalogFile(const QString& path)
{
    try {
        auto prices = std::make_shared<const model::PriceCatalog>(
            model::PriceCatalog::fromFile(path.toStdString()));
        m_prices = std::move(prices);
    } catch (const model::LoadError& e) {
        return QString::fromStdString(e.what());
    } catch (const std::exception& e) {
        return path + QStringLiteral(": ") + QString::fromStdString(e.what());
    }
    m_pricesPath = path;
    replaceWorkspace();
    recomputeNow();
    emit priceCatalogChanged();
    return {};
}

void AnalysisService::useBuiltinPriceCatalog()
{
    m_prices = builtinPrices();
    m_pricesPath.clear();
    replaceWorkspace();
    recomputeNow();
    emit priceCatalogChanged();
}

void AnalysisService::recomputeNow()
{
    m_timer.stop();
    ++m_generation;       // a worker's results, still to arrive, are now out of date
    m_pool.waitForDone(); // and the workspace is this thread's until the next job
    model::DesignPatch patch = m_changes->take(design());
    QElapsedTimer clock;
    clock.start();
    auto findings = m_workspace->findings(patch);
    finishFindings(std::move(findings), clock.nsecsElapsed() / 1e6);
    clock.restart();
    auto cost = m_workspace->cost();
    finishCost(std::move(cost), clock.nsecsElapsed() / 1e6);
}

void AnalysisService::recomputeInBackground()
{
    m_timer.stop();
    if (m_jobRunning)
        m_jobQueued = true; // one job at a time: the latest state follows when it ends
    else
        startJob();
}

void AnalysisService::startJob()
{
    QElapsedTimer handOff;
    handOff.start();
    m_jobRunning = true;
    m_jobQueued = false;
    const quint64 generation = ++m_generation;
    // Only what changed crosses to the worker; the live design keeps changing here.
    auto patch = std::make_shared<model::DesignPatch>(m_changes->take(design()));
    m_pool.start([this, generation, patch, workspace = m_workspace] {
        QElapsedTimer clock;
        clock.start();
        auto findings = workspace->findings(*patch);
        const double findingsMs = clock.nsecsElapsed() / 1e6;
        QMetaObject::invokeMethod(
            this,
            [this, generation, findings, findingsMs] {
                if (generation == m_generation) finishFindings(findings, findingsMs);
            },
            Qt::QueuedConnection);
        clock.restart();
        auto cost = workspace->cost();
        const double costMs = clock.nsecsElapsed() / 1e6;
        QMetaObject::invokeMethod(
            this,
            [this, generation, cost, costMs] {
                m_jobRunning = false;
                if (generation == m_generation) finishCost(cost, costMs);
                if (m_jobQueued) startJob();
            },
            Qt::QueuedConnection);
    });
    m_handOffMs = handOff.nsecsElapsed() / 1e6;
}

void AnalysisService::finishFindings(std::shared_ptr<FindingsSnapshot> snapshot, double ms)
{
    m_findings = std::move(snapshot);
    m_findingsMs = ms;
    emit findingsChanged(m_findings);
}

void AnalysisService::finishCost(std::shared_ptr<CostSnapshot> snapshot, double ms)
{
    snapshot->catalogLabel =
        m_pricesPath.isEmpty() ? tr("built-in prices") : QFileInfo(m_pricesPath).fileName();
    m_cost = std::move(snapshot);
    m_costMs = ms;
    emit costChanged(m_cost);
}

std::vector<model::PricingOptionCost>
AnalysisService::pricingOptions(const QString& componentId) const
{
    const model::Component* c = design().component(model::ComponentId{componentId.toStdString()});
    if (!c) return {};
    return model::comparePricing(design(), *c, *m_prices, m_signals.controller().catalog());
}

model::CostBand AnalysisService::scalingBand(const QString& componentId) const
{
    const model::Component* c = design().component(model::ComponentId{componentId.toStdString()});
    if (!c) return {};
    return model::scalingBand(design(), *c, *m_prices, m_signals.controller().catalog());
}

} // namespace azimuth::views
