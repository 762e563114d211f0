#pragma once
// What the status bar says after an export: where the file went, with an "Open folder"
// link that opens the folder in the desktop's file manager.

#include <QLabel>
#include <QUrl>
#include <functional>

class QTimer;

namespace azimuth::app {

class ExportNotice : public QLabel
{
    Q_OBJECT
  public:
    explicit ExportNotice(QWidget* parent = nullptr);

    /// Says that `path` was written; shown for a minute.
    void wrote(const QString& path);
    /// The folder the link opens (empty before the first export).
    QUrl folderUrl() const { return m_folder; }
    /// What opening the link does; QDesktopServices::openUrl by default (tests replace it).
    void setOpener(std::function<void(const QUrl&)> opener) { m_opener = std::move(opener); }

  private:
    QUrl m_folder;
    std::function<void(const QUrl&)> m_opener;
    QTimer* m_timer;
};

} // namespace azimuth::app
