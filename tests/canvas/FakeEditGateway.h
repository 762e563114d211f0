#pragma once
// An edit gateway that records what the scene asks for and answers as told: applied
// (and then applies it to the controller directly, as the real one would through its
// commands) or refused with a given sentence.

#include "model/controller/DocumentController.h"
#include "views/core/EditGateway.h"

#include <string>
#include <vector>

namespace azimuth::canvastest {

struct AddRequest
{
    std::string kind;
    model::ComponentId parent;
    model::Geometry geometry;
    std::optional<std::vector<std::string>> zones;
};

class FakeEditGateway : public views::EditGateway
{
  public:
    explicit FakeEditGateway(model::DocumentController& controller) : m_controller(controller) {}

    /// When set, every request is refused with this sentence and nothing changes.
    std::optional<std::string> refuseWith;

    std::vector<AddRequest> adds;
    std::vector<std::vector<views::MoveRequest>> moves;
    std::vector<std::pair<model::ComponentId, model::ComponentId>> connects;

    model::EditResult addComponent(const std::string& kind, const model::ComponentId& parent,
                                   const model::Geometry& geometry,
                                   std::optional<std::vector<std::string>> zones) override
    {
        adds.push_back({kind, parent, geometry, zones});
        if (refuseWith) return model::EditResult::refused(*refuseWith);
        model::Component c;
        c.id = m_controller.design().nextComponentId(kind);
        c.kind = kind;
        c.parent = parent;
        c.geometry = geometry;
        return m_controller.addComponent(std::move(c));
    }

    model::EditResult moveComponents(const std::vector<views::MoveRequest>& requests) override
    {
        moves.push_back(requests);
        if (refuseWith) return model::EditResult::refused(*refuseWith);
        for (const auto& m : requests)
            if (auto result = m_controller.reparent(m.id, m.parent, m.geometry); !result)
                return result;
        return model::EditResult::applied();
    }

    model::EditResult addConnection(const model::ComponentId& from,
                                    const model::ComponentId& to) override
    {
        connects.emplace_back(from, to);
        if (refuseWith) return model::EditResult::refused(*refuseWith);
        model::Connection c;
        c.from = from;
        c.to = to;
        return m_controller.addConnection(std::move(c));
    }

    model::EditResult setProperty(const model::ComponentId& id, const std::string& name,
                                  model::Json value) override
    {
        if (refuseWith) return model::EditResult::refused(*refuseWith);
        return m_controller.setProperty(id, name, std::move(value));
    }

    model::EditResult setConnectionProps(const model::ConnectionId& id, model::Json props) override
    {
        if (refuseWith) return model::EditResult::refused(*refuseWith);
        return m_controller.setConnectionProps(id, std::move(props));
    }

    model::EditResult setConnectionLabel(const model::ConnectionId& id,
                                         std::optional<std::string> label) override
    {
        if (refuseWith) return model::EditResult::refused(*refuseWith);
        return m_controller.setConnectionLabel(id, std::move(label));
    }

    model::EditResult setConnectionMode(const model::ConnectionId& id,
                                        std::optional<std::string> mode) override
    {
        if (refuseWith) return model::EditResult::refused(*refuseWith);
        return m_controller.setConnectionMode(id, std::move(mode));
    }

    model::EditResult rename(const model::ComponentId& id, const std::string& name) override
    {
        if (refuseWith) return model::EditResult::refused(*refuseWith);
        return m_controller.setName(id, name);
    }

    void remove(const std::vector<model::ComponentId>& components,
                const std::vector<model::ConnectionId>& connections) override
    {
        removed.insert(removed.end(), components.begin(), components.end());
        m_controller.removeConnections(connections);
        m_controller.removeComponents(components);
    }

    std::vector<model::ComponentId> removed;

  private:
    model::DocumentController& m_controller;
};

} // namespace azimuth::canvastest
