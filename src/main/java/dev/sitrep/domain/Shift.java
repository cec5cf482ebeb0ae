package dev.sitrep.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
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

    /// A shift starting at `now` with `staffId` as its lead and first member.
    public static Shift startedBy(UUID incidentId, UUID staffId, Instant now) {
        return new Shift(UUID.randomUUID(), incidentId, now, null, staffId, "",
                List.of(new Member(staffId, now, null)));
    }

    /// The shift a handover covers by default: the one running (the latest started, if several), else the
    /// latest started.
    public static Optional<Shift> latest(Collection<Shift> shifts) {
        Comparator<Shift> byStart = Comparator.comparing(Shift::start);
        return shifts.stream().filter(Shift::isRunning).max(byStart)
                .or(() -> shifts.stream().max(byStart));
    }

    /// The time this shift covers: to its end, or to `now` while it runs.
    public TimeWindow window(Instant now) {
        Instant until = end != null ? end : now;
        return new TimeWindow(start, until.isAfter(start) ? until : start.plusSeconds(60));
    }

    public boolean isRunning() {
        return end == null;
    }

    /// Whether `staffId` is on this shift now: joined and not yet left.
    public boolean isOn(UUID staffId) {
        return isRunning() && members.stream().anyMatch(member -> member.staffId().equals(staffId)
                && member.leftAt() == null);
    }

    /// This shift with `staffId` joining it at `now`; unchanged if they are on it already.
    public Shift join(UUID staffId, Instant now) {
        if (isOn(staffId)) {
            return this;
        }
        List<Member> joined = new ArrayList<>(members);
        joined.add(new Member(staffId, now, null));
        return new Shift(id, incidentId, start, end, leadId, handoverNotes, joined);
    }

    /// This shift with `staffId` leaving it at `now`. When the last person leaves, the shift ends.
    public Shift leave(UUID staffId, Instant now) {
        List<Member> left = members.stream()
                .map(member -> member.staffId().equals(staffId) && member.leftAt() == null
                        ? new Member(staffId, member.joinedAt(), now) : member)
                .toList();
        boolean empty = left.stream().allMatch(member -> member.leftAt() != null);
        return new Shift(id, incidentId, start, empty ? now : end, leadId, handoverNotes, left);
    }

    /// One person's time on a shift; `leftAt` is `null` while they are still on.
    public record Member(UUID staffId, Instant joinedAt, Instant leftAt) {
        public Member {
            Objects.requireNonNull(staffId, "staffId");
            Objects.requireNonNull(joinedAt, "joinedAt");
        }
    }
}
