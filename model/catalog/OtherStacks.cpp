#include "OtherStacks.h"

namespace azimuth::model {

const Json* otherStackName(const Design& design, const ComponentId& id)
{
    const Json* cfn = design.extra.find("cloudformation");
    const Json* imports = cfn && cfn->isObject() ? cfn->find("imports") : nullptr;
    return imports && imports->isObject() ? imports->find(id.value) : nullptr;
}

} // namespace azimuth::model
