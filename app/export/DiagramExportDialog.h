#pragma once
// File > Export Diagram…'s file dialog, with an "Include findings" box under the file
// name: the finding badges go into the picture only when it is ticked (remembered).

#include <QFileDialog>

class QCheckBox;

namespace azimuth::app {

class DiagramExportDialog : public QFileDialog
{
    Q_OBJECT
  public:
    /// Starts at `suggested` (a path ending in .png).
    DiagramExportDialog(QWidget* parent, const QString& suggested);

    /// Whether the diagram should show the finding badges.
    bool includeFindings() const;
    void setIncludeFindings(bool on);
    /// The box itself (tests tick it as a user would).
    QCheckBox* includeFindingsBox() const { return m_findings; }

    /// The path chosen, with the extension of the chosen format when none was typed.
    QString chosenPath() const;

  private:
    QCheckBox* m_findings;
};

} // namespace azimuth::app
