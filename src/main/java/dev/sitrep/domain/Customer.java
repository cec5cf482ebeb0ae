package dev.sitrep.domain;

import java.util.Objects;
import java.util.UUID;

/// A customer of the service provider. Names are unique.
public record Customer(UUID id, String name, SlaTier slaTier, String tam, Contact primaryContact, String notes) {

    public Customer {
        Objects.requireNonNull(id, "id");
        name = Text.orEmpty(name);
        slaTier = Objects.requireNonNullElse(slaTier, SlaTier.STANDARD);
        tam = Text.orEmpty(tam);
        primaryContact = Objects.requireNonNullElse(primaryContact, Contact.NONE);
        notes = Text.orEmpty(notes);
    }
}
