#include "SettingsDialog.h"

#include "model/cost/PriceCatalog.h"
#include "model/io/LoadError.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace azimuth::views {

SettingsDialog::SettingsDialog(const model::Settings& settings, const QString& catalogPath,
                               QWidget* parent)
    : QDialog(parent), m_original(settings),
      m_builtin(new QRadioButton(
          tr("Built-in (prices as of %1)")
              .arg(QString::fromStdString(model::PriceCatalog::builtin().asOf())))),
      m_file(new QRadioButton(tr("A catalog file:"))), m_path(new QLineEdit),
      m_browse(new QPushButton(tr("Browse…"))), m_error(new QLabel), m_discount(new QDoubleSpinBox),
      m_freeTier(new QCheckBox(tr("Take the AWS free tier off"))), m_hours(new QDoubleSpinBox),
      m_term(new QSpinBox)
{
    setWindowTitle(tr("Design settings"));

    m_path->setText(catalogPath);
    m_path->setPlaceholderText(tr("prices.json"));
    (catalogPath.isEmpty() ? m_builtin : m_file)->setChecked(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #D13212"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);
    auto* catalogBox = new QVBoxLayout;
    catalogBox->addWidget(m_builtin);
    catalogBox->addLayout(fileRow);
    catalogBox->addWidget(m_error);

    m_discount->setRange(0, 100);
    m_discount->setDecimals(2);
    m_discount->setSuffix(QStringLiteral(" %"));
    m_discount->setValue(settings.discount());
    m_discount->setToolTip(tr("An enterprise discount taken off every rate."));
    m_freeTier->setChecked(settings.useFreeTier());
    m_hours->setRange(1, 744);
    m_hours->setDecimals(1);
    m_hours->setValue(settings.hours());
    m_hours->setToolTip(tr("Hours in a billing month; AWS's own calculator uses 730."));
    m_term->setRange(1, 120);
    m_term->setSuffix(tr(" months"));
    m_term->setValue(settings.term());
    m_term->setToolTip(tr("How long the workload runs: drives the cost-over-time chart."));

    auto* form = new QFormLayout;
    form->addRow(tr("Price catalog"), catalogBox);
    form->addRow(tr("Discount"), m_discount);
    form->addRow(tr("Free tier"), m_freeTier);
    form->addRow(tr("Hours per month"), m_hours);
    form->addRow(tr("Term"), m_term);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &SettingsDialog::browse);
    connect(m_builtin, &QRadioButton::toggled, this, &SettingsDialog::updateEnabled);
    connect(m_path, &QLineEdit::textEdited, m_error, &QLabel::hide);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    updateEnabled();
}

model::Settings SettingsDialog::settings() const
{
    model::Settings s = m_original;
    // Only what changed is written, so an untouched file keeps its settings as they were.
    if (m_discount->value() != m_original.discount()) s.discountPercent = m_discount->value();
    if (m_freeTier->isChecked() != m_original.useFreeTier()) s.freeTier = m_freeTier->isChecked();
    if (m_hours->value() != m_original.hours()) s.hoursPerMonth = m_hours->value();
    if (m_term->value() != m_original.term()) s.termMonths = double(m_term->value());
    return s;
}

QString SettingsDialog::catalogPath() const
{
    return m_file->isChecked() ? m_path->text().trimmed() : QString();
}

QString SettingsDialog::catalogError() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SettingsDialog::accept()
{
    if (m_file->isChecked()) {
        const QString path = m_path->text().trimmed();
        QString error;
        if (path.isEmpty()) {
            error = tr("Choose a price catalog file, or the built-in catalog.");
        } else {
            try {
                model::PriceCatalog::fromFile(path.toStdString());
            } catch (const model::LoadError& e) {
                error = QString::fromStdString(e.what());
            } catch (const std::exception& e) {
                error = path + QStringLiteral(": ") + QString::fromStdString(e.what());
            }
        }
        if (!error.isEmpty()) {
            m_error->setText(error);
            m_error->show();
            return;
        }
    }
    m_error->clear();
    m_error->hide();
    QDialog::accept();
}

void SettingsDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Price catalog"), m_path->text(),
                                                      tr("Price catalogs (*.json);;All files (*)"));
    if (path.isEmpty()) return;
    m_path->setText(path);
    m_file->setChecked(true);
    m_error->hide();
}

void SettingsDialog::updateEnabled()
{
    const bool file = m_file->isChecked();
    m_path->setEnabled(file);
    m_browse->setEnabled(file);
    if (!file) m_error->hide();
}

} // namespace azimuth::views
