package dev.sitrep.store;

import dev.sitrep.domain.Commitment;
import dev.sitrep.domain.Operator;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/// Promises made to customers in an incident.
public final class CommitmentRepository {

    /// The incident's commitments, oldest first.
    public List<Commitment> forIncident(UUID incidentId) {
        throw new UnsupportedOperationException();
    }

    public Optional<Commitment> find(UUID id) {
        throw new UnsupportedOperationException();
    }

    /// Inserts or updates by id, journaled.
    public void save(Commitment commitment, Operator by) {
        throw new UnsupportedOperationException();
    }
}
