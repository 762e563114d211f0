#pragma once
// The thin bridge from the model's observer calls to Qt signals, so widgets can
// connect to document changes without the model knowing Qt.

#include "model/controller/DocumentController.h"

#include <QObject>
#include <QString>
#include <memory>

namespace azimuth::views {

class ModelSignals : public QObject
{
    Q_OBJECT
  public:
    explicit ModelSignals(model::DocumentController& controller, QObject* parent = nullptr);
    ~ModelSignals() override;

    model::DocumentController& controller() const { return m_controller; }

  signals:
    void componentAdded(const QString& id);
    void componentRemoved(const QString& id);
    void componentChanged(const QString& id);
    void componentReparented(const QString& id, const QString& oldParent);
    void connectionAdded(const QString& id);
    void connectionRemoved(const QString& id);
    void connectionChanged(const QString& id);
    void designChanged();
    void designReset();
    /// Any change at all: for debounced analysis.
    void anyChange();

  private:
    class Relay;
    model::DocumentController& m_controller;
    std::unique_ptr<Relay> m_relay;
};

} // namespace azimuth::views
