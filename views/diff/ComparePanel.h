#pragma once
// Compare mode's panel: what it compares, then the sections of `azimuth diff` (cost,
// findings, resilience, structure), and a button to leave the mode.

#include "model/diff/DesignDiff.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace azimuth::views {

class ComparePanel : public QWidget
{
    Q_OBJECT
  public:
    explicit ComparePanel(QWidget* parent = nullptr);

    /// Shows a diff; `against` names the other version ("shop.azimuth as last saved").
    void show(const QString& against, const model::DesignDiff& diff);

    /// The headline, as shown.
    QString headline() const;
    /// The sections' text, as shown (for tests and screen readers).
    QString sectionsText() const;

  signals:
    void leaveRequested();

  private:
    QLabel* m_title;
    QLabel* m_headline;
    QTextBrowser* m_sections;
    QPushButton* m_leave;
};

} // namespace azimuth::views
