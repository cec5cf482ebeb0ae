package dev.sitrep.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/// A major incident: what the war room is open for.
///
/// @param code          human-readable key such as `INC-2026-0001`, unique
/// @param commanderId   the staff member in command, or `null` while nobody is
/// @param resolvedAt    when it was resolved, `null` while it is open
/// @param updateCadence how often every affected customer is owed a status update
public record Incident(UUID id, String code, String title, IncidentKind kind, Severity severity, Phase phase,
                       Instant declaredAt, Instant resolvedAt, UUID commanderId, String summary,
                       Duration updateCadence) {

    public Incident {
        Objects.requireNonNull(id, "id");
        code = Text.orEmpty(code);
        title = Text.orEmpty(title);
        kind = Objects.requireNonNullElse(kind, IncidentKind.OTHER);
        severity = Objects.requireNonNullElse(severity, Severity.SEV2);
        phase = Objects.requireNonNullElse(phase, Phase.IDENTIFIED);
        Objects.requireNonNull(declaredAt, "declaredAt");
        summary = Text.orEmpty(summary);
        Objects.requireNonNull(updateCadence, "updateCadence");
    }

    public boolean isOpen() {
        return !phase.isResolved();
    }

    /// How long the incident has run: until it was resolved, or until `now`.
    public Duration elapsed(Instant now) {
        return Duration.between(declaredAt, resolvedAt != null ? resolvedAt : now);
    }

    public Incident withPhase(Phase newPhase, Instant newResolvedAt) {
        return new Incident(id, code, title, kind, severity, newPhase, declaredAt, newResolvedAt, commanderId,
                summary, updateCadence);
    }
}
