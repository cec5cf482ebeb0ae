package dev.sitrep.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/// A piece of work in an incident. Named so to keep clear of `javafx.concurrent.Task`.
///
/// @param assigneeId    the staff member on it, or `null`
/// @param blockedReason why it is blocked; empty unless the status is blocked
/// @param eta           when it is expected to be done, or `null`
/// @param downtime      the planned downtime it needs, or `null`
public record IncidentTask(UUID id, UUID incidentId, String title, String detail, Scope scope, UUID assigneeId,
                           TaskStatus status, String blockedReason, Priority priority, Instant eta,
                           TimeWindow downtime, Instant createdAt, Instant updatedAt) {

    public IncidentTask {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(incidentId, "incidentId");
        title = Text.orEmpty(title);
        detail = Text.orEmpty(detail);
        scope = Objects.requireNonNullElse(scope, Scope.NONE);
        status = Objects.requireNonNullElse(status, TaskStatus.TODO);
        blockedReason = status == TaskStatus.BLOCKED ? Text.orEmpty(blockedReason) : "";
        priority = Objects.requireNonNullElse(priority, Priority.P2);
        Objects.requireNonNull(createdAt, "createdAt");
        updatedAt = Objects.requireNonNullElse(updatedAt, createdAt);
    }

    public boolean isOpen() {
        return status != TaskStatus.DONE;
    }
}
