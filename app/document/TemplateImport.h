#pragma once
// File > Import CloudFormation… (import.md): a template becomes a new, unsaved design, as
// `azimuth import` makes it, and the import's report is shown.

#include <QString>
#include <optional>

class QWidget;

namespace azimuth::app {

class DocumentSession;

/// Imports a template into the session as a new, unsaved design (after asking to save the
/// current one). Returns the report's text; nullopt when the template cannot be used (with
/// `error` saying what and where) or the user kept the current design (`error` empty).
std::optional<QString> importTemplate(DocumentSession& session, const QString& path,
                                      const QString& region, QString& error);

/// Asks for a template and its region, imports it and shows the report.
void importTemplateWithDialogs(DocumentSession& session, QWidget* parent);

} // namespace azimuth::app
