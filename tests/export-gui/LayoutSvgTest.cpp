// Designs laid out by Azimuth and exported to SVG, checked from the SVG alone: every name
// whole as text, no arrow through an icon, a text or a container title, containers apart
// unless nested, icons as vectors. Every sample as shipped and with its positions
// removed, a shop with no positions at all, and generated designs of 50, 200 and 1,000.

#include "DesignGenerator.h"
#include "SvgDiagramCheck.h"
#include "model/io/DesignReader.h"
#include "model/layout/AutoLayout.h"
#include "views/export/DesignScene.h"
#include "views/export/DiagramRenderer.h"

#include <QDir>
#include <gtest/gtest.h>

using namespace azimuth;
using namespace exporttest;

namespace {

model::Design withoutPositions(model::Design d)
{
    for (const auto& c : std::vector<model::Component>(d.components()))
        d.mutableComponent(c.id)->geometry.reset();
    return d;
}

/// Components drawn with an icon of their own: nodes and bands.
int iconCount(const model::Design& d)
{
    const auto& cat = model::KindCatalog::builtin();
    int n = 0;
    for (const auto& c : d.components())
        if (!model::isContainerKind(cat, c.kind)) ++n;
    return n;
}

QStringList names(const model::Design& d)
{
    QStringList out;
    for (const auto& c : d.components())
        if (!model::isRegionKind(model::KindCatalog::builtin(), c.kind) ||
            (c.name && !c.name->empty()))
            out << QString::fromStdString(c.displayName());
    return out;
}

QStringList problemsOf(model::Design design)
{
    const QStringList expected = names(design);
    const int icons = iconCount(design);
    const auto& cat = model::KindCatalog::builtin();
    size_t containers = 0;
    for (const auto& c : design.components())
        if (model::isContainerKind(cat, c.kind)) ++containers;
    const size_t connections = design.connections().size();
    views::DesignScene holder(std::move(design));
    const QByteArray svg = views::DiagramRenderer(holder.scene()).toSvg("check");
    const SvgDiagram d = readSvgDiagram(svg);
    QStringList problems = diagramProblems(d, expected, icons);
    // The reader found what is there: a check of nothing would pass anything.
    if (d.containers.size() < containers)
        problems << QStringLiteral("read %1 container frames of %2")
                        .arg(d.containers.size())
                        .arg(containers);
    if (d.arrows.size() < connections)
        problems << QStringLiteral("read %1 arrow segments for %2 connections")
                        .arg(d.arrows.size())
                        .arg(connections);
    return problems;
}

std::vector<std::string> samples()
{
    std::vector<std::string> out;
    const QDir dir(QStringLiteral(AZIMUTH_SAMPLES));
    for (const QString& f : dir.entryList({"*.azimuth"}, QDir::Files, QDir::Name))
        out.push_back(dir.filePath(f).toStdString());
    return out;
}

std::string joined(const QStringList& problems)
{
    return problems.mid(0, 25).join('\n').toStdString() + (problems.size() > 25 ? "\n..." : "");
}

} // namespace

TEST(LayoutSvg, TheCheckerSeesWhatItChecks)
{
    // Read back a diagram it must fault: an icon, a name and a container are found, an
    // arrow drawn through them is caught.
    const QByteArray svg = R"svg(<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300">
<g fill="none" stroke="#147eba" stroke-width="2"><path d="M10,10 L300,10 L300,200 L10,200 Z"/></g>
<g fill="#147eba" fill-opacity="0.05" stroke="#147eba" stroke-width="1.5" stroke-dasharray="4,2">
<path d="M200,100 L380,100 L380,280 L200,280 Z"/></g>
<g transform="matrix(0.625,0,0,0.625,100,50)" fill="#ed7100"><path d="M8,0 L56,0 C60,0 64,4 64,8 L64,56 C64,60 60,64 56,64 L8,64 C4,64 0,60 0,56 L0,8 C0,4 4,0 8,0"/></g>
<g font-family="sans-serif" font-size="12" font-weight="700"><text x="90" y="110">Web servers</text></g>
<g fill="none" stroke="#545b64" stroke-width="1.5"><path d="M50,70 L200,70"/><path d="M120,20 L120,140"/></g>
</svg>)svg";
    const SvgDiagram d = readSvgDiagram(svg);
    EXPECT_TRUE(d.error.isEmpty()) << d.error.toStdString();
    ASSERT_EQ(d.icons.size(), 1u);
    EXPECT_NEAR(d.icons[0].width(), 40, 0.01);
    EXPECT_EQ(d.texts.size(), 1u);
    EXPECT_EQ(d.arrows.size(), 2u);
    EXPECT_EQ(d.containers.size(), 2u);
    const QString all = diagramProblems(d, {"Web servers", "Orders"}, 2).join('\n');
    EXPECT_TRUE(all.contains("\"Orders\" is not in any text")) << all.toStdString();
    EXPECT_TRUE(all.contains("1 vector icons, expected 2")) << all.toStdString();
    EXPECT_TRUE(all.contains("crosses an icon")) << all.toStdString();
    EXPECT_TRUE(all.contains("crosses the text \"Web servers\"")) << all.toStdString();
    EXPECT_TRUE(all.contains("containers overlap")) << all.toStdString();
}

TEST(LayoutSvg, SamplesAsShipped)
{
    for (const auto& path : samples()) {
        const auto problems = problemsOf(model::readDesignFile(path));
        EXPECT_TRUE(problems.isEmpty()) << path << ":\n" << joined(problems);
    }
}

TEST(LayoutSvg, SamplesWithTheirPositionsRemoved)
{
    for (const auto& path : samples()) {
        const auto problems = problemsOf(withoutPositions(model::readDesignFile(path)));
        EXPECT_TRUE(problems.isEmpty()) << path << " laid out from scratch:\n" << joined(problems);
    }
}

TEST(LayoutSvg, ShopWithNoPositions)
{
    const auto problems =
        problemsOf(model::readDesignFile(AZIMUTH_TEST_DATA "/layout/shop.azimuth"));
    EXPECT_TRUE(problems.isEmpty()) << joined(problems);
}

TEST(LayoutSvg, GeneratedDesignsWithNoPositions)
{
    for (int n : {50, 200, 1000}) {
        bench::GeneratorOptions options;
        options.components = n;
        const auto problems = problemsOf(withoutPositions(bench::generateDesign(options)));
        EXPECT_TRUE(problems.isEmpty()) << n << " components:\n" << joined(problems);
    }
}
