#include "ComparePanel.h"

#include "model/diff/DiffReport.h"
#include "model/diff/DiffWords.h"

#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace azimuth::views {

ComparePanel::ComparePanel(QWidget* parent)
    : QWidget(parent), m_title(new QLabel), m_headline(new QLabel), m_sections(new QTextBrowser),
      m_leave(new QPushButton(tr("Leave Compare Mode")))
{
    setObjectName(QStringLiteral("comparePanel"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::PlainText);
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    m_sections->setOpenLinks(false);
    m_sections->setAccessibleName(tr("Comparison"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_headline);
    layout->addWidget(m_sections, 1);
    layout->addWidget(m_leave);
    connect(m_leave, &QPushButton::clicked, this, &ComparePanel::leaveRequested);
}

void ComparePanel::show(const QString& against, const model::DesignDiff& diff)
{
    m_title->setText(tr("Compared with %1. Canvas: new in green, changed in amber, removed "
                        "dashed.")
                         .arg(against));
    m_headline->setText(QString::fromStdString(model::diffHeadline(diff)));
    // The same tables as `azimuth diff --format markdown`, less the headline shown above.
    std::string markdown = model::diffMarkdown(diff);
    markdown.erase(0, markdown.find('\n') + 1);
    m_sections->setMarkdown(QString::fromStdString(markdown));
}

QString ComparePanel::headline() const
{
    return m_headline->text();
}

QString ComparePanel::sectionsText() const
{
    return m_sections->toPlainText();
}

} // namespace azimuth::views
