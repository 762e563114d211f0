// The inspector reads the price catalog chosen in Settings, not the built-in one: its
// instance types and their prices follow the catalog in use, and switch back with it.

#include "GuiHarness.h"
#include "views/analysis/AnalysisService.h"
#include "views/inspector/InstanceTypeCombo.h"

#include <QStandardItemModel>
#include <gtest/gtest.h>

using namespace azimuth;
using guitest::windowWith;

namespace {

const char* kFleet = R"({
  "format": "azimuth", "version": 1,
  "components": [
    { "id": "r1", "kind": "region", "props": { "code": "us-east-1" } },
    { "id": "az-a", "kind": "availability-zone", "parent": "r1" },
    { "id": "f1", "kind": "ec2-fleet", "parent": "az-a", "props": { "instanceType": "m5.large" } }
  ]
})";

/// The instance types the combo offers (its selectable rows), by type name.
QStringList offered(const views::InstanceTypeCombo& combo)
{
    QStringList out;
    for (int i = 0; i < combo.count(); ++i)
        if (combo.model()->flags(combo.model()->index(i, 0)) & Qt::ItemIsEnabled)
            out << combo.itemData(i, Qt::UserRole + 1).toString();
    return out;
}

} // namespace

TEST(CatalogInUse, TheInstanceTypesFollowThePriceCatalogChosenInSettings)
{
    auto w = windowWith(kFleet);
    w->scene()->selectComponents({model::ComponentId{"f1"}});
    auto combo = [&] {
        return qobject_cast<views::InstanceTypeCombo*>(w->inspector()->editor("instanceType"));
    };
    ASSERT_NE(combo(), nullptr);
    const QStringList builtin = offered(*combo());
    EXPECT_TRUE(builtin.contains("m5.large"));
    EXPECT_GT(builtin.size(), 10);

    // small-prices.json prices one type in us-east-1, at $0.01 an hour.
    const QString small = QStringLiteral(AZIMUTH_TEST_DATA "/cost/small-prices.json");
    ASSERT_TRUE(w->analysis()->setPriceCatalogFile(small).isEmpty());
    ASSERT_NE(combo(), nullptr);
    EXPECT_EQ(offered(*combo()), (QStringList{"t3.micro", "m5.large"}))
        << "the user's one type, and the current one the catalog does not price";
    const int micro = combo()->findData(QStringLiteral("t3.micro"), Qt::UserRole + 1);
    ASSERT_GE(micro, 0);
    EXPECT_NE(combo()->itemText(micro).indexOf("$0.01/h"), -1)
        << combo()->itemText(micro).toStdString();
    const int current = combo()->findData(QStringLiteral("m5.large"), Qt::UserRole + 1);
    EXPECT_NE(combo()->itemText(current).indexOf("not priced in us-east-1"), -1);
    EXPECT_EQ(combo()->typeName(), "m5.large");

    w->analysis()->useBuiltinPriceCatalog();
    ASSERT_NE(combo(), nullptr);
    EXPECT_EQ(offered(*combo()), builtin);
}
