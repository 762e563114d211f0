#pragma once
// The words drawn for a component, and the fonts they are drawn in: one place, so that
// the item that paints them and the layout that makes room for them agree.

#include "model/catalog/KindCatalog.h"
#include "model/core/Design.h"

#include <QFont>
#include <QString>
#include <QStringList>

namespace azimuth::views {

struct ComponentText
{
    QString title;   ///< a node's name; a band's or container's "Kind · name"
    QString name;    ///< the component's name alone: never cut short
    QString summary; ///< the facts line (empty for a region)
    bool region = false;

    /// The words of `c` as the canvas draws them.
    static ComponentText of(const model::KindCatalog& catalog, const model::Component& c);

    /// A container's title, longest first: with kind and facts, then shorter, down to the
    /// name alone, which every form keeps whole.
    QStringList titleForms() const;
    /// The longest title form that fits `width` in `font`, else the name alone.
    QString fittedTitle(qreal width, const QFont& font) const;

    /// Names and container titles: bold 12 pixels times `scale`.
    static QFont titleFont(qreal scale = 1);
    /// The facts line: 10 pixels times `scale`.
    static QFont factFont(qreal scale = 1);
};

} // namespace azimuth::views
