#include "CostPanel.h"

#include "CumulativeCostChart.h"
#include "PricingComparisonChart.h"
#include "ServiceDonutChart.h"
#include "TopComponentsChart.h"
#include "TopConnectionsChart.h"
#include "views/analysis/AnalysisService.h"
#include "views/analysis/CostByService.h"
#include "views/analysis/Money.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>
#include <initializer_list>

namespace azimuth::views {

namespace {
QLabel* sectionTitle(const QString& text)
{
    auto* l = new QLabel(text);
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    l->setWordWrap(true); // a fleet's name in "Pricing options · …" can be long
    l->setContentsMargins(0, 10, 0, 2);
    return l;
}

QLabel* smallGrey(const QString& text = {})
{
    auto* l = new QLabel(text);
    l->setWordWrap(true);
    l->setStyleSheet(QStringLiteral("color: #545B64"));
    return l;
}
} // namespace

CostPanel::CostPanel(AnalysisService& service, QWidget* parent)
    : QWidget(parent), m_service(service), m_total(new QLabel), m_detail(smallGrey()),
      m_notes(smallGrey()), m_donut(new ServiceDonutChart), m_top(new TopComponentsChart),
      m_topConnectionsTitle(sectionTitle(tr("Most expensive connections"))),
      m_topConnections(new TopConnectionsChart),
      m_pricingTitle(sectionTitle(tr("Pricing options"))), m_pricingHint(smallGrey()),
      m_pricing(new PricingComparisonChart), m_cumulativeTitle(sectionTitle(tr("Cumulative cost"))),
      m_cumulative(new CumulativeCostChart)
{
    auto* heading = new QLabel(tr("Cost"));
    QFont hf = heading->font();
    hf.setBold(true);
    hf.setPointSizeF(hf.pointSizeF() * 1.15);
    heading->setFont(hf);

    QFont big = m_total->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 2.2);
    m_total->setFont(big);
    m_total->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* perMonth = smallGrey(tr("per month"));
    perMonth->setWordWrap(false);
    auto* totalRow = new QHBoxLayout;
    totalRow->addWidget(m_total);
    totalRow->addWidget(perMonth, 0, Qt::AlignBottom);
    totalRow->addStretch();
    m_notes->setStyleSheet(QStringLiteral("color: #8a5a00"));

    auto* content = new QWidget;
    auto* v = new QVBoxLayout(content);
    v->setContentsMargins(10, 8, 10, 10);
    v->setSpacing(4);
    v->addWidget(heading);
    v->addLayout(totalRow);
    v->addWidget(m_detail);
    v->addWidget(m_notes);
    v->addWidget(sectionTitle(tr("Effective monthly by service")));
    v->addWidget(m_donut);
    v->addWidget(sectionTitle(tr("Most expensive components")));
    v->addWidget(m_top);
    v->addWidget(m_topConnectionsTitle);
    v->addWidget(m_topConnections);
    v->addWidget(m_pricingTitle);
    v->addWidget(m_pricingHint);
    v->addWidget(m_pricing);
    v->addWidget(m_cumulativeTitle);
    v->addWidget(m_cumulative);
    v->addStretch();

    m_donut->setAccessibleName(tr("Effective monthly by service chart"));
    m_top->setAccessibleName(tr("Most expensive components chart"));
    m_topConnections->setAccessibleName(tr("Most expensive connections chart"));
    m_pricing->setAccessibleName(tr("Pricing options chart"));
    m_cumulative->setAccessibleName(tr("Cumulative cost chart"));
    // A chart drawn by an inner chart view is read there: it takes its chart's name.
    for (QWidget* chart :
         std::initializer_list<QWidget*>{m_donut, m_top, m_topConnections, m_pricing, m_cumulative})
        for (QWidget* inner : chart->findChildren<QWidget*>())
            if (inner->focusPolicy() != Qt::NoFocus && inner->accessibleName().isEmpty())
                inner->setAccessibleName(chart->accessibleName());

    auto* scroll = new QScrollArea;
    scroll->setAccessibleName(tr("Cost details"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    setMinimumWidth(300);

    connect(&m_service, &AnalysisService::costChanged, this, &CostPanel::setCost);
    setCost(m_service.cost());
}

void CostPanel::setCost(std::shared_ptr<const CostSnapshot> cost)
{
    if (!cost) return;
    m_cost = std::move(cost);
    const model::DesignCost& c = m_cost->cost;
    const QString cur = m_cost->currency;
    m_total->setText(formatMoney(c.monthly, cur) + (c.estimate ? QStringLiteral("*") : QString()));
    m_detail->setText(tr("upfront %1 · effective %2/mo · prices as of %3 (%4)")
                          .arg(formatMoney(c.upfront, cur), formatMoney(c.effectiveMonthly, cur),
                               m_cost->pricesAsOf, m_cost->catalogLabel));
    QStringList notes;
    if (c.estimate) notes << tr("* An estimate: some prices are derived, not list prices.");
    if (!c.complete) notes << tr("Some prices are unknown to the catalog and left out.");
    m_notes->setText(notes.join('\n'));
    m_notes->setVisible(!notes.isEmpty());

    m_donut->setShares(costByService(c), cur);
    m_top->setCost(c, cur);
    m_topConnections->setCost(c, m_service.design(), cur);
    const bool transfer = !m_topConnections->rows().empty();
    m_topConnectionsTitle->setVisible(transfer);
    m_topConnections->setVisible(transfer);
    m_cumulativeTitle->setText(tr("Cumulative over %1 months").arg(m_cost->termMonths));
    m_cumulative->setCurve(m_cost->overTime, c.monthly, cur);
    updatePricing();
}

void CostPanel::setSelectedComponent(const QString& id)
{
    m_selected = id;
    updatePricing();
}

void CostPanel::updatePricing()
{
    const model::Design& design = m_service.design();
    const model::Component* c =
        m_selected.isEmpty() ? nullptr
                             : design.component(model::ComponentId{m_selected.toStdString()});
    const model::KindCatalog& kinds = m_service.kindCatalog();
    const model::KindSpec* spec = c ? kinds.find(c->kind) : nullptr;
    const bool fleet = spec && spec->instanceGroup();
    m_pricing->setVisible(fleet);
    if (!fleet) {
        m_pricingTitle->setText(tr("Pricing options"));
        m_pricingHint->setText(
            tr("Select an EC2 fleet or Auto Scaling group to compare its pricing options."));
        return;
    }
    const QString type = QString::fromStdString(kinds.string(*c, "instanceType").value_or(""));
    const QString pricing =
        QString::fromStdString(kinds.string(*c, "pricing").value_or("on-demand"));
    const QString payment =
        QString::fromStdString(kinds.string(*c, "payment").value_or("no-upfront"));
    const double count = kinds.number(*c, spec->instanceCount).value_or(0);
    m_pricingTitle->setText(tr("Pricing options · %1 (%2 × %3)")
                                .arg(QString::fromStdString(c->displayName()))
                                .arg(count)
                                .arg(type));
    QString hint = tr("Effective monthly under each option; the current one is highlighted.");
    if (const model::CostBand band = m_service.scalingBand(m_selected); band.atMin) {
        if (band.atMin && band.atMax)
            hint += tr(" Scaling from min to max: %1 to %2/mo.")
                        .arg(formatMoney(*band.atMin, m_cost ? m_cost->currency : "USD"),
                             formatMoney(*band.atMax, m_cost ? m_cost->currency : "USD"));
    }
    m_pricingHint->setText(hint);
    m_pricing->setOptions(m_service.pricingOptions(m_selected), pricing, payment,
                          m_cost ? m_cost->currency : QStringLiteral("USD"));
}

} // namespace azimuth::views
