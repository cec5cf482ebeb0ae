package dev.sitrep.domain;

import java.util.Objects;
import java.util.UUID;

/// A member of the provider's staff: commander, engineer, TAM or manager.
public record Staff(UUID id, String name, StaffRole role, String phone, String skills) {

    public Staff {
        Objects.requireNonNull(id, "id");
        name = Text.orEmpty(name);
        role = Objects.requireNonNullElse(role, StaffRole.ENGINEER);
        phone = Text.orEmpty(phone);
        skills = Text.orEmpty(skills);
    }
}
