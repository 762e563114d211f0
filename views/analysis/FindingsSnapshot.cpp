#include "FindingsSnapshot.h"

#include "SeverityStyle.h"

namespace azimuth::views {

QString FindingsSnapshot::componentNames(const model::Finding& f) const
{
    QStringList out;
    for (const model::ComponentId& id : f.components) {
        const QString key = QString::fromStdString(id.value);
        out << names.value(key, key);
    }
    return out.join(QStringLiteral(", "));
}

QString FindingsSnapshot::tooltip(const QString& componentId) const
{
    return messages.value(componentId).join('\n');
}

QString FindingsSnapshot::countsText() const
{
    return severityCount(model::Severity::Error, errors) + QStringLiteral(" · ") +
           severityCount(model::Severity::Warning, warnings) + QStringLiteral(" · ") +
           severityCount(model::Severity::Info, infos);
}

} // namespace azimuth::views
