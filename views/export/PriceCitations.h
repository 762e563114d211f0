#pragma once
// The price catalog's sources as a report cites them: a numbered list a client can
// follow, AWS's own pages first, each with its title, link, date and grade, never the
// catalog's internal source ids.

#include "model/cost/PriceCatalog.h"

#include <string>
#include <vector>

namespace azimuth::views {

/// The sources in citation order: those on an AWS site (aws.amazon.com and its
/// subdomains) first, then others with a link, then those without; catalog order within.
std::vector<const model::PriceSource*> citationOrder(const model::PriceCatalog& prices);

/// The citations as an HTML ordered list (also read by Qt's rich text, for the PDF).
std::string priceCitationsHtml(const model::PriceCatalog& prices);

} // namespace azimuth::views
