// The report's price sources read as citations a client can follow: AWS's own pages
// first, each with its title and link, and none of the catalog's internal ids.

#include "views/export/PriceCitations.h"

#include "ExportReaders.h"
#include "model/cost/PriceCatalog.h"
#include "model/io/DesignReader.h"
#include "model/io/LoadError.h"
#include "views/export/DesignScene.h"
#include "views/export/ReportBuilder.h"

#include <gtest/gtest.h>

using namespace azimuth;
using namespace exporttest;

namespace {

const model::PriceCatalog& builtin()
{
    return model::PriceCatalog::builtin();
}

} // namespace

TEST(PriceCitations, AwsPagesComeFirstThenOtherLinksThenTheRest)
{
    const auto order = views::citationOrder(builtin());
    ASSERT_EQ(order.size(), builtin().sources().size());
    size_t aws = 0;
    while (aws < order.size() && order[aws]->url.find("aws.amazon.com/") != std::string::npos)
        ++aws;
    ASSERT_GE(aws, 4u) << "the ELB, S3, PrivateLink and general pricing pages";
    EXPECT_NE(order[0]->url.find("https://aws.amazon.com/"), std::string::npos);
    bool seenUnlinked = false;
    for (size_t i = aws; i < order.size(); ++i) {
        EXPECT_EQ(order[i]->url.find("aws.amazon.com"), std::string::npos) << order[i]->url;
        if (order[i]->url.empty())
            seenUnlinked = true;
        else
            EXPECT_FALSE(seenUnlinked) << order[i]->id << " comes after a source with no link";
    }
    // A look-alike host is not AWS's.
    const auto fake = model::PriceCatalog::fromJson(
        R"({"format":"azimuth-prices","version":1,"asOf":"2026-01-01","currency":"USD",
            "sources":[{"id":"x","title":"Other","url":"https://example.com/a"},
                       {"id":"y","title":"Fake","url":"https://notaws.amazon.com.evil.example/"},
                       {"id":"z","title":"EC2","url":"https://docs.aws.amazon.com/ec2/"}],
            "regions":{}})",
        "fake.json");
    const auto fakeOrder = views::citationOrder(fake);
    ASSERT_EQ(fakeOrder.size(), 3u);
    EXPECT_EQ(fakeOrder[0]->id, "z");
    EXPECT_EQ(fakeOrder[1]->id, "x");
    EXPECT_EQ(fakeOrder[2]->id, "y");
}

TEST(PriceCitations, HtmlAndPdfReportsCiteTitlesAndLinksNotIds)
{
    views::DesignScene holder(model::readDesignFile(AZIMUTH_SAMPLES "/ha-web-app.azimuth"));
    const views::ReportBuilder report(holder.scene(), builtin(), "ha-web-app.azimuth");
    const std::string html = report.html();
    const std::string list = views::priceCitationsHtml(builtin());
    EXPECT_NE(html.find(list), std::string::npos);
    EXPECT_NE(html.find("<a href=\"https://aws.amazon.com/elasticloadbalancing/pricing/\">"),
              std::string::npos);
    EXPECT_NE(html.find("<cite>Elastic Load Balancing pricing</cite>"), std::string::npos);
    // The first citation is an AWS page; no internal id is shown as a source.
    const auto first = html.find("<li><cite>", html.find("class=\"citations\""));
    ASSERT_NE(first, std::string::npos);
    EXPECT_LT(html.find("https://aws.amazon.com/", first), html.find("</li>", first));
    for (const auto& s : builtin().sources()) {
        bool inATitle = false; // "third-party" is a title's word too
        for (const auto& other : builtin().sources())
            inATitle = inATitle || other.title.find(s.id) != std::string::npos;
        if (s.id.find('-') != std::string::npos && !inATitle) { // ids like "elb-page"
            EXPECT_EQ(html.find(s.id), std::string::npos) << s.id;
        }
    }

    const std::string text = pdfText(report.pdf());
    ASSERT_FALSE(text.empty()) << "pdftotext could not read the report";
    const auto elb = text.find("https://aws.amazon.com/elasticloadbalancing/pricing/");
    const auto github = text.find("https://github.com/");
    ASSERT_NE(elb, std::string::npos);
    ASSERT_NE(github, std::string::npos);
    EXPECT_LT(elb, github) << "AWS pages come first";
    EXPECT_EQ(text.find("elb-page"), std::string::npos);
}

TEST(PriceCitations, ASourceLinkMustBeAWebAddress)
{
    try {
        model::PriceCatalog::fromJson(
            R"({"format":"azimuth-prices","version":1,"asOf":"2026-01-01","currency":"USD",
                "sources":[{"id":"x","title":"Local","url":"file:///etc/passwd"}],
                "regions":{}})",
            "bad.json");
        FAIL() << "a file: link was accepted";
    } catch (const model::LoadError& e) {
        EXPECT_NE(std::string(e.what()).find("bad.json:2:"), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("https://"), std::string::npos) << e.what();
    }
}
