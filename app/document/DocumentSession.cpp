#include "DocumentSession.h"

#include "app/recovery/Autosaver.h"
#include "app/recovery/DesignLock.h"
#include "app/recovery/RecoveryStore.h"
#include "model/io/DesignReader.h"
#include "model/io/DesignWriter.h"
#include "model/io/SafeWrite.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QUndoStack>

namespace azimuth::app {

namespace {
constexpr int kMaxRecent = 8;
const char* kFileFilter = "Azimuth designs (*.azimuth);;All files (*)";
} // namespace

DocumentSession::DocumentSession(model::DocumentController& controller, QUndoStack& undo,
                                 QWidget* dialogParent)
    : m_controller(controller), m_undo(undo), m_dialogParent(dialogParent)
{
    // Unsaved work is copied to the recovery folder every minute (never over the file).
    m_autosaver = std::make_unique<Autosaver>(
        RecoveryStore(),
        Autosaver::Source{
            [this] { return isModified(); },
            [this] { return model::writeDesign(m_controller.design(), m_controller.catalog()); },
            [this] { return m_path; },
            [this] { return QString::fromStdString(m_controller.design().title.value_or("")); }});
    connect(m_autosaver.get(), &Autosaver::failed, this, [this](const QString& why) {
        emit statusMessage(tr("Could not write the recovery copy: %1").arg(why), 10000);
    });
    connect(&m_undo, &QUndoStack::cleanChanged, this, &DocumentSession::titleChanged);
}

DocumentSession::~DocumentSession()
{
    // The stack may outlive the session by a moment (both are children of the window).
    disconnect(&m_undo, nullptr, this, nullptr);
}

bool DocumentSession::isModified() const
{
    return !m_undo.isClean();
}

void DocumentSession::fail(const QString& title, const QString& why, QString* error)
{
    if (error)
        *error = why;
    else
        QMessageBox::warning(m_dialogParent, title, why);
}

void DocumentSession::replace(model::Design design, const QString& path, Saved saved,
                              bool quietLock)
{
    emit aboutToReplace();
    m_undo.clear();
    m_controller.reset(std::move(design));
    m_path = path;
    if (m_path.isEmpty())
        m_lock.reset();
    else
        lockFile(m_path, quietLock);
    if (saved == Saved::No) m_undo.resetClean(); // no state of the history is on disk
    emit replaced();
    emit titleChanged();
}

bool DocumentSession::maybeSave()
{
    if (!isModified()) return true;
    const auto answer = QMessageBox::warning(
        m_dialogParent, tr("Unsaved changes"),
        tr("Save the changes to %1 first?")
            .arg(m_path.isEmpty() ? tr("this design") : QFileInfo(m_path).fileName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save) return save();
    return answer == QMessageBox::Discard;
}

bool DocumentSession::newDocument()
{
    if (!maybeSave()) return false;
    replace(model::Design{}, QString(), Saved::Yes, true);
    m_autosaver->discard();
    return true;
}

void DocumentSession::open()
{
    if (!maybeSave()) return;
    const QString path =
        QFileDialog::getOpenFileName(m_dialogParent, tr("Open design"), QString(), tr(kFileFilter));
    if (!path.isEmpty()) openFile(path);
}

bool DocumentSession::openFile(const QString& path, QString* error)
{
    model::Design design;
    try {
        design = model::readDesignFile(path.toStdString(), m_controller.catalog());
    } catch (const std::exception& e) {
        const QString why = QString::fromStdString(e.what());
        fail(tr("Cannot open design"), why, error);
        emit statusMessage(why, 10000);
        return false;
    }
    replace(std::move(design), QFileInfo(path).absoluteFilePath(), Saved::Yes, error != nullptr);
    m_autosaver->discard();
    addRecent(m_path);
    emit statusMessage(tr("Opened %1: %2 components")
                           .arg(QFileInfo(path).fileName())
                           .arg(m_controller.design().components().size()),
                       5000);
    return true;
}

bool DocumentSession::restoreRecovery(const RecoveryEntry& entry, QString* error)
{
    model::Design design;
    try {
        design = model::readDesignFile(entry.designPath.toStdString(), m_controller.catalog());
    } catch (const std::exception& e) {
        fail(tr("Cannot restore"), QString::fromStdString(e.what()), error);
        return false;
    }
    // Restored work is unsaved work, to be saved over its source file.
    replace(std::move(design), entry.sourceFile, Saved::No, error != nullptr);
    RecoveryStore(QFileInfo(entry.designPath).absolutePath()).remove(entry.id);
    m_autosaver->saveNow();
    return true;
}

bool DocumentSession::startFrom(model::Design design, const QString& origin)
{
    if (!maybeSave()) return false;
    replace(std::move(design), QString(), Saved::Yes, true);
    m_autosaver->discard();
    emit statusMessage(tr("New design from %1: save it to keep your changes").arg(origin), 8000);
    return true;
}

bool DocumentSession::saveTo(const QString& path, QString* error)
{
    const std::string text = model::writeDesign(m_controller.design(), m_controller.catalog());
    if (auto why = model::writeFileAtomically(path.toStdString(), text)) {
        fail(tr("Cannot save"), tr("Could not save %1: %2").arg(path, QString::fromStdString(*why)),
             error);
        return false;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (absolute != m_path) lockFile(absolute, true);
    m_path = absolute;
    m_undo.setClean();
    m_autosaver->discard();
    addRecent(m_path);
    emit titleChanged();
    emit statusMessage(tr("Saved %1").arg(QFileInfo(path).fileName()), 4000);
    return true;
}

bool DocumentSession::save()
{
    return m_path.isEmpty() ? saveAs() : saveTo(m_path);
}

bool DocumentSession::saveAs()
{
    QString path =
        QFileDialog::getSaveFileName(m_dialogParent, tr("Save design"), m_path, tr(kFileFilter));
    if (path.isEmpty()) return false;
    if (QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".azimuth");
    return saveTo(path);
}

void DocumentSession::lockFile(const QString& path, bool quiet)
{
    m_lock = std::make_unique<DesignLock>(path);
    if (m_lock->isLocked() || !m_lock->heldBy()) return;
    const auto& holder = *m_lock->heldBy();
    const QString why = tr("%1 is already open in another Azimuth (process %2 on %3). Saving "
                           "here may overwrite changes made there.")
                            .arg(QFileInfo(path).fileName())
                            .arg(holder.pid)
                            .arg(holder.host);
    emit statusMessage(why, 15000);
    if (!quiet) QMessageBox::warning(m_dialogParent, tr("Design open elsewhere"), why);
}

QStringList DocumentSession::recentFiles()
{
    return QSettings().value("recentFiles").toStringList();
}

void DocumentSession::addRecent(const QString& path)
{
    QStringList list = recentFiles();
    list.removeAll(path);
    list.prepend(path);
    while (list.size() > kMaxRecent)
        list.removeLast();
    QSettings().setValue("recentFiles", list);
}

} // namespace azimuth::app
