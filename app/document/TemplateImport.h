#pragma once
// File > Import CloudFormation… (import.md): a template becomes a new, unsaved design, as
// `azimuth import` makes it, and the import's report is shown.

#include "model/import/ImportReport.h"

#include <QString>
#include <optional>

class QWidget;

namespace azimuth::app {

class DocumentSession;

/// Imports a template into the session as a new, unsaved design (after asking to save the
/// current one). Returns the report; nullopt when the template cannot be used (with
/// `error` saying what and where) or the user kept the current design (`error` empty).
std::optional<model::ImportReport> importTemplate(DocumentSession& session, const QString& path,
                                                  const QString& region, QString& error);

/// Asks for a template and its region and imports it; returns the report to show, or
/// nullopt when nothing was imported (a refused template is said in a message box).
std::optional<model::ImportReport> importTemplateWithDialogs(DocumentSession& session,
                                                             QWidget* parent);

} // namespace azimuth::app
