// The analysis worker's copy of the design follows the live one through patches: after
// any mix of edits (property, name, geometry, reparent, add, remove, undo of a removal,
// connections, settings) the patched copy equals the live design, and the findings the
// worker's checker reaches from it equal a full check of the live design.

#include "model/controller/DesignChanges.h"
#include "model/controller/DocumentController.h"
#include "model/cost/PriceCatalog.h"
#include "model/io/DesignReader.h"
#include "model/rules/IncrementalChecker.h"
#include "model/rules/RulesEngine.h"

#include <gtest/gtest.h>

using namespace azimuth;

namespace {

struct Mirrored
{
    model::DocumentController controller;
    model::DesignChanges changes;
    model::Design copy;
    model::IncrementalChecker checker{model::PriceCatalog::builtin()};

    explicit Mirrored(const std::string& path)
    {
        controller.reset(model::readDesignFile(path));
        controller.addObserver(&changes);
        sync();
    }
    ~Mirrored() { controller.removeObserver(&changes); }

    /// Takes a patch, applies it to the copy and tells the checker; returns the patch's
    /// size in components and connections carried (the whole design counts as -1).
    int sync()
    {
        model::DesignPatch patch = changes.take(controller.design());
        const int carried =
            patch.whole ? -1 : static_cast<int>(patch.components.size() + patch.connections.size());
        patch.applyTo(copy);
        if (patch.recheckAll) checker.invalidate();
        for (const auto& id : patch.changedComponents)
            checker.componentChanged(id);
        for (const auto& id : patch.changedConnections)
            checker.connectionChanged(id);
        return carried;
    }

    void expectInStep()
    {
        EXPECT_EQ(copy, controller.design());
        EXPECT_EQ(checker.update(copy),
                  model::checkDesign(controller.design(), model::PriceCatalog::builtin()));
    }
};

std::string sample(const std::string& name)
{
    return std::string(AZIMUTH_SAMPLES) + "/" + name;
}

const model::ComponentId kWeb{"web"}, kDb{"db"}, kAlb{"alb"}, kUse1{"use1"};

} // namespace

TEST(DesignMirror, APropertyEditCarriesOnlyTheEditedComponent)
{
    Mirrored m(sample("ha-web-app.azimuth"));
    m.expectInStep();
    ASSERT_TRUE(m.controller.setProperty(kWeb, "desired", model::Json(6)));
    ASSERT_TRUE(m.controller.setProperty(kWeb, "instanceType", model::Json("m5.large")));
    ASSERT_TRUE(m.controller.setProperty(kDb, "multiAz", model::Json(false)));
    EXPECT_EQ(m.sync(), 2);
    m.expectInStep();
    EXPECT_EQ(m.sync(), 0); // nothing changed since
    m.expectInStep();
}

TEST(DesignMirror, NamesGeometryAndConnectionLabelsFollow)
{
    Mirrored m(sample("ha-web-app.azimuth"));
    ASSERT_TRUE(m.controller.setName(kDb, std::string("Orders DB")));
    ASSERT_TRUE(m.controller.setGeometry(kAlb, model::Geometry{10, 20, 300, 90}));
    const model::ConnectionId first = m.controller.design().connections().front().id;
    ASSERT_TRUE(m.controller.setConnectionLabel(first, std::string("HTTPS")));
    m.sync();
    m.expectInStep();
}

TEST(DesignMirror, RemovalsAndTheirUndoLandInFileOrder)
{
    Mirrored m(sample("ha-web-app.azimuth"));
    // Removing a zone also removes what is in it and edits the zones lists naming it.
    model::RemovalSnapshot removed = m.controller.removeComponents({model::ComponentId{"az-b"}});
    m.sync();
    m.expectInStep();
    m.controller.restore(removed);
    m.sync();
    m.expectInStep();

    // Both in one patch, with an edit in between.
    removed = m.controller.removeComponents({kDb, kAlb});
    ASSERT_TRUE(m.controller.setProperty(kWeb, "desired", model::Json(5)));
    m.controller.restore(removed);
    m.sync();
    m.expectInStep();
}

TEST(DesignMirror, AddsConnectionsReparentsAndSettingsFollow)
{
    Mirrored m(sample("ha-web-app.azimuth"));
    model::Component queue;
    queue.id = model::ComponentId{"jobs"};
    queue.kind = "sqs-queue";
    queue.parent = kUse1;
    ASSERT_TRUE(m.controller.addComponent(queue, 2));
    model::Component bucket;
    bucket.id = model::ComponentId{"assets"};
    bucket.kind = "s3-bucket";
    bucket.parent = kUse1;
    ASSERT_TRUE(m.controller.addComponent(bucket, 0));
    model::Component batch;
    batch.id = model::ComponentId{"batch"};
    batch.kind = "ec2-fleet";
    batch.parent = model::ComponentId{"az-a"};
    ASSERT_TRUE(m.controller.addComponent(batch));
    model::Connection link;
    link.from = kWeb;
    link.to = queue.id;
    ASSERT_TRUE(m.controller.addConnection(link, 0));
    m.sync();
    m.expectInStep();

    // A move to the other zone, and the design's settings and title.
    ASSERT_TRUE(m.controller.reparent(batch.id, model::ComponentId{"az-b"}, std::nullopt));
    model::Settings settings = m.controller.design().settings;
    settings.discountPercent = 10;
    m.controller.setSettings(settings);
    m.controller.setTitle(std::string("Renamed"));
    m.sync();
    m.expectInStep();

    // Added and removed before the worker saw it: nothing of it reaches the copy.
    model::Component scratch;
    scratch.id = model::ComponentId{"scratch"};
    scratch.kind = "sqs-queue";
    scratch.parent = kUse1;
    ASSERT_TRUE(m.controller.addComponent(scratch));
    m.controller.removeComponents({scratch.id});
    m.controller.removeConnections({m.controller.design().connections().front().id});
    m.sync();
    m.expectInStep();
}

TEST(DesignMirror, OpeningAFileSendsTheWholeDesign)
{
    Mirrored m(sample("ha-web-app.azimuth"));
    m.controller.reset(model::readDesignFile(sample("fragile.azimuth")));
    EXPECT_EQ(m.sync(), -1);
    m.expectInStep();
}
