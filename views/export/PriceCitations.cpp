#include "PriceCitations.h"

#include "ReportFormat.h"

#include <algorithm>

namespace azimuth::views {

namespace {

bool onAwsSite(const std::string& url)
{
    const auto start = url.find("://");
    if (start == std::string::npos) return false;
    std::string host = url.substr(start + 3);
    host = host.substr(0, host.find_first_of("/:?#"));
    const std::string aws = "aws.amazon.com";
    return host == aws ||
           (host.size() > aws.size() &&
            host.compare(host.size() - aws.size() - 1, std::string::npos, "." + aws) == 0);
}

int rank(const model::PriceSource& s)
{
    if (onAwsSite(s.url)) return 0;
    return s.url.empty() ? 2 : 1;
}

std::string gradeText(const std::string& grade)
{
    if (grade == "A") return "AWS's own page or data";
    if (grade == "B") return "generated from the AWS Price List";
    if (grade == "C") return "third party";
    if (grade == "derived") return "computed from the graded figures";
    return grade;
}

} // namespace

std::vector<const model::PriceSource*> citationOrder(const model::PriceCatalog& prices)
{
    std::vector<const model::PriceSource*> order;
    for (const auto& s : prices.sources())
        order.push_back(&s);
    std::stable_sort(order.begin(), order.end(),
                     [](const auto* a, const auto* b) { return rank(*a) < rank(*b); });
    return order;
}

std::string priceCitationsHtml(const model::PriceCatalog& prices)
{
    std::string h = "<ol class=\"citations\">";
    for (const model::PriceSource* s : citationOrder(prices)) {
        h += "<li><cite>" + escapeMarkup(s->title.empty() ? s->id : s->title) + "</cite>.";
        if (!s->url.empty())
            h += " <a href=\"" + escapeMarkup(s->url) + "\">" + escapeMarkup(s->url) + "</a>.";
        std::string about;
        if (!s->asOf.empty()) about = "As of " + s->asOf;
        if (!s->grade.empty()) about += (about.empty() ? "" : "; ") + gradeText(s->grade);
        if (!about.empty()) h += " " + escapeMarkup(about) + ".";
        h += "</li>";
    }
    return h + "</ol>";
}

} // namespace azimuth::views
