#include "ImportReportPanel.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace azimuth::views {

namespace {

QString text(const std::string& s)
{
    return QString::fromStdString(s);
}

} // namespace

ImportReportPanel::ImportReportPanel(QWidget* parent) : QWidget(parent)
{
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAccessibleName(tr("Import summary"));
    auto* dismiss = new QPushButton(tr("Dismiss"), this);
    dismiss->setAccessibleName(tr("Dismiss the import report"));
    connect(dismiss, &QPushButton::clicked, this, &ImportReportPanel::dismissed);
    m_tree = new QTreeWidget(this);
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAccessibleName(tr("Import report lines"));
    m_tree->header()->setStretchLastSection(true);

    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(dismiss, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(m_tree, 1);
}

void ImportReportPanel::setReport(const model::ImportReport& report)
{
    m_summary->setText(tr("<b>%1</b> in %2: %3 mapped, %4 folded, %5 left out by a condition, "
                          "%6 unmapped. The design is new and unsaved: save it to keep it.")
                           .arg(QFileInfo(text(report.file)).fileName().toHtmlEscaped(),
                                text(report.region).toHtmlEscaped())
                           .arg(report.mapped)
                           .arg(report.folded)
                           .arg(report.leftOut)
                           .arg(report.unmapped.size()));
    m_tree->clear();
    // Each group only when it has lines; unmapped resources first, as they need a decision.
    const auto group = [this](const QString& title, const QString& hint,
                              const std::vector<std::string>& lines) {
        if (lines.empty()) return;
        auto* head = new QTreeWidgetItem(m_tree, {title.arg(lines.size())});
        head->setToolTip(0, hint);
        QFont bold = head->font(0);
        bold.setBold(true);
        head->setFont(0, bold);
        for (const std::string& line : lines)
            new QTreeWidgetItem(head, {text(line)});
        head->setExpanded(true);
    };
    group(tr("Unmapped (%1): kept, and written back on export"),
          tr("Resources Azimuth draws no component for; the design keeps them as written."),
          report.unmapped);
    group(tr("Left out (%1) by a false condition"),
          tr("Resources whose Condition is false with the parameters used."), report.conditions);
    group(tr("Notes (%1)"), tr("What was approximated or decided, and where a value came from."),
          report.notes);
}

QStringList ImportReportPanel::lines(const QString& group) const
{
    QStringList out;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* head = m_tree->topLevelItem(i);
        if (!head->text(0).startsWith(group)) continue;
        for (int j = 0; j < head->childCount(); ++j)
            out << head->child(j)->text(0);
    }
    return out;
}

} // namespace azimuth::views
