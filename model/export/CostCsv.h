#pragma once
// The cost bill as CSV (cli.md `cost --format csv`): shared by `azimuth cost` and the
// exported reports so both write the same thing.

#include "model/cost/CostEngine.h"

#include <string>

namespace azimuth::model {

/// One CSV cell (RFC 4180) that no spreadsheet reads as a formula (OWASP CSV
/// injection): a leading = + - @ tab or CR gets a ' in front; quoted when it holds a
/// separator, a quote or a line break.
std::string csvCell(std::string text);

/// Header `id,kind,name,item,quantity,unit,rate,monthly` and one CRLF-ended row per
/// cost line, components' then connections' (kind `connection`, named by their ends); an
/// unknown rate or monthly is an empty cell.
std::string costToCsv(const DesignCost& cost);

} // namespace azimuth::model
