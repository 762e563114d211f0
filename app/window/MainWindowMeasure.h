#pragma once
// A measuring hook for the open path: with AZIMUTH_MEASURE_OPEN set, opening a file
// reports on stderr how long it took until the canvas had painted, and the resident
// memory once the window has settled, then quits. docs/performance.md says how to run it.

class QElapsedTimer;
class QWidget;

namespace azimuth::app {

/// Whether AZIMUTH_MEASURE_OPEN asks for a measurement.
bool measureOpenRequested();

/// After an open that started at `started`: paints the window of `canvas` (the canvas
/// view's viewport) once the open's queued events have run and reports the time; a second later
/// (the debounced analysis done) reports resident memory and quits the application.
void measureOpenToPaint(QWidget* canvas, const QElapsedTimer& started);

} // namespace azimuth::app
