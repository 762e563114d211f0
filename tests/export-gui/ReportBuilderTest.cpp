// Reports in every format, read back with independent readers; hostile names survive
// each format escaped.

#include "views/export/ReportBuilder.h"

#include "ExportReaders.h"
#include "model/core/Json.h"
#include "model/cost/Money.h"
#include "model/cost/PriceCatalog.h"
#include "model/io/DesignReader.h"
#include "views/export/DesignScene.h"
#include "views/export/ReportFormat.h"

#include <algorithm>
#include <gtest/gtest.h>

using namespace azimuth;
using namespace exporttest;

namespace {

const char* kHostile[] = {"<script>alert(1)</script>", "=HYPERLINK(\"http://x\",\"y\")", "\"]]>",
                          "'quotes' & \"more\""};

struct Fixture
{
    explicit Fixture(const std::string& path)
        : holder(model::readDesignFile(path)), report(holder.scene(), prices, "design.azimuth")
    {
    }
    const model::PriceCatalog& prices = model::PriceCatalog::builtin();
    views::DesignScene holder;
    views::ReportBuilder report;
};

size_t count(const std::string& text, const std::string& what)
{
    size_t n = 0;
    for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
        ++n;
    return n;
}

} // namespace

TEST(ReportBuilder, HtmlIsSelfContainedAndHoldsTheTotal)
{
    Fixture f(AZIMUTH_SAMPLES "/ha-web-app.azimuth");
    const std::string html = f.report.html();
    ASSERT_GT(f.report.cost().monthly, 0);
    EXPECT_NE(html.find(model::formatMoney(f.report.cost().monthly)), std::string::npos);
    EXPECT_NE(html.find("<style>"), std::string::npos);
    // One file: no external stylesheet, script, image or font.
    for (const char* external : {"<link", "<script", "src=", "@import", "url("})
        EXPECT_EQ(html.find(external), std::string::npos) << external;
    // Diagram plus donut plus bars, all inline SVG, no XML prolog inside HTML.
    EXPECT_GE(count(html, "<svg"), 3u);
    EXPECT_EQ(html.find("<?xml"), std::string::npos);
    EXPECT_EQ(html.find("foreignObject"), std::string::npos);
    EXPECT_NE(html.find("Orders database"), std::string::npos);
    EXPECT_NE(html.find(f.prices.asOf()), std::string::npos);
    for (const auto& s : f.prices.sources())
        EXPECT_NE(html.find(views::escapeMarkup(s.title)), std::string::npos) << s.title;
}

TEST(ReportBuilder, HtmlListsFindingsWithHints)
{
    Fixture f(AZIMUTH_SAMPLES "/fragile.azimuth");
    ASSERT_FALSE(f.report.findings().empty());
    const std::string html = f.report.html();
    for (const auto& finding : f.report.findings()) {
        EXPECT_NE(html.find(views::escapeMarkup(finding.message)), std::string::npos)
            << finding.message;
        EXPECT_NE(html.find(views::escapeMarkup(finding.hint)), std::string::npos) << finding.hint;
    }
}

TEST(ReportBuilder, HtmlEscapesHostileNames)
{
    Fixture f(AZIMUTH_TEST_DATA "/export-gui/hostile.azimuth");
    const std::string html = f.report.html();
    EXPECT_EQ(html.find("<script"), std::string::npos);
    EXPECT_EQ(html.find("<b>"), std::string::npos);
    EXPECT_EQ(html.find("<i>HTTPS"), std::string::npos);
    EXPECT_NE(html.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
    EXPECT_NE(html.find("=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)"), std::string::npos);
    EXPECT_NE(html.find("&quot;]]&gt;"), std::string::npos);
    EXPECT_NE(html.find("&#39;quotes&#39; &amp; &quot;more&quot;"), std::string::npos);
}

TEST(ReportBuilder, CsvRoundTripsWithNoFormulaCell)
{
    Fixture f(AZIMUTH_TEST_DATA "/export-gui/hostile.azimuth");
    bool ok = false;
    const CsvRows rows = parseCsv(f.report.csv(), ok);
    ASSERT_TRUE(ok);
    ASSERT_FALSE(rows.empty());
    EXPECT_EQ(rows[0], (std::vector<std::string>{"id", "kind", "name", "item", "quantity", "unit",
                                                 "rate", "monthly"}));
    size_t lines = 0;
    for (const auto& c : f.report.cost().components)
        lines += c.lines.size();
    ASSERT_GT(lines, 2u);
    EXPECT_EQ(rows.size(), lines + 1);
    bool sawHyperlink = false, sawQuotes = false;
    for (size_t r = 1; r < rows.size(); ++r) {
        ASSERT_EQ(rows[r].size(), 8u) << "row " << r;
        for (const auto& cell : rows[r]) {
            if (!cell.empty()) {
                EXPECT_EQ(std::string("=+-@\t\r").find(cell[0]), std::string::npos) << cell;
            }
        }
        sawHyperlink = sawHyperlink || rows[r][2] == "'=HYPERLINK(\"http://x\",\"y\")";
        sawQuotes = sawQuotes || rows[r][2] == "'quotes' & \"more\"";
    }
    EXPECT_TRUE(sawHyperlink);
    EXPECT_TRUE(sawQuotes);
}

TEST(ReportBuilder, JsonIsTheCostJsonPlusFindings)
{
    Fixture f(AZIMUTH_TEST_DATA "/export-gui/hostile.azimuth");
    const model::Json json = model::parseJson(f.report.json());
    ASSERT_TRUE(json.isObject());
    EXPECT_DOUBLE_EQ(json.find("monthly")->asNumber(), f.report.cost().monthly);
    EXPECT_EQ(json.find("pricesAsOf")->asString(), f.report.cost().pricesAsOf);
    std::vector<std::string> names;
    for (const auto& c : json.find("components")->asArray())
        names.push_back(c.find("name")->asString());
    for (const char* hostile : {kHostile[1], kHostile[2], kHostile[3]})
        EXPECT_NE(std::find(names.begin(), names.end(), hostile), names.end()) << hostile;
    const model::Json* findings = json.find("findings");
    ASSERT_TRUE(findings && findings->isArray());
    ASSERT_EQ(findings->asArray().size(), f.report.findings().size());
    for (const auto& finding : findings->asArray()) {
        EXPECT_TRUE(finding.find("rule")->isString());
        EXPECT_TRUE(finding.find("severity")->isString());
        EXPECT_TRUE(finding.find("components")->isArray());
        EXPECT_TRUE(finding.find("hint")->isString());
    }
}

TEST(ReportBuilder, PdfHasPagesOfSelectableText)
{
    Fixture f(AZIMUTH_TEST_DATA "/export-gui/hostile.azimuth");
    const QByteArray pdf = f.report.pdf();
    ASSERT_TRUE(pdf.startsWith("%PDF-"));
    const std::string text = pdfText(pdf);
    ASSERT_FALSE(text.empty()) << "pdftotext could not read the report";
    EXPECT_GE(count(text, "\f"), 4u); // title, diagram, summary, lines and findings
    for (const char* heading : {"Cost summary", "Cost lines", "Findings", "Price sources"})
        EXPECT_NE(text.find(heading), std::string::npos) << heading;
    EXPECT_NE(text.find(model::formatMoney(f.report.cost().monthly)), std::string::npos);
    EXPECT_NE(text.find(f.prices.asOf()), std::string::npos);
    // PDF text is literal: the hostile names read back as typed.
    EXPECT_NE(text.find(kHostile[0]), std::string::npos);
    EXPECT_NE(text.find("=HYPERLINK(\"http://x\",\"y\")"), std::string::npos);
}
