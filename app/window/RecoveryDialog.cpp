#include "RecoveryDialog.h"

#include "MainWindow.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace azimuth::app {

RecoveryDialog::RecoveryDialog(std::vector<RecoveryEntry> entries, QWidget* parent)
    : QDialog(parent), m_entries(std::move(entries)), m_list(new QListWidget(this))
{
    setWindowTitle(tr("Recover unsaved work"));
    auto* text = new QLabel(tr("Azimuth was not closed properly. These designs had changes "
                               "that were not saved. Checked ones are restored; the others "
                               "are discarded."),
                            this);
    text->setWordWrap(true);
    for (const auto& e : m_entries) {
        auto* item = new QListWidgetItem(describe(e), m_list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("&Restore checked"), QDialogButtonBox::AcceptRole);
    QPushButton* discard =
        buttons->addButton(tr("&Discard all"), QDialogButtonBox::DestructiveRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(discard, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_list->count(); ++i)
            m_list->item(i)->setCheckState(Qt::Unchecked);
        accept();
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(560, 300);
}

QString RecoveryDialog::describe(const RecoveryEntry& e)
{
    const QString what = e.title.isEmpty() ? tr("Untitled design") : e.title;
    const QString from = e.sourceFile.isEmpty() ? tr("never saved") : e.sourceFile;
    const QString when = QLocale().toString(e.savedAt.toLocalTime(), QLocale::ShortFormat);
    return QStringLiteral("%1 \u2014 %2 \u2014 %3").arg(what, from, when);
}

std::vector<RecoveryEntry> RecoveryDialog::toRestore() const
{
    std::vector<RecoveryEntry> out;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            out.push_back(m_entries[static_cast<size_t>(i)]);
    return out;
}

std::vector<RecoveryEntry> RecoveryDialog::toDiscard() const
{
    std::vector<RecoveryEntry> out;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() != Qt::Checked)
            out.push_back(m_entries[static_cast<size_t>(i)]);
    return out;
}

std::vector<MainWindow*> offerRecovery(MainWindow& window, const RecoveryStore& store)
{
    std::vector<MainWindow*> restored;
    auto orphans = store.orphans();
    if (orphans.empty()) return restored;
    RecoveryDialog dialog(orphans, &window);
    if (dialog.exec() != QDialog::Accepted) return restored; // closed: ask again next time
    for (const auto& e : dialog.toDiscard())
        store.remove(e.id);
    for (const auto& e : dialog.toRestore()) {
        MainWindow* target = &window;
        if (!restored.empty() || !window.undoStack()->isClean() ||
            !window.controller().design().components().empty()) {
            target = new MainWindow;
            target->setAttribute(Qt::WA_DeleteOnClose);
            target->show();
        }
        if (target->restoreRecovery(e)) restored.push_back(target);
    }
    return restored;
}

} // namespace azimuth::app
