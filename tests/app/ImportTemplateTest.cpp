// File > Import CloudFormation…: a template opens as a new, unsaved design with the
// components the command line makes, and a template that cannot be used changes nothing.

#include "GuiHarness.h"
#include "app/document/DocumentSession.h"
#include "app/document/TemplateImport.h"

#include <QAction>
#include <QMenuBar>
#include <QTemporaryDir>
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
    EXPECT_TRUE(report->contains("6 mapped, 30 folded")) << report->toStdString();
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
