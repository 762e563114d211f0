#pragma once
// Saves what the screen shows (popup menus too) when AZIMUTH_SCREENSHOTS names a folder,
// for looking at under Xvfb; does nothing otherwise (the offscreen platform has no screen).

#include <QApplication>
#include <QPixmap>
#include <QScreen>
#include <QTest>

namespace azimuth::guitest {

inline void screenShot(const QString& name)
{
    const QString dir = qEnvironmentVariable("AZIMUTH_SCREENSHOTS");
    if (dir.isEmpty()) return;
    QTest::qWait(300); // let popups and the repaint land
    QApplication::primaryScreen()->grabWindow(0).save(dir + QLatin1Char('/') + name +
                                                      QStringLiteral(".png"));
}

} // namespace azimuth::guitest
