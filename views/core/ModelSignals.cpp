#include "ModelSignals.h"

namespace azimuth::views {

namespace {
QString q(const std::string& s)
{
    return QString::fromStdString(s);
}
} // namespace

/// Receives the controller's calls and re-emits them as the owner's signals.
class ModelSignals::Relay : public model::DocumentObserver
{
  public:
    explicit Relay(ModelSignals& s) : m_s(s) {}

    void componentAdded(const model::ComponentId& id) override
    {
        emit m_s.componentAdded(q(id.value));
        emit m_s.anyChange();
    }
    void componentRemoved(const model::ComponentId& id) override
    {
        emit m_s.componentRemoved(q(id.value));
        emit m_s.anyChange();
    }
    void componentChanged(const model::ComponentId& id) override
    {
        emit m_s.componentChanged(q(id.value));
        emit m_s.anyChange();
    }
    void componentReparented(const model::ComponentId& id, const model::ComponentId& old) override
    {
        emit m_s.componentReparented(q(id.value), q(old.value));
        emit m_s.anyChange();
    }
    void connectionAdded(const model::ConnectionId& id) override
    {
        emit m_s.connectionAdded(q(id.value));
        emit m_s.anyChange();
    }
    void connectionRemoved(const model::ConnectionId& id) override
    {
        emit m_s.connectionRemoved(q(id.value));
        emit m_s.anyChange();
    }
    void connectionChanged(const model::ConnectionId& id) override
    {
        emit m_s.connectionChanged(q(id.value));
        emit m_s.anyChange();
    }
    void designChanged() override
    {
        emit m_s.designChanged();
        emit m_s.anyChange();
    }
    void designReset() override
    {
        emit m_s.designReset();
        emit m_s.anyChange();
    }

  private:
    ModelSignals& m_s;
};

ModelSignals::ModelSignals(model::DocumentController& controller, QObject* parent)
    : QObject(parent), m_controller(controller), m_relay(std::make_unique<Relay>(*this))
{
    m_controller.addObserver(m_relay.get());
}

ModelSignals::~ModelSignals()
{
    m_controller.removeObserver(m_relay.get());
}

} // namespace azimuth::views
