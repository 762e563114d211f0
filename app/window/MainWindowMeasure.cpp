#include "MainWindowMeasure.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QPixmap>
#include <QTimer>
#include <QWidget>
#include <cstdio>

namespace azimuth::app {

namespace {

/// A /proc/self/status field in MiB ("VmRSS", "VmHWM"), or -1 off Linux.
double statusMiB(const char* field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly)) return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

/// Counts the canvas's paint events, to show that a measurement included a real paint.
class PaintCounter : public QObject
{
  public:
    using QObject::QObject;
    int paints = 0;
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint) ++paints;
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

bool measureOpenRequested()
{
    return qEnvironmentVariableIsSet("AZIMUTH_MEASURE_OPEN");
}

void measureOpenToPaint(QWidget* canvas, const QElapsedTimer& started)
{
    auto* counter = new PaintCounter(canvas);
    canvas->installEventFilter(counter);
    // Once the events the open queued have run, paint the whole window as the window
    // system would ask it to (grab() sends the same paint events, exposed or not).
    QTimer::singleShot(0, canvas, [canvas, counter, started] {
        const QPixmap painted = canvas->window()->grab();
        std::fprintf(
            stderr,
            "measure-open: window painted (%d canvas paint events) %.1f ms after open began\n",
            counter->paints, static_cast<double>(started.nsecsElapsed()) / 1e6);
        // Idle for a second: the debounced analysis and its badges have run.
        QTimer::singleShot(1000, canvas, [] {
            std::fprintf(stderr, "measure-open: resident %.0f MiB, peak %.0f MiB\n",
                         statusMiB("VmRSS"), statusMiB("VmHWM"));
            QApplication::exit(0);
        });
    });
}

} // namespace azimuth::app
