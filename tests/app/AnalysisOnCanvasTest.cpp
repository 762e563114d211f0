// The analysis on the canvas: an edit that breaks a rule puts a badge on the component,
// undo takes it away; View > Show Costs labels components with their monthly cost.

#include "GuiHarness.h"
#include "app/window/UndoEditGateway.h"
#include "views/analysis/AnalysisService.h"
#include "views/analysis/CanvasAnnotations.h"

#include <QGraphicsItem>
#include <QGraphicsSimpleTextItem>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace azimuth;
using guitest::windowWith;

namespace {

const char* kTwoZoneGroup = R"({ "format": "azimuth", "version": 1,
  "components": [ { "id": "r1", "kind": "region" },
                  { "id": "az-a", "kind": "availability-zone", "parent": "r1" },
                  { "id": "az-b", "kind": "availability-zone", "parent": "r1" },
                  { "id": "web", "kind": "auto-scaling-group", "parent": "r1",
                    "props": { "zones": ["az-a", "az-b"], "pricing": "spot", "interruptible": true } } ] })";

} // namespace

TEST(AnalysisOnCanvas, ABrokenRuleBadgesTheComponentAndUndoRemovesIt)
{
    auto w = windowWith(kTwoZoneGroup);
    w->analysis()->recomputeNow();
    EXPECT_EQ(w->annotations()->badgeOf("web"), nullptr) << "no finding, no badge";

    // Spot on work that cannot be interrupted: a warning about "web".
    ASSERT_TRUE(
        w->gateway().setProperty(model::ComponentId{"web"}, "interruptible", model::Json(false)));
    w->analysis()->recomputeNow();
    QGraphicsItem* badge = w->annotations()->badgeOf("web");
    ASSERT_NE(badge, nullptr);
    EXPECT_TRUE(badge->toolTip().contains("Spot")) << badge->toolTip().toStdString();

    w->undoStack()->undo();
    w->analysis()->recomputeNow();
    EXPECT_EQ(w->annotations()->badgeOf("web"), nullptr);
    w->undoStack()->redo();
    w->analysis()->recomputeNow();
    EXPECT_NE(w->annotations()->badgeOf("web"), nullptr);
}

TEST(AnalysisOnCanvas, ShowCostsLabelsComponentsWithTheirMonthlyCost)
{
    auto w = windowWith(kTwoZoneGroup);
    w->analysis()->recomputeNow();
    auto costLabels = [&] {
        QStringList texts;
        for (QGraphicsItem* item : w->scene()->items())
            if (item->data(1).toString() == "cost")
                texts << static_cast<QGraphicsSimpleTextItem*>(item)->text();
        return texts;
    };
    EXPECT_TRUE(costLabels().isEmpty());
    w->annotations()->setShowCosts(true);
    const QStringList labels = costLabels();
    ASSERT_EQ(labels.size(), 1) << "only the group costs money";
    EXPECT_TRUE(labels.front().startsWith("$")) << labels.front().toStdString();
    EXPECT_TRUE(labels.front().endsWith("/mo")) << labels.front().toStdString();
    w->annotations()->setShowCosts(false);
    EXPECT_TRUE(costLabels().isEmpty());
}
