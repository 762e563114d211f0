#pragma once
// Copy and paste as design JSON, so a selection travels between windows (and to a text
// editor) as a small .azimuth document.

#include "model/controller/DocumentController.h"

#include <string>
#include <vector>

namespace azimuth::app {

/// The MIME type of a copied selection.
inline constexpr const char* kDesignMime = "application/x-azimuth-design";

/// The selected components with everything inside them and the connections among them,
/// as an .azimuth document. Each copied root remembers its parent under "copiedFrom".
std::string copyDesignText(const model::Design& design, const model::KindCatalog& catalog,
                           const std::vector<model::ComponentId>& selection);

/// What a paste adds: components (parents first) and connections, with ids fresh for
/// `target`, roots placed under `into` when it may hold them, else their old parent.
struct PastePlan
{
    std::vector<model::Component> components;
    std::vector<model::Connection> connections;
};

/// Reads clipboard text; throws model::LoadError when it is not a design.
PastePlan planPaste(const std::string& text, const model::DocumentController& target,
                    const model::ComponentId& into, double offset);

} // namespace azimuth::app
