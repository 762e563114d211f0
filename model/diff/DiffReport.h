#pragma once
// A diff written out (diff.md): text for a terminal, markdown for a pull-request
// comment, JSON with every figure of the text. Each starts with the headline; sections
// with nothing in them are left out of text and markdown.

#include "DesignDiff.h"

#include <string>

namespace azimuth::model {

/// The headline, then one block per section.
std::string diffText(const DesignDiff& diff);
/// The headline, then a table per section, ready to post as a comment.
std::string diffMarkdown(const DesignDiff& diff);
/// Every figure of the text; all sections present (empty lists when nothing changed).
std::string diffJson(const std::string& oldFile, const std::string& newFile,
                     const DesignDiff& diff);

} // namespace azimuth::model
