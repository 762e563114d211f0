// `azimuth render --findings`: the findings' dots are drawn only when asked.

#include "CliRunner.h"

#include <gtest/gtest.h>
#include <string>

namespace {

const std::string kFragile = AZIMUTH_SAMPLES "/fragile.azimuth";

/// How many times a finding dot's colour (error, warning, info) fills a shape.
size_t dots(const std::string& svg)
{
    size_t n = 0;
    for (const char* colour : {"fill=\"#d13212\"", "fill=\"#f89256\"", "fill=\"#0073bb\""})
        for (size_t at = svg.find(colour); at != std::string::npos; at = svg.find(colour, at + 1))
            ++n;
    return n;
}

} // namespace

TEST(RenderFindings, TheDotsAreDrawnOnlyWithFindings)
{
    const std::string dir = scratchDir();
    auto plain = runAzimuth({"render", kFragile, "-o", dir + "/plain.svg"});
    ASSERT_EQ(plain.status, 0) << plain.err;
    auto marked = runAzimuth({"render", kFragile, "--findings", "-o", dir + "/marked.svg"});
    ASSERT_EQ(marked.status, 0) << marked.err;
    EXPECT_TRUE(marked.out.empty());
    EXPECT_EQ(dots(readFile(dir + "/plain.svg")), 0u);
    // fragile.azimuth has findings on several components: a dot for each.
    EXPECT_GE(dots(readFile(dir + "/marked.svg")), 2u);

    // PNG and PDF take it too, and the PNG differs with the dots.
    auto png = runAzimuth({"render", kFragile, "-o", dir + "/plain.png"});
    auto pngMarked = runAzimuth({"render", kFragile, "--findings", "-o", dir + "/marked.png"});
    ASSERT_EQ(png.status, 0) << png.err;
    ASSERT_EQ(pngMarked.status, 0) << pngMarked.err;
    EXPECT_NE(readFile(dir + "/plain.png"), readFile(dir + "/marked.png"));
    auto pdf = runAzimuth({"render", kFragile, "--findings", "-o", dir + "/marked.pdf"});
    ASSERT_EQ(pdf.status, 0) << pdf.err;
}

TEST(RenderFindings, RefusesFindingsWithAValueOrOnADrawioFile)
{
    const std::string dir = scratchDir();
    auto valued = runAzimuth({"render", kFragile, "--findings=yes", "-o", dir + "/x.svg"});
    EXPECT_EQ(valued.status, 2);
    EXPECT_NE(valued.err.find("--findings takes no value"), std::string::npos) << valued.err;
    auto twice = runAzimuth({"render", kFragile, "--findings", "--findings", "-o", dir + "/x.svg"});
    EXPECT_EQ(twice.status, 2);
    EXPECT_NE(twice.err.find("given twice"), std::string::npos) << twice.err;
    auto drawio = runAzimuth({"render", kFragile, "--findings", "-o", dir + "/x.drawio"});
    EXPECT_EQ(drawio.status, 2);
    EXPECT_NE(drawio.err.find("draw.io"), std::string::npos) << drawio.err;
    // One line says it (the platform may add its own warnings).
    EXPECT_EQ(drawio.err.find("azimuth render:"), drawio.err.rfind("azimuth render:"));
}

TEST(RenderFindings, TheHelpMentionsFindings)
{
    auto help = runAzimuth({"--help"});
    ASSERT_EQ(help.status, 0);
    EXPECT_NE(help.out.find("[--findings]"), std::string::npos) << help.out;
}
