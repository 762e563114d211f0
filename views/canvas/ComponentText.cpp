#include "ComponentText.h"

#include "model/kinds/KindUnit.h"
#include "model/layout/AutoLayout.h"

#include <QFontMetricsF>

namespace azimuth::views {

ComponentText ComponentText::of(const model::KindCatalog& catalog, const model::Component& c)
{
    ComponentText t;
    const model::KindSpec* spec = catalog.find(c.kind);
    const QString label =
        spec ? QString::fromStdString(spec->label) : QString::fromStdString(c.kind);
    t.name = QString::fromStdString(c.displayName());
    t.summary = QString::fromStdString(model::componentSummary(catalog, c));
    t.region = model::isRegionKind(catalog, c.kind);
    if (t.region) {
        // The summary of a region is its code: "Region · us-east-1 (Production)".
        const QString code = t.summary;
        t.title = QStringLiteral("Region · ") + code;
        if (c.name && !c.name->empty() && t.name != code)
            t.title += QStringLiteral(" (%1)").arg(t.name);
        else
            t.name = code;
        t.summary.clear();
    } else if (spec && (spec->container || model::drawnAsBand(catalog, c))) {
        t.title = label + QStringLiteral(" · ") + t.name;
    } else {
        t.title = t.name;
    }
    return t;
}

QStringList ComponentText::titleForms() const
{
    const QString sep = QStringLiteral(" · ");
    QStringList forms;
    if (region) {
        forms << title << title.section(sep, 1, -1) << name;
    } else if (!summary.isEmpty()) {
        forms << title + sep + summary << name + sep + summary << title << name;
    } else {
        forms << title << name;
    }
    forms.removeDuplicates();
    return forms;
}

QString ComponentText::fittedTitle(qreal width, const QFont& font) const
{
    const QFontMetricsF fm(font);
    const QStringList forms = titleForms();
    for (const QString& f : forms)
        if (fm.horizontalAdvance(f) <= width) return f;
    return forms.back();
}

QFont ComponentText::titleFont(qreal scale)
{
    QFont f;
    f.setPixelSize(qRound(12 * scale));
    f.setBold(true);
    return f;
}

QFont ComponentText::factFont(qreal scale)
{
    QFont f;
    f.setPixelSize(qRound(10 * scale));
    return f;
}

} // namespace azimuth::views
