#include "FindingsPanel.h"

#include "FindingsModel.h"
#include "SeverityFilterModel.h"
#include "model/rules/RuleRegistry.h"
#include "views/analysis/SeverityStyle.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace azimuth::views {

namespace {
constexpr model::Severity kSeverities[3] = {model::Severity::Error, model::Severity::Warning,
                                            model::Severity::Info};
}

FindingsPanel::FindingsPanel(QWidget* parent)
    : QWidget(parent), m_model(new FindingsModel(this)), m_filter(new SeverityFilterModel(this)),
      m_table(new QTableView), m_why(new QTextBrowser), m_title(new QLabel(tr("Findings")))
{
    m_filter->setSourceModel(m_model);

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_title);
    bar->addSpacing(12);
    for (int i = 0; i < 3; ++i) {
        auto* b = new QToolButton;
        b->setCheckable(true);
        b->setChecked(true);
        b->setAutoRaise(true);
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        b->setIcon(severityIcon(kSeverities[i]));
        b->setToolTip(tr("Show or hide %1 findings")
                          .arg(QString::fromLatin1(model::severityName(kSeverities[i]).data())));
        connect(b, &QToolButton::toggled, this,
                [this, i](bool on) { m_filter->setSeverityShown(kSeverities[i], on); });
        m_buttons[i] = b;
        bar->addWidget(b);
    }
    bar->addStretch();

    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(FindingsModel::SeverityColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(FindingsModel::SeverityColumn, 90);
    m_table->setColumnWidth(FindingsModel::RuleColumn, 230);
    m_table->setColumnWidth(FindingsModel::ComponentsColumn, 150);
    m_table->setColumnWidth(FindingsModel::MessageColumn, 420);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FindingsPanel::onCurrentRowChanged);

    // Rows a line of text high, so the dock shows more of them.
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setAccessibleName(tr("Findings list"));
    m_why->setAccessibleName(tr("Why the finding matters"));
    m_why->setOpenLinks(false);
    m_why->setPlaceholderText(tr("Select a finding to see why it matters."));

    auto* split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_table);
    split->addWidget(m_why);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 8);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    updateCounts();
}

QToolButton* FindingsPanel::filterButton(model::Severity severity) const
{
    return m_buttons[static_cast<int>(severity)];
}

void FindingsPanel::setSnapshot(std::shared_ptr<const FindingsSnapshot> snapshot)
{
    // Remember the selected finding by what it says, to select it again afterwards.
    std::optional<model::Finding> selected;
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid()) selected = m_model->finding(m_filter->mapToSource(current).row());

    m_restoring = true;
    m_model->setSnapshot(std::move(snapshot));
    updateCounts();
    const model::Finding* still = nullptr;
    if (selected) {
        const auto& all = m_model->snapshot().findings;
        for (size_t row = 0; row < all.size(); ++row)
            if (all[row].rule == selected->rule && all[row].components == selected->components) {
                const QModelIndex at = m_filter->mapFromSource(m_model->index(int(row), 0));
                if (at.isValid()) {
                    m_table->selectRow(at.row());
                    still = &all[row];
                }
                break;
            }
    }
    showWhy(still);
    m_restoring = false;
}

void FindingsPanel::onCurrentRowChanged()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        if (!m_restoring) showWhy(nullptr);
        return;
    }
    const QModelIndex source = m_filter->mapToSource(current);
    showWhy(&m_model->finding(source.row()));
    if (!m_restoring)
        emit componentsActivated(
            m_model->index(source.row(), 0).data(FindingsModel::ComponentIdsRole).toStringList());
}

void FindingsPanel::showWhy(const model::Finding* f)
{
    if (!f) {
        m_why->clear();
        return;
    }
    const model::RuleInfo* info = model::findRuleInfo(f->rule);
    const QString color = severityColor(f->severity).name();
    QString html =
        QStringLiteral("<p style='margin:0'><b style='font-size:large'>%1</b></p>")
            .arg(info ? QString::fromUtf8(info->title.data(), info->title.size()).toHtmlEscaped()
                      : QString::fromStdString(f->rule).toHtmlEscaped());
    html += QStringLiteral("<p style='margin-top:2px; color:%1'>%2 · <code>%3</code></p>")
                .arg(color, QString::fromLatin1(model::severityName(f->severity).data()),
                     QString::fromStdString(f->rule).toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>").arg(QString::fromStdString(f->message).toHtmlEscaped());
    if (info && !info->why.empty())
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("Why it matters:"),
                         QString::fromUtf8(info->why.data(), info->why.size()).toHtmlEscaped());
    if (!f->hint.empty())
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("What to change:"), QString::fromStdString(f->hint).toHtmlEscaped());
    m_why->setHtml(html);
}

void FindingsPanel::updateCounts()
{
    const FindingsSnapshot& s = m_model->snapshot();
    const int counts[3] = {s.errors, s.warnings, s.infos};
    for (int i = 0; i < 3; ++i)
        m_buttons[i]->setText(severityCount(kSeverities[i], counts[i]));
}

} // namespace azimuth::views
