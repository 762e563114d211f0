// A 1,000-component design opens, lays out and drags without stalling.

#include "GuiHarness.h"

#include <QElapsedTimer>
#include <QStatusBar>
#include <gtest/gtest.h>
#include <iostream>

using namespace azimuth;

namespace {

/// Four regions of two zones, each zone with fleets, each region with queues; a chain
/// of connections between neighbours. 1,000 components in all.
std::string bigDesign()
{
    std::string s = R"({ "format": "azimuth", "version": 1, "components": [)";
    int n = 0;
    auto add = [&](const std::string& json) { s += (n++ ? ",\n" : "\n") + json; };
    std::vector<std::string> fleets;
    for (int r = 0; r < 4; ++r) {
        const std::string rid = "r" + std::to_string(r);
        add(R"({ "id": ")" + rid + R"(", "kind": "region" })");
        for (int z = 0; z < 2; ++z) {
            const std::string zid = rid + "-az" + std::to_string(z);
            add(R"({ "id": ")" + zid + R"(", "kind": "availability-zone", "parent": ")" + rid +
                R"(" })");
            for (int f = 0; f < 100; ++f) {
                const std::string fid = zid + "-f" + std::to_string(f);
                fleets.push_back(fid);
                add(R"({ "id": ")" + fid + R"(", "kind": "ec2-fleet", "parent": ")" + zid +
                    R"(" })");
            }
        }
        for (int q = 0; q < 47; ++q)
            add(R"({ "id": ")" + rid + "-q" + std::to_string(q) +
                R"(", "kind": "sqs-queue", "parent": ")" + rid + R"(" })");
    }
    s += "\n], \"connections\": [";
    for (size_t i = 0; i + 1 < fleets.size(); i += 2)
        s += std::string(i ? "," : "") + R"({ "from": ")" + fleets[i] + R"(", "to": ")" +
             fleets[i + 1] + R"(" })";
    s += "] }";
    EXPECT_EQ(n, 1000);
    return s;
}

} // namespace

TEST(Performance, OpeningAndDraggingInAThousandComponentDesignStaysSmooth)
{
    const std::string json = bigDesign();
    auto w = guitest::windowWith("");
    QElapsedTimer timer;
    timer.start();
    w->controller().reset(model::readDesign(json, "big.azimuth"));
    w->scene()->ensureLayout();
    const qint64 openMs = timer.elapsed();
    ASSERT_EQ(w->scene()->componentItemCount(), 1000u);

    views::ComponentItem* it = guitest::item(*w, "r0-az0-f0");
    ASSERT_NE(it, nullptr);
    w->view()->resetZoom();
    const QPointF from(it->box().center().x(), it->box().top() + 24);
    w->view()->centerOn(from);
    QApplication::processEvents();
    guitest::mouse(*w, QEvent::MouseButtonPress, from, Qt::LeftButton);
    const int steps = 40;
    timer.restart();
    for (int i = 1; i <= steps; ++i) {
        guitest::mouse(*w, QEvent::MouseMove, from + QPointF(2 * i, i), Qt::LeftButton);
        // Paint as a user would see it, so the step includes the repaint.
        w->view()->viewport()->repaint();
    }
    const double stepMs = static_cast<double>(timer.nsecsElapsed()) / 1e6 / steps;
    timer.restart();
    guitest::mouse(*w, QEvent::MouseButtonRelease, from + QPointF(2 * steps, steps), Qt::NoButton);
    w->scene()->ensureLayout();
    const qint64 releaseMs = timer.elapsed();
    std::cout << "[ measure  ] open+layout " << openMs << " ms; drag step " << stepMs
              << " ms; release (one move command, relayout) " << releaseMs << " ms\n";
    RecordProperty("dragStepMicros", static_cast<int>(stepMs * 1000));
    EXPECT_EQ(w->undoStack()->count(), 1) << w->statusBar()->currentMessage().toStdString();
}
