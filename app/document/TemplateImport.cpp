#include "TemplateImport.h"

#include "DocumentSession.h"
#include "model/cost/PriceCatalog.h"
#include "model/import/TemplateImporter.h"
#include "model/import/TemplateText.h"
#include "model/io/LoadError.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QSettings>
#include <QStringList>

namespace azimuth::app {

std::optional<model::ImportReport> importTemplate(DocumentSession& session, const QString& path,
                                                  const QString& region, QString& error)
{
    error.clear();
    model::ImportResult result;
    try {
        model::ImportOptions options = model::importOptionsFor(region.toStdString());
        const model::TemplateLimits limits;
        const std::string text =
            model::readFileText(path.toStdString(), limits.maxBytes, "template");
        result = model::importTemplateText(text, path.toStdString(), options);
    } catch (const std::exception& e) {
        error = QString::fromStdString(e.what());
        return std::nullopt;
    }
    model::ImportReport report = std::move(result.report);
    if (!session.startFrom(
            std::move(result.design),
            QObject::tr("the CloudFormation template %1").arg(QFileInfo(path).fileName())))
        return std::nullopt;
    return report;
}

std::optional<model::ImportReport> importTemplateWithDialogs(DocumentSession& session,
                                                             QWidget* parent)
{
    const QString path = QFileDialog::getOpenFileName(
        parent, QObject::tr("Import CloudFormation template"), QString(),
        QObject::tr("CloudFormation templates (*.json *.yaml *.yml *.template);;All files (*)"));
    if (path.isEmpty()) return std::nullopt;
    QStringList regions;
    for (const std::string& code : model::PriceCatalog::builtin().regionCodes())
        regions << QString::fromStdString(code);
    QSettings settings;
    const int last = regions.indexOf(settings.value("import/region", "us-east-1").toString());
    bool ok = false;
    const QString region = QInputDialog::getItem(
        parent, QObject::tr("Import CloudFormation template"),
        QObject::tr("Region the template is deployed to (it names the Availability Zones):"),
        regions, std::max(0, last), false, &ok);
    if (!ok) return std::nullopt;
    settings.setValue("import/region", region);
    QString error;
    std::optional<model::ImportReport> report = importTemplate(session, path, region, error);
    if (!report && !error.isEmpty())
        QMessageBox::warning(parent, QObject::tr("Cannot import template"), error);
    return report;
}

} // namespace azimuth::app
