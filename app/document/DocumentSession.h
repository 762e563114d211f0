#pragma once
// One document in the designer: which file it is, whether it has unsaved changes, and
// every way it is replaced — New, Open, a recovery copy, a sample — plus Save. Each of
// these clears the undo history, resets the controller, takes or drops the file's lock
// and looks after the recovery copy in one place, so they cannot drift apart.

#include "model/controller/DocumentController.h"

#include <QObject>
#include <QString>
#include <memory>

class QUndoStack;
class QWidget;

namespace azimuth::app {

class Autosaver;
class DesignLock;
struct RecoveryEntry;

class DocumentSession : public QObject
{
    Q_OBJECT
  public:
    /// `dialogParent` is the parent of the dialogs the session shows (unsaved changes,
    /// errors). The session is not its child: its owner decides when it goes.
    DocumentSession(model::DocumentController& controller, QUndoStack& undo, QWidget* dialogParent);
    ~DocumentSession() override;

    model::DocumentController& controller() { return m_controller; }
    const model::DocumentController& controller() const { return m_controller; }
    QUndoStack& undoStack() { return m_undo; }
    /// The design's file (absolute); empty while it is unsaved.
    const QString& filePath() const { return m_path; }
    /// Whether the design has changes that are not in its file.
    bool isModified() const;
    Autosaver& autosaver() { return *m_autosaver; }

    /// Asks whether to save unsaved changes; false when the user cancelled.
    bool maybeSave();
    /// Replaces the design with an empty one (after maybeSave); false when cancelled.
    bool newDocument();
    /// Opens a design; on failure says why (in a dialog, or in `error` when given).
    bool openFile(const QString& path, QString* error = nullptr);
    /// Opens a recovery copy as unsaved changes to its source file (Save writes there).
    bool restoreRecovery(const RecoveryEntry& entry, QString* error = nullptr);
    /// Replaces the design (after maybeSave) with `design` as a new untitled one that
    /// `origin` describes in the status bar ("the sample X"); false when cancelled.
    bool startFrom(model::Design design, const QString& origin);
    /// Saves to a path; on failure says why (in a dialog, or in `error` when given).
    bool saveTo(const QString& path, QString* error = nullptr);
    /// Saves to the file, or asks for one.
    bool save();
    /// Asks for a file and saves there.
    bool saveAs();
    /// Asks for a file and opens it (after maybeSave).
    void open();

    /// Recently opened or saved files, newest first.
    static QStringList recentFiles();

  signals:
    /// The whole design is about to be replaced (modes about the old one end now).
    void aboutToReplace();
    /// The whole design was replaced (new, opened, restored, sampled).
    void replaced();
    /// The file name or the unsaved-changes state changed: the window title follows.
    void titleChanged();
    /// A line for the status bar, shown for `ms` milliseconds.
    void statusMessage(const QString& text, int ms);

  private:
    enum class Saved
    {
        Yes,
        No
    };
    /// Puts `design` in place of the current one: the one place that does it.
    void replace(model::Design design, const QString& path, Saved saved, bool quietLock);
    void lockFile(const QString& path, bool quiet);
    void addRecent(const QString& path);
    /// Says why something failed: in `error` when given, else in a dialog titled `title`.
    void fail(const QString& title, const QString& why, QString* error);

    model::DocumentController& m_controller;
    QUndoStack& m_undo;
    QWidget* m_dialogParent;
    QString m_path;
    std::unique_ptr<DesignLock> m_lock;
    std::unique_ptr<Autosaver> m_autosaver;
};

} // namespace azimuth::app
