package dev.sitrep.store;

import dev.sitrep.domain.DeferredWork;
import dev.sitrep.domain.Operator;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/// Other customers' work that slipped because of an incident.
public final class DeferredWorkRepository {

    /// The incident's deferred work, oldest first.
    public List<DeferredWork> forIncident(UUID incidentId) {
        throw new UnsupportedOperationException();
    }

    public Optional<DeferredWork> find(UUID id) {
        throw new UnsupportedOperationException();
    }

    /// Inserts or updates by id, journaled.
    public void save(DeferredWork deferredWork, Operator by) {
        throw new UnsupportedOperationException();
    }
}
