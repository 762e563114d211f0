#include "RulesEngine.h"

#include "model/rules/RuleContext.h"
#include "model/rules/RuleRunner.h"

#include <numeric>

namespace azimuth::model {

std::vector<Finding> checkDesign(const Design& design, const PriceCatalog& prices,
                                 const KindCatalog& catalog)
{
    RuleContext ctx(design, prices, catalog);
    std::vector<uint32_t> all(ctx.size());
    std::iota(all.begin(), all.end(), 0u);
    return runRules(ctx, all).findings;
}

} // namespace azimuth::model
