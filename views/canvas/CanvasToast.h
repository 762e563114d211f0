#pragma once
// A short message shown on the canvas next to where something happened (a refused drop
// says why at the cursor), gone after a few seconds or at the next one.

#include <QLabel>

class QTimer;

namespace azimuth::views {

class CanvasToast : public QLabel
{
    Q_OBJECT
  public:
    explicit CanvasToast(QWidget* parent);

    /// Shows `text` just below and right of `at` (parent coordinates), kept inside the
    /// parent, for `ms` milliseconds.
    void showAt(const QString& text, const QPoint& at, int ms = 4000);

  private:
    QTimer* m_timer;
};

} // namespace azimuth::views
