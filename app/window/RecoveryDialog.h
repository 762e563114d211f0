#pragma once
// Offered at start-up when a crash left recovery copies: each with its time and source
// file, to restore or discard.

#include "app/recovery/RecoveryStore.h"

#include <QDialog>
#include <vector>

class QListWidget;

namespace azimuth::app {

class RecoveryDialog : public QDialog
{
    Q_OBJECT
  public:
    explicit RecoveryDialog(std::vector<RecoveryEntry> entries, QWidget* parent = nullptr);

    /// The entries left checked (to restore) and the others (to discard), after accept().
    std::vector<RecoveryEntry> toRestore() const;
    std::vector<RecoveryEntry> toDiscard() const;
    QListWidget* list() const { return m_list; }

    /// One line describing an entry: "Web tier — /home/ada/web.azimuth — 27 Nov 2026 14:03".
    static QString describe(const RecoveryEntry& entry);

  private:
    std::vector<RecoveryEntry> m_entries;
    QListWidget* m_list;
};

class MainWindow;

/// At start-up: when a crash left recovery copies, asks which to restore; the first goes
/// into `window` (when it holds no changes), the others into new windows; the rest are
/// discarded. Returns the windows that received a design.
std::vector<MainWindow*> offerRecovery(MainWindow& window,
                                       const RecoveryStore& store = RecoveryStore());

} // namespace azimuth::app
