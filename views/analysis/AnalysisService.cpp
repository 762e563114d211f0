#include "AnalysisService.h"

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

AnalysisService::AnalysisService(ModelSignals& modelSignals, QObject* parent)
    : QObject(parent), m_signals(modelSignals), m_prices(builtinPrices()),
      m_findings(std::make_shared<FindingsSnapshot>()), m_cost(std::make_shared<CostSnapshot>())
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(150);
    connect(&m_timer, &QTimer::timeout, this, &AnalysisService::recomputeInBackground);
    m_pool.setMaxThreadCount(1);
    connect(&m_signals, &ModelSignals::anyChange, this, &AnalysisService::scheduleRecompute);
    replaceChecker();
    recomputeNow();
}

AnalysisService::~AnalysisService()
{
    m_pool.waitForDone(); // its result, posted to this object, is dropped with it
    if (m_checker) m_signals.controller().removeObserver(m_checker.get());
}

const model::Design& AnalysisService::design() const
{
    return m_signals.controller().design();
}

void AnalysisService::scheduleRecompute()
{
    m_timer.start(); // restarts: a burst of edits costs one update
}

void AnalysisService::replaceChecker()
{
    model::DocumentController& controller = m_signals.controller();
    if (m_checker) controller.removeObserver(m_checker.get());
    m_checker = std::make_unique<model::IncrementalChecker>(*m_prices, controller.catalog());
    controller.addObserver(m_checker.get());
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
    replaceChecker();
    recomputeNow();
    emit priceCatalogChanged();
    return {};
}

void AnalysisService::useBuiltinPriceCatalog()
{
    m_prices = builtinPrices();
    m_pricesPath.clear();
    replaceChecker();
    recomputeNow();
    emit priceCatalogChanged();
}

void AnalysisService::recomputeNow()
{
    m_timer.stop();
    ++m_costGeneration; // a worker still running is now out of date
    recomputeFindings();
    recomputeCost();
    emit findingsChanged(m_findings);
    emit costChanged(m_cost);
}

void AnalysisService::recomputeInBackground()
{
    m_timer.stop();
    recomputeFindings();
    emit findingsChanged(m_findings);
    if (m_costRunning)
        m_costQueued = true; // one job at a time: the latest state follows when it ends
    else
        startCostJob();
}

namespace {
std::shared_ptr<CostSnapshot> computeCostSnapshot(const model::Design& d,
                                                  const model::PriceCatalog& prices,
                                                  const model::KindCatalog& kinds)
{
    auto snap = std::make_shared<CostSnapshot>();
    snap->cost = model::computeCost(d, prices, kinds);
    snap->overTime = model::costOverTime(d, prices, kinds);
    snap->termMonths = d.settings.term();
    snap->currency = QString::fromStdString(snap->cost.currency.empty() ? d.settings.currencyCode()
                                                                        : snap->cost.currency);
    snap->pricesAsOf = QString::fromStdString(prices.asOf());
    return snap;
}
} // namespace

void AnalysisService::startCostJob()
{
    m_costRunning = true;
    m_costQueued = false;
    const quint64 generation = ++m_costGeneration;
    // The worker gets its own copy: the live design keeps changing under the user.
    m_pool.start([this, generation, design = design(), prices = m_prices,
                  &kinds = m_signals.controller().catalog()] {
        QElapsedTimer clock;
        clock.start();
        auto snap = computeCostSnapshot(design, *prices, kinds);
        const double ms = clock.nsecsElapsed() / 1e6;
        QMetaObject::invokeMethod(
            this,
            [this, generation, snap, ms] {
                m_costRunning = false;
                if (generation == m_costGeneration) finishCostJob(snap, ms);
                if (m_costQueued) startCostJob();
            },
            Qt::QueuedConnection);
    });
}

void AnalysisService::finishCostJob(std::shared_ptr<CostSnapshot> snapshot, double ms)
{
    snapshot->catalogLabel =
        m_pricesPath.isEmpty() ? tr("built-in prices") : QFileInfo(m_pricesPath).fileName();
    m_cost = std::move(snapshot);
    m_costMs = ms;
    emit costChanged(m_cost);
}

void AnalysisService::recomputeFindings()
{
    QElapsedTimer clock;
    clock.start();
    const model::Design& d = design();
    auto snap = std::make_shared<FindingsSnapshot>();
    snap->findings = m_checker->update(d);
    // Findings come errors first, so a badge's tooltip leads with what made it red.
    for (const model::Finding& finding : snap->findings) {
        const model::Finding* f = &finding;
        switch (f->severity) {
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
        for (const model::ComponentId& id : f->components) {
            const QString key = QString::fromStdString(id.value);
            if (!snap->names.contains(key))
                if (const model::Component* c = d.component(id))
                    snap->names.insert(key, QString::fromStdString(c->displayName()));
            auto it = snap->worst.find(key);
            if (it == snap->worst.end())
                snap->worst.insert(key, f->severity);
            else if (rank(f->severity) < rank(*it))
                *it = f->severity;
            snap->messages[key] << QString::fromStdString(f->message);
        }
    }
    m_findings = std::move(snap);
    m_findingsMs = clock.nsecsElapsed() / 1e6;
}

void AnalysisService::recomputeCost()
{
    QElapsedTimer clock;
    clock.start();
    const model::Design& d = design();
    const model::KindCatalog& kinds = m_signals.controller().catalog();
    auto snap = std::make_shared<CostSnapshot>();
    snap->cost = model::computeCost(d, *m_prices, kinds);
    snap->overTime = model::costOverTime(d, *m_prices, kinds);
    snap->termMonths = d.settings.term();
    snap->currency = QString::fromStdString(snap->cost.currency.empty() ? d.settings.currencyCode()
                                                                        : snap->cost.currency);
    snap->pricesAsOf = QString::fromStdString(m_prices->asOf());
    snap->catalogLabel =
        m_pricesPath.isEmpty() ? tr("built-in prices") : QFileInfo(m_pricesPath).fileName();
    m_cost = std::move(snap);
    m_costMs = clock.nsecsElapsed() / 1e6;
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
    if (!c || c->kind != "auto-scaling-group") return {};
    return model::scalingBand(design(), *c, *m_prices, m_signals.controller().catalog());
}

} // namespace azimuth::views
