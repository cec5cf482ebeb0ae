package dev.sitrep.store;

import dev.sitrep.domain.Operator;
import dev.sitrep.domain.Staff;
import dev.sitrep.domain.StaffRole;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/// The provider's staff.
public final class StaffRepository {

    /// Everyone, by name.
    public List<Staff> all() {
        throw new UnsupportedOperationException();
    }

    public Optional<Staff> find(UUID id) {
        throw new UnsupportedOperationException();
    }

    /// Finds a member of staff by name, ignoring case.
    public Optional<Staff> findByName(String name) {
        throw new UnsupportedOperationException();
    }

    /// Inserts or updates by id, journaled.
    public void save(Staff staff, Operator by) {
        throw new UnsupportedOperationException();
    }

    /// Signs an operator in: finds the staff member by name (updating the role if it changed) or adds them,
    /// and journals the sign-in as done by that operator.
    public Operator signIn(String name, StaffRole role) {
        throw new UnsupportedOperationException();
    }
}
