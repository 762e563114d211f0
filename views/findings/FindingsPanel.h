#pragma once
// The findings dock: a sortable table of the rules engine's findings, filter buttons by
// severity with their counts, and a pane that explains the selected finding's rule.

#include "views/analysis/FindingsSnapshot.h"

#include <QWidget>
#include <memory>

class QLabel;
class QTableView;
class QTextBrowser;
class QToolButton;

namespace azimuth::views {

class FindingsModel;
class SeverityFilterModel;

class FindingsPanel : public QWidget
{
    Q_OBJECT
  public:
    explicit FindingsPanel(QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    FindingsModel* findingsModel() const { return m_model; }
    SeverityFilterModel* filterModel() const { return m_filter; }
    QToolButton* filterButton(model::Severity severity) const;
    QTextBrowser* whyPane() const { return m_why; }

  public slots:
    /// Shows new findings, keeping the selected finding selected when it is still there.
    void setSnapshot(std::shared_ptr<const azimuth::views::FindingsSnapshot> snapshot);

  signals:
    /// A finding was selected: the ids of the components it is about, checked one first.
    void componentsActivated(const QStringList& componentIds);

  private:
    void onCurrentRowChanged();
    void showWhy(const model::Finding* finding);
    void updateCounts();

    FindingsModel* m_model;
    SeverityFilterModel* m_filter;
    QTableView* m_table;
    QTextBrowser* m_why;
    QLabel* m_title;
    QToolButton* m_buttons[3];
    bool m_restoring = false;
};

} // namespace azimuth::views
