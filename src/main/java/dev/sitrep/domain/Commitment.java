package dev.sitrep.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/// Something promised to a customer by a time: an ETA they were given.
///
/// @param taskId the task that delivers it, or `null`
public record Commitment(UUID id, UUID incidentId, UUID customerId, String what, Instant dueAt, UUID taskId,
                         CommitmentState state, Instant createdAt) {

    public Commitment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(incidentId, "incidentId");
        Objects.requireNonNull(customerId, "customerId");
        what = Text.orEmpty(what);
        Objects.requireNonNull(dueAt, "dueAt");
        state = Objects.requireNonNullElse(state, CommitmentState.OPEN);
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
