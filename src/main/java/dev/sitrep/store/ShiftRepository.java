package dev.sitrep.store;

import dev.sitrep.domain.Shift;
import dev.sitrep.domain.Operator;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/// Shifts of an incident, with who was on them.
public final class ShiftRepository {

    /// The incident's shifts, oldest first.
    public List<Shift> forIncident(UUID incidentId) {
        throw new UnsupportedOperationException();
    }

    public Optional<Shift> find(UUID id) {
        throw new UnsupportedOperationException();
    }

    /// Inserts or updates by id, journaled.
    public void save(Shift shift, Operator by) {
        throw new UnsupportedOperationException();
    }
}
