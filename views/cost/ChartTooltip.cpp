#include "ChartTooltip.h"

#include <QCursor>
#include <QToolTip>

namespace azimuth::views {

void showChartTooltip(const QString& text)
{
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), text);
}

} // namespace azimuth::views
