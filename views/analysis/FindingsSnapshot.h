#pragma once

#include "model/rules/Finding.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <vector>

namespace azimuth::views {

/// The rules engine's findings for one state of the design, with what the views need
/// to show them: names, counts, and the worst severity of each component for badges.
struct FindingsSnapshot
{
    std::vector<model::Finding> findings;  ///< in the stable order of rules.md
    QHash<QString, QString> names;         ///< display name of every component named
    QHash<QString, model::Severity> worst; ///< worst severity per component id
    QHash<QString, QStringList> messages;  ///< the messages about each component, worst first
    int errors = 0, warnings = 0, infos = 0;

    /// The display names of a finding's components, comma separated.
    QString componentNames(const model::Finding& f) const;
    /// Tooltip for a component's badge: one line per finding; empty when none.
    QString tooltip(const QString& componentId) const;
    /// "0 errors · 1 warning · 2 info"
    QString countsText() const;
};

} // namespace azimuth::views
