// An Elastic Beanstalk environment: free itself; what it provisions is drawn inside it.

#include "model/kinds/KindUnit.h"
#include "model/kinds/SummaryWords.h"

namespace azimuth::model::kinds {

namespace {

std::string summary(const KindCatalog& catalog, const Component& c)
{
    const SummaryProps p{catalog, c};
    return capitalized(p.s("platform"));
}

} // namespace

extern const KindUnit ElasticBeanstalkEnvironment;
const KindUnit ElasticBeanstalkEnvironment{"elastic-beanstalk-environment", summary, nullptr};

} // namespace azimuth::model::kinds
