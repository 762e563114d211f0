#pragma once
// Keeps the findings of a live design up to date. Told what changed (it is a
// DocumentObserver), it re-runs only the rules whose findings a property edit can touch:
// those of the edited component, its connected neighbours, its children, its Region and
// the components that list it as a zone. Anything structural re-checks everything.

#include "model/controller/DocumentObserver.h"
#include "model/rules/Finding.h"
#include "model/rules/RuleContext.h"

#include <memory>
#include <vector>

namespace azimuth::model {

class PriceCatalog;

class IncrementalChecker : public DocumentObserver
{
  public:
    explicit IncrementalChecker(const PriceCatalog& prices,
                                const KindCatalog& catalog = KindCatalog::builtin());

    /// Brings the findings up to date with `design` after the changes reported since the
    /// last update, and returns them in the order of checkDesign.
    const std::vector<Finding>& update(const Design& design);
    /// The findings as of the last update.
    const std::vector<Finding>& findings() const { return m_findings; }
    /// Forgets what it knew: the next update checks everything.
    void invalidate() { m_full = true; }

    void componentAdded(const ComponentId&) override { m_full = true; }
    void componentRemoved(const ComponentId&) override { m_full = true; }
    void componentChanged(const ComponentId& id) override { m_changed.push_back(id); }
    void componentReparented(const ComponentId&, const ComponentId&) override { m_full = true; }
    void connectionAdded(const ConnectionId&) override { m_full = true; }
    void connectionRemoved(const ConnectionId&) override { m_full = true; }
    void connectionChanged(const ConnectionId& id) override { m_changedConnections.push_back(id); }
    void designChanged() override { m_full = true; }
    void designReset() override { m_full = true; }

  private:
    void checkAll(const Design& design);
    void recheck(const std::vector<uint32_t>& subjects, const std::vector<char>& marked);
    void addAffected(uint32_t i, std::vector<uint32_t>& out, std::vector<char>& marked) const;

    const PriceCatalog& m_prices;
    const KindCatalog& m_catalog;
    std::unique_ptr<RuleContext> m_ctx;
    bool m_full = true;
    std::vector<ComponentId> m_changed;
    std::vector<ConnectionId> m_changedConnections;
    std::vector<Finding> m_findings;  ///< sorted
    std::vector<uint32_t> m_subjects; ///< the component each finding was checked at
};

} // namespace azimuth::model
