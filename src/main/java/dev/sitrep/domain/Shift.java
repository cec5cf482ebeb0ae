package dev.sitrep.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/// A shift of the war room: who led it, who was on it and what they handed over.
///
/// @param end     when it ended, `null` while it runs
/// @param members who was on shift and when each joined and left
public record Shift(UUID id, UUID incidentId, Instant start, Instant end, UUID leadId, String handoverNotes,
                    List<Member> members) {

    public Shift {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(incidentId, "incidentId");
        Objects.requireNonNull(start, "start");
        handoverNotes = Text.orEmpty(handoverNotes);
        members = List.copyOf(members);
    }

    /// One person's time on a shift; `leftAt` is `null` while they are still on.
    public record Member(UUID staffId, Instant joinedAt, Instant leftAt) {
        public Member {
            Objects.requireNonNull(staffId, "staffId");
            Objects.requireNonNull(joinedAt, "joinedAt");
        }
    }
}
