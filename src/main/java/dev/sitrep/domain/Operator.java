package dev.sitrep.domain;

import java.util.Objects;
import java.util.UUID;

/// The person signed in at a console: every journal entry names them.
public record Operator(UUID staffId, String name, StaffRole role) {

    public Operator {
        Objects.requireNonNull(staffId, "staffId");
        name = Text.orEmpty(name);
        if (name.isEmpty()) {
            throw new IllegalArgumentException("an operator needs a name");
        }
        Objects.requireNonNull(role, "role");
    }
}
