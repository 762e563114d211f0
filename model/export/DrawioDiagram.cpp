#include "DrawioDiagram.h"

#include "model/catalog/DesignQueries.h"

#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>
#include <cmath>
#include <cstdio>
#include <sstream>
#include <unordered_map>
#include <vector>

namespace azimuth::model {

namespace {

using boost::property_tree::ptree;

/// A coordinate as draw.io writes it: no trailing zeros, no binary noise.
std::string number(double v)
{
    if (std::abs(v) < 1e-9) v = 0;
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.10g", v);
    return buf;
}

// Arrows as draw.io's "AWS / Arrows" palette draws them; asynchronous ones dashed, as
// on the canvas.
constexpr const char* kEdgeStyle = "edgeStyle=orthogonalEdgeStyle;rounded=0;endArrow=block;"
                                   "endFill=1;strokeColor=#545B64;fontColor=#232F3E;";
// What every group needs to hold its children in draw.io, whatever its look.
constexpr const char* kGroupStyle = "container=1;collapsible=0;recursiveResize=0;pointerEvents=0;";

class DrawioWriter
{
  public:
    DrawioWriter(const Design& design, const Layout& layout, const KindCatalog& catalog)
        : m_design(design), m_layout(layout), m_catalog(catalog)
    {
        for (const Component& c : design.components())
            m_children[c.parent].push_back(&c);
    }

    ptree root()
    {
        ptree cells;
        ptree zero;
        zero.put("<xmlattr>.id", "0");
        cells.add_child("mxCell", zero);
        ptree layer;
        layer.put("<xmlattr>.id", "1");
        layer.put("<xmlattr>.parent", "0");
        cells.add_child("mxCell", layer);
        // Parents before children, in file order: draw.io stacks later cells on top.
        addChildren(cells, ComponentId{}, "1", Geometry{});
        for (const Connection& c : m_design.connections())
            addEdge(cells, c);
        return cells;
    }

  private:
    void addChildren(ptree& cells, const ComponentId& parent, const std::string& parentCell,
                     const Geometry& origin)
    {
        auto it = m_children.find(parent);
        if (it == m_children.end()) return;
        for (const Component* c : it->second) {
            const Geometry* box = m_layout.box(c->id);
            const Geometry at = box ? *box : Geometry{origin.x, origin.y, 0, 0};
            addVertex(cells, *c, parentCell, origin, at);
            addChildren(cells, c->id, drawioComponentCell(c->id), at);
        }
    }

    void addVertex(ptree& cells, const Component& c, const std::string& parentCell,
                   const Geometry& origin, const Geometry& box)
    {
        const KindSpec* spec = m_catalog.find(c.kind);
        const bool group = spec && spec->container;
        std::string style = spec && !spec->drawio.empty() ? spec->drawio : plainStyle(spec);
        if (group) style += kGroupStyle;
        // A group fills its box; anything else is an icon at the top centre of its box.
        Geometry g{box.x - origin.x, box.y - origin.y, box.w, box.h};
        if (!group) {
            g.x += (box.w - kDrawioIconSize) / 2;
            g.y += kDrawioIconTop;
            g.w = g.h = kDrawioIconSize;
        }
        ptree cell;
        cell.put("<xmlattr>.id", drawioComponentCell(c.id));
        cell.put("<xmlattr>.value", drawioLabel(c.displayName()));
        cell.put("<xmlattr>.style", style);
        cell.put("<xmlattr>.vertex", "1");
        cell.put("<xmlattr>.parent", parentCell);
        ptree geometry;
        geometry.put("<xmlattr>.x", number(g.x));
        geometry.put("<xmlattr>.y", number(g.y));
        geometry.put("<xmlattr>.width", number(g.w));
        geometry.put("<xmlattr>.height", number(g.h));
        geometry.put("<xmlattr>.as", "geometry");
        cell.add_child("mxGeometry", geometry);
        cells.add_child("mxCell", cell);
    }

    /// A kind with no draw.io shape of its own: a rounded box in its colour.
    std::string plainStyle(const KindSpec* spec) const
    {
        const std::string color = spec ? m_catalog.colorOf(*spec) : std::string("#545B64");
        return "rounded=1;fillColor=none;strokeColor=" + color + ";fontColor=#232F3E;";
    }

    void addEdge(ptree& cells, const Connection& c)
    {
        ptree cell;
        cell.put("<xmlattr>.id", drawioConnectionCell(c.id));
        cell.put("<xmlattr>.value", drawioLabel(c.label.value_or("")));
        cell.put("<xmlattr>.style",
                 std::string(kEdgeStyle) + (isAsync(m_design, m_catalog, c) ? "dashed=1;" : ""));
        cell.put("<xmlattr>.edge", "1");
        cell.put("<xmlattr>.parent", "1");
        cell.put("<xmlattr>.source", drawioComponentCell(c.from));
        cell.put("<xmlattr>.target", drawioComponentCell(c.to));
        ptree geometry;
        geometry.put("<xmlattr>.relative", "1");
        geometry.put("<xmlattr>.as", "geometry");
        cell.add_child("mxGeometry", geometry);
        cells.add_child("mxCell", cell);
    }

    const Design& m_design;
    const Layout& m_layout;
    const KindCatalog& m_catalog;
    std::unordered_map<ComponentId, std::vector<const Component*>> m_children;
};

} // namespace

std::string drawioComponentCell(const ComponentId& id)
{
    return "component:" + id.value;
}

std::string drawioConnectionCell(const ConnectionId& id)
{
    return "connection:" + id.value;
}

std::string drawioLabel(std::string_view name)
{
    std::string out(name);
    for (char& ch : out)
        if ((unsigned char)ch < 0x20 || ch == 0x7F) ch = ' ';
    return out;
}

std::string designToDrawio(const Design& design, const Layout& layout, const KindCatalog& catalog,
                           std::string_view pageName)
{
    ptree model;
    for (const auto& [key, value] : {std::pair{"grid", "1"},
                                     {"gridSize", "8"},
                                     {"guides", "1"},
                                     {"tooltips", "1"},
                                     {"connect", "1"},
                                     {"arrows", "1"},
                                     {"fold", "1"},
                                     {"page", "0"},
                                     {"pageScale", "1"},
                                     {"math", "0"},
                                     {"shadow", "0"}})
        model.put(std::string("<xmlattr>.") + key, value);
    model.add_child("root", DrawioWriter(design, layout, catalog).root());

    ptree diagram;
    diagram.put("<xmlattr>.id", "azimuth-design");
    diagram.put("<xmlattr>.name", drawioLabel(pageName.empty() ? "Design" : pageName));
    diagram.add_child("mxGraphModel", model);

    ptree file;
    file.put("mxfile.<xmlattr>.host", "Azimuth");
    file.put("mxfile.<xmlattr>.type", "device");
    file.put_child("mxfile.diagram", diagram);

    std::ostringstream out;
    boost::property_tree::write_xml(
        out, file, boost::property_tree::xml_writer_make_settings<std::string>(' ', 2));
    return out.str();
}

} // namespace azimuth::model
