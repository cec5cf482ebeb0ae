package dev.sitrep.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/// A stored status-update text: a subject and a body with `{placeholders}` that [StatusMessage] fills from
/// the live incident for one customer.
///
/// @param name      what the operator picks it by; unique ignoring case
/// @param updatedAt when it was last changed (for the shipped templates: when they were written)
public record MessageTemplate(UUID id, String name, String subject, String body, Instant updatedAt) {

    /// The longest name, subject and body the database keeps.
    public static final int NAME_LENGTH = 100;
    public static final int SUBJECT_LENGTH = 500;
    public static final int BODY_LENGTH = 20_000;

    public MessageTemplate {
        Objects.requireNonNull(id, "id");
        name = Text.orEmpty(name);
        subject = Text.orEmpty(subject);
        body = Text.orEmpty(body);
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
