#pragma once
// The design as a draw.io diagram (.drawio), the uncompressed XML of draw.io's file
// format: mxfile > diagram > mxGraphModel > root, cells "0" (root) and "1" (layer),
// one vertex per component and one edge per connection. Containers are draw.io group
// shapes that hold their children, so a child's geometry is relative to its container;
// each kind's shape style is its catalog entry's "drawio" field.

#include "model/catalog/KindCatalog.h"
#include "model/core/Design.h"
#include "model/layout/AutoLayout.h"

#include <string>
#include <string_view>

namespace azimuth::model {

/// Side of a resource icon in the diagram: drawn at the top centre of the component's
/// box, its name below it, as draw.io's AWS shapes are.
inline constexpr double kDrawioIconSize = 48;
/// Space between the top of a component's box and its icon.
inline constexpr double kDrawioIconTop = 8;

/// The cell id of a component ("component:web") and of a connection ("connection:c1");
/// prefixed so they never clash with each other or with the structural cells "0" and "1".
std::string drawioComponentCell(const ComponentId& id);
std::string drawioConnectionCell(const ConnectionId& id);

/// A name as a draw.io label: plain text (labels are not HTML), with line breaks, tabs
/// and other control characters as spaces, since XML attribute values cannot keep them.
std::string drawioLabel(std::string_view name);

/// The .drawio file of `design` drawn at the boxes of `layout` (absolute, as
/// computeLayout gives them). `pageName` names the diagram's one page.
std::string designToDrawio(const Design& design, const Layout& layout, const KindCatalog& catalog,
                           std::string_view pageName);

} // namespace azimuth::model
