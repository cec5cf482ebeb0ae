package dev.sitrep.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/// Another customer's work that slips because the incident took priority.
///
/// @param toldAt when the customer was told, or `null` while they have not been
public record DeferredWork(UUID id, UUID incidentId, UUID customerId, String what, Instant originalDue,
                           Instant revisedDue, Instant toldAt, String toldBy) {

    public DeferredWork {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(incidentId, "incidentId");
        Objects.requireNonNull(customerId, "customerId");
        what = Text.orEmpty(what);
        Objects.requireNonNull(originalDue, "originalDue");
        toldBy = Text.orEmpty(toldBy);
    }

    public boolean isTold() {
        return toldAt != null;
    }
}
