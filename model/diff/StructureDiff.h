#pragma once
// The structure section of a diff (diff.md): which components and connections were
// added, removed or changed, and how OLD's connections pair with NEW's.

#include "DesignDiff.h"

#include <vector>

namespace azimuth::model {

/// A connection of OLD and its counterpart in NEW; either is null when it has none.
struct ConnectionPair
{
    const Connection* before = nullptr;
    const Connection* after = nullptr;
};

/// Pairs connections by id where both files gave one, then the rest by (from, to) in file
/// order. Every connection of both designs appears in exactly one pair.
std::vector<ConnectionPair> pairConnections(const Design& before, const Design& after);

/// What differs between two versions of a component; canvas geometry is not a change.
std::vector<FieldChange> componentChanges(const Component& before, const Component& after,
                                          const KindCatalog& catalog);

/// What differs between two versions of a connection.
std::vector<FieldChange> connectionChanges(const Connection& before, const Connection& after);

/// An ItemChange naming a component or connection, with no fields.
ItemChange componentItem(const Component& c, ItemChangeKind change);
ItemChange connectionItem(const Design& design, const Connection& c, ItemChangeKind change);

/// Every component and connection added, removed or changed, by kind then id
/// (connections last).
std::vector<ItemChange> diffStructure(const Design& before, const Design& after,
                                      const std::vector<ConnectionPair>& pairs,
                                      const KindCatalog& catalog);

} // namespace azimuth::model
