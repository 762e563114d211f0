#pragma once
// Whether a component keeps a standby in another zone, as its kind's `failover` says: a
// bool prop that is true (RDS `multiAz`), or `prop=value` for an enum prop that has that
// value (EFS `storageClass=standard`). The drill and the rules ask the same question.

#include "model/catalog/KindCatalog.h"

namespace azimuth::model {

/// True when the component's kind has `failover` and the component is set to have the
/// standby; false for kinds without `failover`.
bool hasStandby(const KindCatalog& catalog, const Component& c);

} // namespace azimuth::model
