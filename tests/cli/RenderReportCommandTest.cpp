// `azimuth render` and `azimuth report` run as a user would, on the real executable.

#include "CliRunner.h"
#include "model/io/DesignReader.h"

#include <algorithm>
#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <gtest/gtest.h>
#include <sstream>

namespace {

const std::string kSample = AZIMUTH_SAMPLES "/ha-web-app.azimuth";
const std::string kHostile = AZIMUTH_TEST_DATA "/export-gui/hostile.azimuth";

/// Width and height from a PNG's IHDR chunk.
std::pair<unsigned, unsigned> pngSize(const std::string& png)
{
    auto be32 = [&](size_t at) {
        const auto* b = reinterpret_cast<const unsigned char*>(png.data() + at);
        return (unsigned(b[0]) << 24) | (unsigned(b[1]) << 16) | (unsigned(b[2]) << 8) | b[3];
    };
    return {be32(16), be32(20)};
}

} // namespace

TEST(RenderCommand, WritesAPngThatScales)
{
    const std::string dir = scratchDir();
    auto one = runAzimuth({"render", kSample, "-o", dir + "/one.png"});
    ASSERT_EQ(one.status, 0) << one.err;
    EXPECT_TRUE(one.out.empty());
    auto two = runAzimuth({"render", kSample, "-o", dir + "/two.png", "--scale", "2"});
    ASSERT_EQ(two.status, 0) << two.err;
    const std::string a = readFile(dir + "/one.png"), b = readFile(dir + "/two.png");
    ASSERT_GT(a.size(), 24u);
    ASSERT_EQ(a.substr(0, 8), "\x89PNG\r\n\x1a\n");
    const auto [w1, h1] = pngSize(a);
    const auto [w2, h2] = pngSize(b);
    EXPECT_GT(w1, 600u);
    EXPECT_NEAR(double(w2), 2.0 * w1, 2.0);
    EXPECT_NEAR(double(h2), 2.0 * h1, 2.0);
}

TEST(RenderCommand, WritesSvgAndPdfByExtension)
{
    const std::string dir = scratchDir();
    auto svg = runAzimuth({"render", kHostile, "-o", dir + "/d.svg", "--theme", "dark"});
    ASSERT_EQ(svg.status, 0) << svg.err;
    const std::string text = readFile(dir + "/d.svg");
    EXPECT_NE(text.find("<svg"), std::string::npos);
    EXPECT_NE(text.find("&lt;script&gt;"), std::string::npos);
    EXPECT_EQ(text.find("<script"), std::string::npos);
    auto pdf = runAzimuth({"render", kSample, "-o", dir + "/d.pdf"});
    ASSERT_EQ(pdf.status, 0) << pdf.err;
    EXPECT_EQ(readFile(dir + "/d.pdf").substr(0, 5), "%PDF-");
}

TEST(RenderCommand, WritesADrawioDiagramAtTheRenderedLayout)
{
    const std::string dir = scratchDir();
    auto r = runAzimuth({"render", kHostile, "-o", dir + "/d.drawio"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_TRUE(r.out.empty());
    const std::string xml = readFile(dir + "/d.drawio");
    boost::property_tree::ptree tree;
    std::istringstream in(xml);
    ASSERT_NO_THROW(boost::property_tree::read_xml(in, tree));
    const azimuth::model::Design design = azimuth::model::readDesignFile(kHostile);
    size_t vertices = 0, edges = 0;
    for (const auto& [name, cell] : tree.get_child("mxfile.diagram.mxGraphModel.root")) {
        vertices += cell.get<std::string>("<xmlattr>.vertex", "") == "1";
        edges += cell.get<std::string>("<xmlattr>.edge", "") == "1";
    }
    EXPECT_EQ(vertices, design.components().size());
    EXPECT_EQ(edges, design.connections().size());
    // Its page is named after the design's title. (The geometry is the rendered layout,
    // measured with the canvas's fonts; DrawioDiagramTest checks the writer against one.)
    EXPECT_EQ(tree.get<std::string>("mxfile.diagram.<xmlattr>.name"), *design.title);
    EXPECT_EQ(xml.find("<script"), std::string::npos);
}

TEST(RenderCommand, RefusesBadArgumentsInOneLine)
{
    const std::string dir = scratchDir();
    auto ext = runAzimuth({"render", kSample, "-o", dir + "/d.gif"});
    EXPECT_EQ(ext.status, 2);
    EXPECT_NE(ext.err.find(".png, .svg, .pdf or .drawio"), std::string::npos) << ext.err;
    auto scale = runAzimuth({"render", kSample, "-o", dir + "/d.png", "--scale", "zero"});
    EXPECT_EQ(scale.status, 2);
    EXPECT_NE(scale.err.find("--scale"), std::string::npos) << scale.err;
    auto theme = runAzimuth({"render", kSample, "-o", dir + "/d.png", "--theme", "neon"});
    EXPECT_EQ(theme.status, 2);
    EXPECT_NE(theme.err.find("neon"), std::string::npos) << theme.err;
    auto missing = runAzimuth({"render", kSample});
    EXPECT_EQ(missing.status, 2);
    EXPECT_NE(missing.err.find("-o"), std::string::npos) << missing.err;
    auto nofile = runAzimuth({"render", dir + "/nope.azimuth", "-o", dir + "/d.png"});
    EXPECT_EQ(nofile.status, 2);
    EXPECT_NE(nofile.err.find("nope.azimuth"), std::string::npos) << nofile.err;
    EXPECT_TRUE(readFile(dir + "/d.png").empty()); // nothing written on a refusal
}

TEST(ReportCommand, WritesEachFormat)
{
    const std::string dir = scratchDir();
    for (const char* ext : {"html", "pdf", "csv", "json"}) {
        const std::string out = dir + "/r." + ext;
        auto r = runAzimuth({"report", kHostile, "-o", out});
        ASSERT_EQ(r.status, 0) << ext << ": " << r.err;
        EXPECT_FALSE(readFile(out).empty()) << ext;
    }
    const std::string html = readFile(dir + "/r.html");
    EXPECT_NE(html.find("<!DOCTYPE html>"), std::string::npos);
    EXPECT_EQ(html.find("<script"), std::string::npos);
    EXPECT_EQ(readFile(dir + "/r.csv").rfind("id,kind,name,item,quantity,unit,rate,monthly\r\n", 0),
              0u);
    EXPECT_NE(readFile(dir + "/r.csv").find("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""),
              std::string::npos);
    EXPECT_NE(readFile(dir + "/r.json").find("\"findings\""), std::string::npos);
    EXPECT_EQ(readFile(dir + "/r.pdf").substr(0, 5), "%PDF-");
}

TEST(ReportCommand, WritesAnExcelWorkbook)
{
    // Its contents are checked with openpyxl by tests/export/workbook/check-workbook.py.
    const std::string dir = scratchDir();
    auto r = runAzimuth({"report", kHostile, "-o", dir + "/r.xlsx"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_TRUE(r.out.empty());
    const std::string xlsx = readFile(dir + "/r.xlsx");
    ASSERT_GT(xlsx.size(), 4u);
    EXPECT_EQ(xlsx.substr(0, 4), std::string("PK\x03\x04", 4)); // a zip, as .xlsx files are
    for (const char* part : {"xl/workbook.xml", "xl/worksheets/sheet4.xml", "xl/styles.xml"})
        EXPECT_NE(xlsx.find(part), std::string::npos) << part;
    EXPECT_EQ(xlsx.find("xl/worksheets/sheet5.xml"), std::string::npos); // no Transfer sheet
}

TEST(ReportCommand, CsvMatchesCostCsv)
{
    const std::string dir = scratchDir();
    auto r = runAzimuth({"report", kSample, "-o", dir + "/r.csv"});
    ASSERT_EQ(r.status, 0) << r.err;
    auto cost = runAzimuth({"cost", kSample, "--format", "csv"});
    ASSERT_EQ(cost.status, 0) << cost.err;
    EXPECT_EQ(readFile(dir + "/r.csv"), cost.out);
}

TEST(ReportCommand, RefusesAnUnknownFormat)
{
    const std::string dir = scratchDir();
    auto r = runAzimuth({"report", kSample, "-o", dir + "/r.docx"});
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.err.find(".html, .pdf, .csv, .json or .xlsx"), std::string::npos) << r.err;
}

namespace {

/// A design whose one Region is `w` x `h` scene units.
std::string designOfSize(int w, int h)
{
    return R"({ "format": "azimuth", "version": 1, "components": [
  { "id": "use1", "kind": "region", "props": { "code": "us-east-1" },
    "geometry": { "x": 0, "y": 0, "w": )" +
           std::to_string(w) + R"(, "h": )" + std::to_string(h) + R"( } } ] })";
}

} // namespace

TEST(RenderCommand, LowersTheScaleOfAPngPastTheRasterLimitsAndSaysSo)
{
    const std::string dir = scratchDir();
    // The sample at 16x is past 16,384 px wide: it is made smaller, not refused.
    auto big = runAzimuth({"render", kSample, "-o", dir + "/big.png", "--scale", "16"});
    ASSERT_EQ(big.status, 0) << big.err;
    const std::string said = "azimuth render: " + dir + "/big.png: scaled to ";
    const size_t at = big.err.find(said);
    ASSERT_NE(at, std::string::npos) << big.err;
    const double scale = std::atof(big.err.c_str() + at + said.size());
    EXPECT_GT(scale, 1);
    EXPECT_LT(scale, 16);
    EXPECT_NE(big.err.find("to stay under 16384 px a side and 100 MP; use SVG or PDF for full "
                           "size"),
              std::string::npos)
        << big.err;
    const auto [w, h] = pngSize(readFile(dir + "/big.png"));
    EXPECT_LE(w, 16384u);
    EXPECT_LE(h, 16384u);
    EXPECT_LE(double(w) * h, 100e6);
    // ... and not shrunk far below them: one of them is nearly reached.
    EXPECT_TRUE(std::max(w, h) > 15000 || double(w) * h > 90e6) << w << " x " << h;
    // At 1x nothing is said.
    auto small = runAzimuth({"render", kSample, "-o", dir + "/small.png"});
    ASSERT_EQ(small.status, 0) << small.err;
    EXPECT_EQ(small.err.find("scaled"), std::string::npos) << small.err;
}

TEST(RenderCommand, AWideDesignIsCappedOnItsLongSide)
{
    const std::string dir = scratchDir();
    writeFile(dir + "/wide.azimuth", designOfSize(40000, 300));
    auto wide = runAzimuth({"render", dir + "/wide.azimuth", "-o", dir + "/wide.png"});
    ASSERT_EQ(wide.status, 0) << wide.err;
    EXPECT_NE(wide.err.find("scaled to 0.4"), std::string::npos) << wide.err;
    const auto [w, h] = pngSize(readFile(dir + "/wide.png"));
    EXPECT_LE(w, 16384u);
    EXPECT_GT(w, 16000u);
    EXPECT_LT(h, 200u);
}

TEST(RenderCommand, RefusesAPngThatWouldBeUnreadablySmallAndPointsToVectorFormats)
{
    const std::string dir = scratchDir();
    writeFile(dir + "/huge.azimuth", designOfSize(4000000, 4000000));
    writeFile(dir + "/huge.png", "keep me");
    auto huge = runAzimuth({"render", dir + "/huge.azimuth", "-o", dir + "/huge.png"});
    EXPECT_EQ(huge.status, 2);
    EXPECT_NE(huge.err.find("azimuth render: " + dir +
                            "/huge.png: the diagram is too large for "
                            "a PNG"),
              std::string::npos)
        << huge.err;
    EXPECT_NE(huge.err.find("use SVG or PDF"), std::string::npos) << huge.err;
    EXPECT_EQ(readFile(dir + "/huge.png"), "keep me");
    // The same design as SVG is written whole.
    auto svg = runAzimuth({"render", dir + "/huge.azimuth", "-o", dir + "/huge.svg"});
    ASSERT_EQ(svg.status, 0) << svg.err;
    EXPECT_NE(readFile(dir + "/huge.svg").find("<svg"), std::string::npos);
}

TEST(RenderCommand, KeepsPdfPagesWithinTheTwoHundredInchLimit)
{
    const std::string dir = scratchDir();
    writeFile(dir + "/wide.azimuth", designOfSize(40000, 300));
    auto pdf = runAzimuth({"render", dir + "/wide.azimuth", "-o", dir + "/wide.pdf"});
    ASSERT_EQ(pdf.status, 0) << pdf.err;
    EXPECT_NE(pdf.err.find("to fit the 200-inch pages PDF readers support"), std::string::npos)
        << pdf.err;
    const std::string text = readFile(dir + "/wide.pdf");
    // The page's MediaBox is at most 14,400 points wide.
    const size_t box = text.find("/MediaBox [");
    ASSERT_NE(box, std::string::npos);
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    ASSERT_EQ(std::sscanf(text.c_str() + box, "/MediaBox [%lf %lf %lf %lf", &x0, &y0, &x1, &y1), 4);
    EXPECT_LE(x1 - x0, 14400.5);
    EXPECT_GT(x1 - x0, 14000);
    // A sample fits as it is: no note.
    auto fits = runAzimuth({"render", kSample, "-o", dir + "/fits.pdf"});
    ASSERT_EQ(fits.status, 0);
    EXPECT_EQ(fits.err.find("scaled"), std::string::npos) << fits.err;
}
