// An Elastic Beanstalk environment: free itself; what it provisions is drawn inside it.

#include "model/import/ImportScope.h"
#include "model/kinds/KindUnit.h"
#include "model/kinds/SummaryWords.h"

namespace azimuth::model::kinds {

namespace {

std::string summary(const KindCatalog& catalog, const Component& c)
{
    const SummaryProps p{catalog, c};
    return capitalized(p.s("platform"));
}

// The CloudFormation import (docs/import.md).
constexpr std::string_view kImportTypes[] = {"AWS::ElasticBeanstalk::Environment"};
constexpr std::string_view kImportFolds[] = {"AWS::ElasticBeanstalk::Application",
                                             "AWS::ElasticBeanstalk::ApplicationVersion",
                                             "AWS::ElasticBeanstalk::ConfigurationTemplate"};

} // namespace

extern const KindUnit ElasticBeanstalkEnvironment;
const KindUnit ElasticBeanstalkEnvironment{"elastic-beanstalk-environment",
                                           summary,
                                           nullptr,
                                           {},
                                           {.types = kImportTypes, .folds = kImportFolds}};

} // namespace azimuth::model::kinds
