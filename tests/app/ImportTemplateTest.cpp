// File > Import CloudFormation…: a template opens as a new, unsaved design with the
// components the command line makes, and a template that cannot be used changes nothing.

#include "GuiHarness.h"
#include "app/document/DocumentSession.h"
#include "app/document/TemplateImport.h"
#include "app/window/ImportReportDock.h"
#include "views/import/ImportReportPanel.h"

#include <QAction>
#include <QMenuBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <gtest/gtest.h>

using namespace azimuth;
using guitest::windowWith;

namespace {

const QString kVpc = QStringLiteral(AZIMUTH_TEST_DATA "/import/widdix/vpc_vpc-2azs.yaml");

} // namespace

TEST(ImportTemplate, TheFileMenuImportsATemplateAsANewUnsavedDesign)
{
    auto w = windowWith(R"({ "format": "azimuth", "version": 1, "title": "Before",
        "components": [ { "id": "r", "kind": "region" } ] })");
    QAction* action = w->menuBar()->findChild<QAction*>("import-cloudformation");
    ASSERT_NE(action, nullptr);
    EXPECT_EQ(action->text(), QStringLiteral("&Import CloudFormation…"));

    QString error;
    const auto report = app::importTemplate(w->session(), kVpc, "eu-west-1", error);
    ASSERT_TRUE(report) << error.toStdString();
    EXPECT_EQ(report->mapped, 6);
    EXPECT_EQ(report->folded, 30);
    const model::Design& d = w->controller().design();
    ASSERT_NE(d.component(model::ComponentId("SubnetBPrivate")), nullptr);
    EXPECT_EQ(d.component(model::ComponentId("SubnetBPrivate"))->parent.value, "VPC-eu-west-1b");
    EXPECT_EQ(d.component(model::ComponentId("eu-west-1"))->kind, "region");
    // New and unsaved: no file, and the canvas draws what was imported.
    EXPECT_TRUE(w->session().filePath().isEmpty());
    QApplication::processEvents();
    EXPECT_NE(guitest::item(*w, "SubnetAPublic"), nullptr);
}

TEST(ImportTemplate, ATemplateThatCannotBeUsedSaysWhereAndKeepsTheDesign)
{
    auto w = windowWith(R"({ "format": "azimuth", "version": 1, "title": "Keep me",
        "components": [ { "id": "r", "kind": "region" } ] })");
    QTemporaryDir dir;
    const QString path = dir.filePath("broken.yaml");
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        QTextStream(&f) << "Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n  Bad: [\n";
    }
    const std::string before = guitest::text(*w);
    QString error;
    EXPECT_FALSE(app::importTemplate(w->session(), path, "us-east-1", error));
    EXPECT_TRUE(error.startsWith(path + ":")) << error.toStdString();
    EXPECT_EQ(guitest::text(*w), before);
    EXPECT_FALSE(app::importTemplate(w->session(), kVpc, "mars-north-9", error));
    EXPECT_TRUE(error.contains("not a region Azimuth knows")) << error.toStdString();
    EXPECT_EQ(guitest::text(*w), before);
}

TEST(ImportTemplate, TheReportIsShownInADockTheUserDismisses)
{
    auto w = windowWith(R"({ "format": "azimuth", "version": 1, "title": "Before",
        "components": [ { "id": "r", "kind": "region" } ] })");
    w->show();
    app::ImportReportDock* dock = w->importReportDock();
    ASSERT_NE(dock, nullptr);
    EXPECT_FALSE(dock->isVisible()) << "no report before an import";

    QTemporaryDir dir;
    const QString path = dir.filePath("shop.yaml");
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        QTextStream(&f)
            << "Description: Shop\n"
               "Parameters:\n  Size: {Type: String, Default: t3.small}\n"
               "  Env: {Type: String}\n"
               "Conditions:\n  IsProd: !Equals [!Ref Env, prod]\n"
               "Resources:\n"
               "  Web: {Type: AWS::EC2::Instance, Properties: {InstanceType: !Ref Size}}\n"
               "  Extra: {Type: AWS::SQS::Queue, Condition: IsProd}\n"
               "  Doc: {Type: AWS::SSM::Document, Properties: {Content: {}}}\n";
    }
    QString error;
    const auto report = app::importTemplate(w->session(), path, "us-east-1", error);
    ASSERT_TRUE(report) << error.toStdString();
    dock->showReport(*report);
    QApplication::processEvents();
    EXPECT_TRUE(dock->isVisible());
    EXPECT_EQ(w->controller().design().title, std::optional<std::string>("Shop"));
    const views::ImportReportPanel* panel = dock->panel();
    EXPECT_EQ(panel->lines("Unmapped"), QStringList{"Doc (AWS::SSM::Document)"});
    EXPECT_EQ(panel->lines("Left out"), QStringList{"Extra (condition IsProd is false)"});
    EXPECT_TRUE(panel->lines("Notes").contains("Web: instance type from parameter Size "
                                               "(default t3.small)"))
        << panel->lines("Notes").join('\n').toStdString();

    // Dismiss hides it; opening another design would too.
    QPushButton* dismiss = nullptr;
    for (QPushButton* b : panel->findChildren<QPushButton*>())
        if (b->text() == "Dismiss") dismiss = b;
    ASSERT_NE(dismiss, nullptr);
    QTest::mouseClick(dismiss, Qt::LeftButton);
    EXPECT_FALSE(dock->isVisible());
    dock->showReport(*report);
    EXPECT_TRUE(dock->isVisible());
    w->session().startFrom(model::Design{}, "a new design");
    QApplication::processEvents();
    EXPECT_FALSE(dock->isVisible()) << "the report is about the design it made";
}
