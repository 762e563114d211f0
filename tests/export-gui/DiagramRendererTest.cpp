// Exported diagrams opened with independent readers: the PNG decodes at the expected
// size, the SVG is XML with each component's name as text, the PDF has real text.

#include "views/export/DiagramRenderer.h"

#include "ExportReaders.h"
#include "model/io/DesignReader.h"
#include "views/export/DesignScene.h"

#include <QBuffer>
#include <QImageReader>
#include <cmath>
#include <gtest/gtest.h>

using namespace azimuth;
using namespace exporttest;

namespace {

views::DesignScene sceneOf(const std::string& path)
{
    return views::DesignScene(model::readDesignFile(path));
}

/// Whether the SVG shows `name`: in full, or cut short with an ellipsis where the box is
/// too narrow for it (as on the canvas), keeping at least its first five characters.
bool shows(const std::vector<std::string>& texts, const std::string& name)
{
    for (const auto& t : texts) {
        if (t.find(name) != std::string::npos) return true;
        const size_t cut = t.find("\u2026");
        if (cut == std::string::npos) continue;
        for (size_t n = name.size() - 1; n >= 5; --n)
            if (cut >= n && t.compare(cut - n, n, name, 0, n) == 0) return true;
    }
    return false;
}

std::string joined(const std::vector<std::string>& texts)
{
    std::string all;
    for (const auto& t : texts)
        all += t + "\n";
    return all;
}

QImage decodePng(const QImage& image, QSize& size)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    buffer.close();
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, "png");
    size = reader.size();
    return reader.read();
}

} // namespace

TEST(DiagramRenderer, PngDecodesAtScaleOfTheCroppedDesign)
{
    auto holder = sceneOf(AZIMUTH_SAMPLES "/ha-web-app.azimuth");
    views::DiagramRenderer renderer(holder.scene());
    const QRectF source = renderer.sourceRect();
    // Cropped to the design: the region box (696 x 360 at y 216) plus the users above it.
    EXPECT_LT(source.width(), 696 + 2 * views::DiagramRenderer::kMargin + 40);
    EXPECT_GE(source.width(), 696 + views::DiagramRenderer::kMargin);
    QSize declared;
    const QImage png = decodePng(renderer.toImage(2.0), declared);
    ASSERT_FALSE(png.isNull());
    EXPECT_EQ(declared,
              QSize(int(std::ceil(source.width() * 2)), int(std::ceil(source.height() * 2))));
    EXPECT_EQ(png.pixelColor(1, 1), QColor(Qt::white));
    // Something is drawn: not every pixel is the background.
    int inked = 0;
    for (int y = 0; y < png.height(); y += 4)
        for (int x = 0; x < png.width(); x += 4)
            if (png.pixelColor(x, y) != QColor(Qt::white)) ++inked;
    EXPECT_GT(inked, 500);
}

TEST(DiagramRenderer, TransparentBackgroundLeavesTheMarginClear)
{
    auto holder = sceneOf(AZIMUTH_SAMPLES "/ha-web-app.azimuth");
    views::DiagramRenderer renderer(holder.scene());
    QSize declared;
    const QImage png = decodePng(renderer.toImage(1.0, true), declared);
    ASSERT_FALSE(png.isNull());
    EXPECT_TRUE(png.hasAlphaChannel());
    EXPECT_EQ(png.pixelColor(2, 2).alpha(), 0);
    EXPECT_EQ(png.pixelColor(png.width() - 2, png.height() - 2).alpha(), 0);
}

TEST(DiagramRenderer, DarkThemePaintsADarkPage)
{
    auto holder = sceneOf(AZIMUTH_SAMPLES "/ha-web-app.azimuth");
    const QImage image = views::DiagramRenderer(holder.scene(), views::Theme::dark()).toImage();
    EXPECT_LT(image.pixelColor(2, 2).lightness(), 60);
}

TEST(DiagramRenderer, SvgIsXmlWithEveryComponentNameAsText)
{
    auto holder = sceneOf(AZIMUTH_SAMPLES "/ha-web-app.azimuth");
    const QByteArray svg = views::DiagramRenderer(holder.scene()).toSvg("Highly available web app");
    QString error;
    const auto texts = svgTexts(svg, error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_EQ(svg.indexOf("foreignObject"), -1);
    const auto& design = holder.design();
    ASSERT_EQ(design.components().size(), 7u);
    for (const auto& c : design.components())
        EXPECT_TRUE(shows(texts, c.displayName())) << c.displayName() << " not in:\n"
                                                   << joined(texts);
    for (const char* label : {"HTTPS", "SQL"})
        EXPECT_TRUE(shows(texts, label)) << label;
    // Names that fit are never cut.
    for (const char* name : {"Customers", "Web load balancer", "Web servers", "Orders database"})
        EXPECT_NE(joined(texts).find(name), std::string::npos) << name;
}

TEST(DiagramRenderer, SvgEscapesHostileNames)
{
    auto holder = sceneOf(AZIMUTH_TEST_DATA "/export-gui/hostile.azimuth");
    const QByteArray svg =
        views::DiagramRenderer(holder.scene()).toSvg("Shop <b>&</b> \"friends\"");
    QString error;
    const auto texts = svgTexts(svg, error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_EQ(svg.indexOf("<script"), -1);
    EXPECT_EQ(svg.indexOf("<b>"), -1);
    const std::string all = joined(texts);
    // Long names may be elided on the canvas; what is shown is the name's own text.
    for (const char* start : {"<script>", "=HYPERLINK(\"", "\"]]>", "'quotes' &", "<i>HTTPS</i>"})
        EXPECT_NE(all.find(start), std::string::npos) << start << " not in:\n" << all;
}

TEST(DiagramRenderer, PdfHasSelectableText)
{
    auto holder = sceneOf(AZIMUTH_SAMPLES "/ha-web-app.azimuth");
    const QByteArray pdf = views::DiagramRenderer(holder.scene()).toPdf("Highly available web app");
    ASSERT_TRUE(pdf.startsWith("%PDF-"));
    const std::string text = pdfText(pdf);
    for (const char* name : {"Customers", "Web servers", "Orders database", "HTTPS"})
        EXPECT_NE(text.find(name), std::string::npos) << name << " not in:\n" << text;
}

TEST(DiagramRenderer, ExportLeavesTheSelectionAsItWas)
{
    auto holder = sceneOf(AZIMUTH_SAMPLES "/ha-web-app.azimuth");
    holder.scene().selectComponents({model::ComponentId{"web"}});
    const QImage selected = views::DiagramRenderer(holder.scene()).toImage();
    holder.scene().clearSelection();
    const QImage clear = views::DiagramRenderer(holder.scene()).toImage();
    EXPECT_EQ(selected, clear); // no selection marks in an export
    holder.scene().selectComponents({model::ComponentId{"web"}});
    views::DiagramRenderer(holder.scene()).toSvg("x");
    EXPECT_EQ(holder.scene().selectedComponents().size(), 1u);
}
