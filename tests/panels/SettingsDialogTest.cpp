#include "views/analysis/SettingsDialog.h"

#include "PanelsSupport.h"
#include "app/commands/SetSettingsCommand.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace azimuth;
using paneltest::LiveDocument;

TEST(SettingsDialog, RefusesABadCatalogFileSayingWhereItIsWrong)
{
    views::SettingsDialog dialog(model::Settings{}, QString());
    EXPECT_TRUE(dialog.builtinChoice()->isChecked());
    dialog.fileChoice()->setChecked(true);
    const QString bad = QString::fromStdString(paneltest::testData("cost/bad-prices.json"));
    dialog.catalogPathEdit()->setText(bad);
    dialog.show();
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.isVisible());
    // FILE:LINE:COL: message
    EXPECT_TRUE(dialog.catalogError().startsWith(bad + ":")) << dialog.catalogError().toStdString();
    EXPECT_TRUE(dialog.catalogError().contains(QRegularExpression(":\\d+:\\d+: ")))
        << dialog.catalogError().toStdString();

    const QString good = QString::fromStdString(paneltest::testData("cost/small-prices.json"));
    dialog.catalogPathEdit()->setText(good);
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.catalogPath(), good);
}

TEST(SettingsDialog, ReturnsOnlyWhatTheUserChanged)
{
    model::Settings start;
    start.hoursPerMonth = 730;
    views::SettingsDialog dialog(start, QString());
    EXPECT_EQ(dialog.settings(), start);
    dialog.discountEdit()->setValue(12.5);
    dialog.freeTierEdit()->setChecked(true);
    dialog.termEdit()->setValue(12);
    const model::Settings s = dialog.settings();
    EXPECT_EQ(s.discountPercent, 12.5);
    EXPECT_EQ(s.freeTier, true);
    EXPECT_EQ(s.termMonths, 12.0);
    EXPECT_EQ(s.hoursPerMonth, 730.0);
    EXPECT_FALSE(s.currency.has_value());
    EXPECT_TRUE(dialog.catalogPath().isEmpty());
}

TEST(SetSettingsCommand, ChangesTheCostAndUndoPutsItBack)
{
    LiveDocument doc(paneltest::testData("rules/textbook-ha.azimuth"));
    const model::Settings before = doc.controller.design().settings;
    const double monthly = doc.service->cost()->cost.monthly;
    model::Settings after = before;
    after.discountPercent = 50;
    after.termMonths = 12;

    QUndoStack stack;
    stack.push(new app::SetSettingsCommand(doc.controller, after));
    EXPECT_EQ(doc.controller.design().settings, after);
    doc.service->recomputeNow();
    EXPECT_LT(doc.service->cost()->cost.monthly, monthly * 0.6);
    EXPECT_EQ(doc.service->cost()->overTime.asDrawn.size(), 12u);

    stack.undo();
    EXPECT_EQ(doc.controller.design().settings, before);
    doc.service->recomputeNow();
    EXPECT_DOUBLE_EQ(doc.service->cost()->cost.monthly, monthly);
    EXPECT_EQ(doc.service->cost()->overTime.asDrawn.size(), 36u);
}
