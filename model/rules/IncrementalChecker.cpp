#include "IncrementalChecker.h"

#include "model/rules/RuleRunner.h"

#include <algorithm>
#include <numeric>

namespace azimuth::model {

IncrementalChecker::IncrementalChecker(const PriceCatalog& prices, const KindCatalog& catalog)
    : m_prices(prices), m_catalog(catalog)
{
}

void IncrementalChecker::checkAll(const Design& design)
{
    m_ctx = std::make_unique<RuleContext>(design, m_prices, m_catalog);
    std::vector<uint32_t> all(m_ctx->size());
    std::iota(all.begin(), all.end(), 0u);
    FindingSet set = runRules(*m_ctx, all);
    m_findings = std::move(set.findings);
    m_subjects = std::move(set.subjects);
}

void IncrementalChecker::addAffected(uint32_t i, std::vector<uint32_t>& out,
                                     std::vector<char>& marked) const
{
    auto add = [&](uint32_t k) {
        if (!marked[k]) {
            marked[k] = 1;
            out.push_back(k);
        }
    };
    const RuleContext& ctx = *m_ctx;
    add(i);
    // Rules at these read its properties, or name it in their messages.
    for (uint32_t k : ctx.incoming(i))
        add(ctx.connectionFrom(k));
    for (uint32_t k : ctx.outgoing(i))
        add(ctx.connectionTo(k));
    if (ctx.region(i) >= 0) add(static_cast<uint32_t>(ctx.region(i)));
    // As a container or zone it is named by what it holds or what runs in it, and by the
    // load balancers in front of those.
    auto addUser = [&](uint32_t u) {
        add(u);
        for (uint32_t k : ctx.incoming(u))
            add(ctx.connectionFrom(k));
    };
    for (uint32_t c : ctx.children(i))
        addUser(c);
    for (uint32_t u : ctx.zoneUsers(i))
        addUser(u);
    // In a VPC, its routes reach every other member: a subnet's `public` flag decides who
    // is private and which NAT gateway a zone routes through; any member's zones or
    // traffic can change what the VPC's NAT gateways serve.
    const Component* vpc =
        ctx.spec(i).networkRole == NetworkRole::Vpc ? &ctx.component(i) : ctx.vpcOf(i);
    if (vpc) {
        add(static_cast<uint32_t>(ctx.indexOf(vpc->id)));
        for (uint32_t k = 0; k < ctx.size(); ++k)
            if (ctx.vpcOf(k) == vpc) add(k);
    }
    // A Region's code picks the price table of everything in it.
    if (ctx.isRegion(i))
        for (uint32_t k = 0; k < ctx.size(); ++k)
            if (ctx.region(k) == static_cast<int>(i)) add(k);
}

const std::vector<Finding>& IncrementalChecker::update(const Design& design)
{
    const bool full = m_full || !m_ctx || !m_ctx->fits(design);
    std::vector<ComponentId> changed = std::move(m_changed);
    std::vector<ConnectionId> changedConnections = std::move(m_changedConnections);
    m_changed.clear();
    m_changedConnections.clear();
    m_full = false;
    if (full) {
        checkAll(design);
        return m_findings;
    }

    std::vector<uint32_t> edited;
    for (const ComponentId& id : changed) {
        const int i = design.indexOf(id);
        if (i < 0) {
            checkAll(design);
            return m_findings;
        }
        edited.push_back(static_cast<uint32_t>(i));
    }
    for (const ConnectionId& id : changedConnections) {
        const int k = design.indexOf(id);
        if (k < 0) {
            checkAll(design);
            return m_findings;
        }
        for (uint32_t end : {m_ctx->connectionFrom(static_cast<uint32_t>(k)),
                             m_ctx->connectionTo(static_cast<uint32_t>(k))})
            if (end < m_ctx->size()) edited.push_back(end); // a missing end is no subject
    }
    m_ctx->rebind(design);
    for (uint32_t i : edited)
        m_ctx->refresh(i);
    if (edited.empty()) return m_findings;

    std::vector<char> marked(m_ctx->size(), 0);
    std::vector<uint32_t> subjects;
    for (uint32_t i : edited)
        addAffected(i, subjects, marked);
    recheck(subjects, marked);
    return m_findings;
}

} // namespace azimuth::model

namespace azimuth::model {

void IncrementalChecker::recheck(const std::vector<uint32_t>& subjects,
                                 const std::vector<char>& marked)
{
    // Drop the findings of the subjects, keeping the rest in order.
    size_t kept = 0;
    for (size_t k = 0; k < m_findings.size(); ++k) {
        if (marked[m_subjects[k]]) continue;
        if (kept != k) {
            m_findings[kept] = std::move(m_findings[k]);
            m_subjects[kept] = m_subjects[k];
        }
        ++kept;
    }
    m_findings.resize(kept);
    m_subjects.resize(kept);

    FindingSet set = runRules(*m_ctx, subjects);
    std::vector<Finding>& fresh = set.findings;
    std::vector<uint32_t>& freshFrom = set.subjects;
    if (fresh.empty()) return;

    // Merge the two sorted runs.
    std::vector<Finding> merged;
    std::vector<uint32_t> mergedFrom;
    merged.reserve(m_findings.size() + fresh.size());
    mergedFrom.reserve(merged.capacity());
    size_t a = 0, b = 0;
    while (a < m_findings.size() || b < fresh.size()) {
        const bool takeFresh =
            a == m_findings.size() || (b < fresh.size() && findingBefore(fresh[b], m_findings[a]));
        if (takeFresh) {
            merged.push_back(std::move(fresh[b]));
            mergedFrom.push_back(freshFrom[b++]);
        } else {
            merged.push_back(std::move(m_findings[a]));
            mergedFrom.push_back(m_subjects[a++]);
        }
    }
    m_findings = std::move(merged);
    m_subjects = std::move(mergedFrom);
}

} // namespace azimuth::model
