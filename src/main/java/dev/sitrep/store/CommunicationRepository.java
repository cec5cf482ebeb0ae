package dev.sitrep.store;

import dev.sitrep.domain.Communication;
import dev.sitrep.domain.Operator;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/// Calls, e-mails, status updates and notes of an incident.
public final class CommunicationRepository {

    /// The incident's communications, oldest first.
    public List<Communication> forIncident(UUID incidentId) {
        throw new UnsupportedOperationException();
    }

    public Optional<Communication> find(UUID id) {
        throw new UnsupportedOperationException();
    }

    /// Inserts or updates by id, journaled.
    public void save(Communication communication, Operator by) {
        throw new UnsupportedOperationException();
    }
}
