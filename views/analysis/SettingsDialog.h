#pragma once
// The design's settings: price catalog (built-in or a user file), discount, free tier,
// hours per month and term. It edits values only; the window applies them (the
// settings as one undoable command, the catalog through the AnalysisService).

#include "model/core/Settings.h"

#include <QDialog>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace azimuth::views {

class SettingsDialog : public QDialog
{
    Q_OBJECT
  public:
    /// `catalogPath` empty: the built-in catalog is in use.
    SettingsDialog(const model::Settings& settings, const QString& catalogPath,
                   QWidget* parent = nullptr);

    /// The settings as edited. A field the user left at its value keeps whether the file
    /// set it, so saving writes back what was there.
    model::Settings settings() const;
    /// The chosen catalog file; empty for the built-in catalog.
    QString catalogPath() const;

    QRadioButton* builtinChoice() const { return m_builtin; }
    QRadioButton* fileChoice() const { return m_file; }
    QLineEdit* catalogPathEdit() const { return m_path; }
    QDoubleSpinBox* discountEdit() const { return m_discount; }
    QCheckBox* freeTierEdit() const { return m_freeTier; }
    QDoubleSpinBox* hoursEdit() const { return m_hours; }
    QSpinBox* termEdit() const { return m_term; }
    /// The error shown for a bad catalog file; empty when none.
    QString catalogError() const;

  public slots:
    /// Accepts only when the chosen catalog file loads; otherwise shows why.
    void accept() override;

  private:
    void browse();
    void updateEnabled();

    model::Settings m_original;
    QRadioButton* m_builtin;
    QRadioButton* m_file;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QLabel* m_error;
    QDoubleSpinBox* m_discount;
    QCheckBox* m_freeTier;
    QDoubleSpinBox* m_hours;
    QSpinBox* m_term;
};

} // namespace azimuth::views
