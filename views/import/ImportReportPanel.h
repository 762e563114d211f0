#pragma once
// The report of the last CloudFormation import (import.md "The report"), in a dock beside
// the design it made: the counts, then what was kept unmapped, left out by a condition and
// noted, each a line. The user dismisses it when done with it.

#include "model/import/ImportReport.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace azimuth::views {

class ImportReportPanel : public QWidget
{
    Q_OBJECT
  public:
    explicit ImportReportPanel(QWidget* parent = nullptr);

    /// Shows a report, replacing the one shown.
    void setReport(const model::ImportReport& report);
    /// The lines of one group ("Unmapped", "Left out", "Notes"), as shown; for tests.
    QStringList lines(const QString& group) const;

  signals:
    /// The user is done with the report.
    void dismissed();

  private:
    QLabel* m_summary = nullptr;
    QTreeWidget* m_tree = nullptr;
};

} // namespace azimuth::views
