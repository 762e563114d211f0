#pragma once

#include "model/core/Ids.h"

namespace azimuth::model {

/// Told by the DocumentController after each change it applies.
class DocumentObserver
{
  public:
    virtual ~DocumentObserver() = default;
    virtual void componentAdded(const ComponentId&) {}
    virtual void componentRemoved(const ComponentId&) {}
    virtual void componentChanged(const ComponentId&) {}
    virtual void componentReparented(const ComponentId& /*id*/, const ComponentId& /*oldParent*/) {}
    virtual void connectionAdded(const ConnectionId&) {}
    virtual void connectionRemoved(const ConnectionId&) {}
    virtual void connectionChanged(const ConnectionId&) {}
    /// Title or settings changed.
    virtual void designChanged() {}
    /// The whole design was replaced (a file was opened).
    virtual void designReset() {}
};

} // namespace azimuth::model
