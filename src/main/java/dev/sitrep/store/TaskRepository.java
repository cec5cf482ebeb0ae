package dev.sitrep.store;

import dev.sitrep.domain.IncidentTask;
import dev.sitrep.domain.Operator;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/// Tasks of an incident.
public final class TaskRepository {

    /// The incident's tasks, oldest first.
    public List<IncidentTask> forIncident(UUID incidentId) {
        throw new UnsupportedOperationException();
    }

    public Optional<IncidentTask> find(UUID id) {
        throw new UnsupportedOperationException();
    }

    /// Inserts or updates by id, journaled.
    public void save(IncidentTask task, Operator by) {
        throw new UnsupportedOperationException();
    }
}
