// The draw.io export read back with an independent XML reader (Boost.PropertyTree's):
// the structure of draw.io's file format, one cell per component and connection, the
// right parents, geometry relative to the parent, each kind's AWS shape, and names that
// stay text.

#include "model/export/DrawioDiagram.h"

#include "model/io/DesignReader.h"
#include "support/TestDesigns.h"

#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>
#include <gtest/gtest.h>
#include <map>
#include <sstream>

using namespace azimuth::model;
using boost::property_tree::ptree;

namespace {

struct Cell
{
    std::string id, value, style, parent, source, target;
    bool vertex = false, edge = false;
    double x = 0, y = 0, w = 0, h = 0;
};

struct Drawio
{
    ptree tree;
    std::vector<Cell> cells; ///< in file order
    std::map<std::string, Cell> byId;
};

Drawio parse(const std::string& xml)
{
    Drawio d;
    std::istringstream in(xml);
    boost::property_tree::read_xml(in, d.tree);
    const ptree& root = d.tree.get_child("mxfile.diagram.mxGraphModel.root");
    for (const auto& [name, node] : root) {
        EXPECT_EQ(name, "mxCell") << "root holds only cells";
        Cell c;
        c.id = node.get<std::string>("<xmlattr>.id");
        c.value = node.get<std::string>("<xmlattr>.value", "");
        c.style = node.get<std::string>("<xmlattr>.style", "");
        c.parent = node.get<std::string>("<xmlattr>.parent", "");
        c.source = node.get<std::string>("<xmlattr>.source", "");
        c.target = node.get<std::string>("<xmlattr>.target", "");
        c.vertex = node.get<std::string>("<xmlattr>.vertex", "") == "1";
        c.edge = node.get<std::string>("<xmlattr>.edge", "") == "1";
        if (auto g = node.get_child_optional("mxGeometry")) {
            EXPECT_EQ(g->get<std::string>("<xmlattr>.as"), "geometry");
            c.x = g->get<double>("<xmlattr>.x", 0);
            c.y = g->get<double>("<xmlattr>.y", 0);
            c.w = g->get<double>("<xmlattr>.width", 0);
            c.h = g->get<double>("<xmlattr>.height", 0);
        }
        EXPECT_TRUE(d.byId.emplace(c.id, c).second) << "duplicate cell id " << c.id;
        d.cells.push_back(c);
    }
    return d;
}

std::string styleValue(const std::string& style, const std::string& key)
{
    const std::string needle = key + "=";
    for (size_t at = 0; at < style.size();) {
        size_t end = style.find(';', at);
        if (end == std::string::npos) end = style.size();
        if (style.compare(at, needle.size(), needle) == 0)
            return style.substr(at + needle.size(), end - at - needle.size());
        at = end + 1;
    }
    return {};
}

std::string drawio(const Design& design, const std::string& page = "Page")
{
    return designToDrawio(design, computeLayout(design), KindCatalog::builtin(), page);
}

Design hostile()
{
    return readDesignFile(std::string(AZIMUTH_TEST_DATA) + "/export/hostile-names.azimuth");
}

} // namespace

TEST(DrawioDiagram, HasTheStructureOfTheFileFormat)
{
    const Design design = hostile();
    const Drawio d = parse(drawio(design, "Web tier"));
    EXPECT_EQ(d.tree.size(), 1u);
    EXPECT_EQ(d.tree.front().first, "mxfile");
    const ptree& diagram = d.tree.get_child("mxfile.diagram");
    EXPECT_EQ(diagram.get<std::string>("<xmlattr>.name"), "Web tier");
    EXPECT_FALSE(diagram.get<std::string>("<xmlattr>.id").empty());
    ASSERT_GE(d.cells.size(), 2u);
    EXPECT_EQ(d.cells[0].id, "0");
    EXPECT_EQ(d.cells[0].parent, "");
    EXPECT_EQ(d.cells[1].id, "1");
    EXPECT_EQ(d.cells[1].parent, "0");
    // Every other cell is a vertex or an edge, never both, whose parent is defined earlier.
    std::map<std::string, size_t> seen{{"0", 0}, {"1", 1}};
    for (size_t i = 2; i < d.cells.size(); ++i) {
        const Cell& c = d.cells[i];
        EXPECT_NE(c.vertex, c.edge) << c.id;
        EXPECT_TRUE(seen.count(c.parent)) << c.id << " has its parent " << c.parent << " later";
        seen[c.id] = i;
        EXPECT_FALSE(c.style.empty()) << c.id;
        EXPECT_EQ(c.style.back(), ';') << c.id;
    }
}

TEST(DrawioDiagram, OneCellPerComponentAndConnectionWithItsParent)
{
    const Design design = hostile();
    const Drawio d = parse(drawio(design));
    size_t vertices = 0, edges = 0;
    for (const Cell& c : d.cells) {
        vertices += c.vertex;
        edges += c.edge;
    }
    EXPECT_EQ(vertices, design.components().size());
    EXPECT_EQ(edges, design.connections().size());
    for (const Component& c : design.components()) {
        const auto it = d.byId.find(drawioComponentCell(c.id));
        ASSERT_NE(it, d.byId.end()) << c.id.value;
        EXPECT_TRUE(it->second.vertex);
        EXPECT_EQ(it->second.parent, c.parent.value.empty() ? "1" : drawioComponentCell(c.parent))
            << c.id.value;
    }
    for (const Connection& c : design.connections()) {
        const auto it = d.byId.find(drawioConnectionCell(c.id));
        ASSERT_NE(it, d.byId.end()) << c.id.value;
        EXPECT_TRUE(it->second.edge);
        EXPECT_EQ(it->second.parent, "1");
        EXPECT_EQ(it->second.source, drawioComponentCell(c.from));
        EXPECT_EQ(it->second.target, drawioComponentCell(c.to));
        EXPECT_EQ(it->second.value, c.label.value_or(""));
    }
}

TEST(DrawioDiagram, GeometryIsTheLayoutRelativeToTheParent)
{
    const Design design = hostile();
    const Layout layout = computeLayout(design);
    const Drawio d = parse(designToDrawio(design, layout, KindCatalog::builtin(), "p"));
    for (const Component& c : design.components()) {
        const Cell& cell = d.byId.at(drawioComponentCell(c.id));
        const Geometry& box = *layout.box(c.id);
        const Geometry origin =
            c.parent.value.empty() ? Geometry{} : *layout.box(c.parent); // absolute
        const bool container = KindCatalog::builtin().find(c.kind)->container;
        if (container) {
            EXPECT_DOUBLE_EQ(cell.x, box.x - origin.x) << c.id.value;
            EXPECT_DOUBLE_EQ(cell.y, box.y - origin.y) << c.id.value;
            EXPECT_DOUBLE_EQ(cell.w, box.w) << c.id.value;
            EXPECT_DOUBLE_EQ(cell.h, box.h) << c.id.value;
        } else {
            // The icon at the top centre of the component's box.
            EXPECT_DOUBLE_EQ(cell.w, kDrawioIconSize) << c.id.value;
            EXPECT_DOUBLE_EQ(cell.h, kDrawioIconSize) << c.id.value;
            EXPECT_DOUBLE_EQ(cell.x + cell.w / 2, box.x - origin.x + box.w / 2) << c.id.value;
            EXPECT_DOUBLE_EQ(cell.y, box.y - origin.y + kDrawioIconTop) << c.id.value;
        }
    }
}

TEST(DrawioDiagram, KeepsTheGeometryTheDesignHas)
{
    const Design design = azimuth::test::designFromJson(R"(
      "components": [
        {"id": "r", "kind": "region", "geometry": {"x": 40, "y": 24, "w": 640, "h": 560}},
        {"id": "a", "kind": "availability-zone", "parent": "r",
         "geometry": {"x": 16, "y": 48, "w": 288, "h": 400}},
        {"id": "web", "kind": "ec2-fleet", "parent": "a", "name": "Web",
         "geometry": {"x": 32, "y": 64, "w": 144, "h": 88}}
      ])");
    const Drawio d = parse(drawio(design));
    const Cell& r = d.byId.at("component:r");
    EXPECT_EQ(r.parent, "1");
    EXPECT_EQ(std::tie(r.x, r.y, r.w, r.h), std::make_tuple(40.0, 24.0, 640.0, 560.0));
    const Cell& a = d.byId.at("component:a");
    EXPECT_EQ(a.parent, "component:r");
    EXPECT_EQ(std::tie(a.x, a.y, a.w, a.h), std::make_tuple(16.0, 48.0, 288.0, 400.0));
    const Cell& web = d.byId.at("component:web");
    EXPECT_EQ(web.parent, "component:a");
    EXPECT_EQ(std::tie(web.x, web.y, web.w, web.h),
              std::make_tuple(32.0 + (144 - kDrawioIconSize) / 2, 64.0 + kDrawioIconTop,
                              kDrawioIconSize, kDrawioIconSize));
    EXPECT_EQ(web.value, "Web");
}

TEST(DrawioDiagram, EachKindGetsTheAwsShapeFromItsCatalogEntry)
{
    const Design design = hostile();
    const Drawio d = parse(drawio(design));
    for (const Component& c : design.components()) {
        const Cell& cell = d.byId.at(drawioComponentCell(c.id));
        const KindSpec& spec = *KindCatalog::builtin().find(c.kind);
        ASSERT_FALSE(spec.drawio.empty()) << c.kind << " has no draw.io style in the catalog";
        EXPECT_EQ(cell.style.rfind(spec.drawio, 0), 0u) << c.kind;
        EXPECT_EQ(styleValue(cell.style, "container") == "1", spec.container) << c.kind;
        // Labels are plain text: with html=1 draw.io would render a name as markup.
        EXPECT_EQ(styleValue(cell.style, "html"), "") << c.kind;
    }
    EXPECT_EQ(styleValue(d.byId.at("component:r").style, "grIcon"), "mxgraph.aws4.group_region");
    EXPECT_EQ(styleValue(d.byId.at("component:fleet").style, "resIcon"), "mxgraph.aws4.ec2");
    EXPECT_EQ(styleValue(d.byId.at("component:db").style, "shape"), "mxgraph.aws4.resourceIcon");
    // Queues and topics are asynchronous: dashed, as on the canvas.
    EXPECT_EQ(styleValue(d.byId.at("connection:c2").style, "dashed"), "1");
    EXPECT_EQ(styleValue(d.byId.at("connection:c1").style, "dashed"), "");
}

TEST(DrawioDiagram, NamesAreEscapedAndStayText)
{
    const Design design = hostile();
    const std::string xml = drawio(design, "Hostile <script>&\"]]>");
    // Nothing a name holds becomes markup in the file ...
    EXPECT_EQ(xml.find("<script"), std::string::npos);
    EXPECT_EQ(xml.find("<b>"), std::string::npos);
    EXPECT_EQ(xml.find("]]>"), std::string::npos);
    EXPECT_NE(xml.find("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"), std::string::npos);
    // ... and reads back as exactly the name, line breaks and tabs as spaces.
    const Drawio d = parse(xml);
    for (const Component& c : design.components()) {
        std::string expected = c.displayName();
        for (char& ch : expected)
            if (ch == '\n' || ch == '\t') ch = ' ';
        EXPECT_EQ(d.byId.at(drawioComponentCell(c.id)).value, expected) << c.id.value;
    }
    EXPECT_EQ(d.byId.at("component:fleet").value, "line break tab");
    EXPECT_EQ(d.byId.at("connection:c1").value, "<b>");
    EXPECT_EQ(d.tree.get<std::string>("mxfile.diagram.<xmlattr>.name"), "Hostile <script>&\"]]>");
}

TEST(DrawioDiagram, AnEmptyDesignIsAValidEmptyPage)
{
    const Drawio d = parse(drawio(Design{}));
    ASSERT_EQ(d.cells.size(), 2u);
    EXPECT_EQ(d.cells[1].parent, "0");
}

TEST(DrawioDiagram, EveryKindInTheCatalogHasADrawioStyle)
{
    for (const KindSpec& spec : KindCatalog::builtin().kinds()) {
        EXPECT_FALSE(spec.drawio.empty()) << spec.kind;
        EXPECT_EQ(spec.drawio.back(), ';') << spec.kind;
        EXPECT_EQ(spec.drawio.find("html=1"), std::string::npos) << spec.kind;
        // Resources are draw.io's AWS icons; containers are its AWS groups or zone boxes.
        if (!spec.container) {
            EXPECT_EQ(styleValue(spec.drawio, "shape").rfind("mxgraph.aws4.", 0), 0u) << spec.kind;
        }
    }
}
