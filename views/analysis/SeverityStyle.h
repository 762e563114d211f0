#pragma once
// How a finding's severity looks everywhere in the designer: the findings table, the
// canvas badges and the status bar use the same colours and words.

#include "model/rules/Severity.h"

#include <QColor>
#include <QIcon>
#include <QString>

namespace azimuth::views {

/// Error red #D13212, warning amber #F89256, info blue #0073BB (visual-language.md).
QColor severityColor(model::Severity severity);
/// A filled dot in the severity's colour, for tables and buttons.
QIcon severityIcon(model::Severity severity);
/// "1 error", "2 warnings", "0 info".
QString severityCount(model::Severity severity, int count);

} // namespace azimuth::views
