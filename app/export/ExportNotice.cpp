#include "ExportNotice.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QTimer>

namespace azimuth::app {

ExportNotice::ExportNotice(QWidget* parent)
    : QLabel(parent), m_opener([](const QUrl& url) { QDesktopServices::openUrl(url); }),
      m_timer(new QTimer(this))
{
    setObjectName("export-notice");
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    setAccessibleName(tr("Export"));
    m_timer->setSingleShot(true);
    m_timer->setInterval(60'000);
    connect(m_timer, &QTimer::timeout, this, &QLabel::hide);
    connect(this, &QLabel::linkActivated, this,
            [this](const QString& link) { m_opener(QUrl(link)); });
    hide();
}

void ExportNotice::wrote(const QString& path)
{
    const QFileInfo info(path);
    m_folder = QUrl::fromLocalFile(info.absolutePath());
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    setText(tr("Exported to %1 · <a href=\"%2\">Open folder</a>")
                .arg(shown.toHtmlEscaped(), m_folder.toString(QUrl::FullyEncoded)));
    setToolTip(shown);
    setAccessibleDescription(tr("Exported to %1").arg(shown));
    show();
    m_timer->start();
}

} // namespace azimuth::app
