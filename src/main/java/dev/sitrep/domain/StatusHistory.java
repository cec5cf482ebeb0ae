package dev.sitrep.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/// Where each device of an incident stood at an earlier moment, worked back from where it stands now
/// through the journal: a status change after that moment is undone to its `from`, and a device added to
/// the incident after it was not part of it yet.
///
/// The journal holds every change, so the picture at any moment of the incident can be rebuilt without
/// storing snapshots of it.
public final class StatusHistory {

    private StatusHistory() {
    }

    /// Each device's status at `moment`, by device id; devices added to the incident after it are absent.
    ///
    /// @param now     the incident's impacts as they stand now
    /// @param journal the incident's journal entries, at least all those after `moment`; entries of other
    ///                kinds, and impact entries this version cannot read, are passed over
    public static Map<UUID, DeviceStatus> at(Instant moment, Collection<Impact> now, Collection<JournalEntry> journal) {
        Map<UUID, DeviceStatus> statuses = new HashMap<>();
        now.forEach(impact -> statuses.put(impact.deviceId(), impact.status()));
        List<JournalEntry> newestFirst = journal.stream()
                .filter(entry -> entry.entity() == EntityType.IMPACT && entry.at().isAfter(moment))
                .sorted(Comparator.comparing(JournalEntry::at).thenComparingLong(JournalEntry::seq).reversed())
                .toList();
        for (JournalEntry entry : newestFirst) {
            deviceOf(entry).ifPresent(device -> undo(entry, device, statuses));
        }
        return statuses;
    }

    /// The counts of [#at], for totals.
    public static StatusTotals totalsAt(Instant moment, Collection<Impact> now, Collection<JournalEntry> journal) {
        return StatusTotals.ofStatuses(at(moment, now, journal).values());
    }

    private static void undo(JournalEntry entry, UUID device, Map<UUID, DeviceStatus> statuses) {
        switch (entry.action()) {
            case CREATED -> statuses.remove(device);
            case STATUS_CHANGED -> WireEnum.parse(DeviceStatus.class, entry.detail("from"))
                    .ifPresent(from -> statuses.put(device, from));
            default -> {
                // assignments and notes leave the status as it was
            }
        }
    }

    /// The device of an impact entry, whose entity id reads `incidentId/deviceId`.
    static Optional<UUID> deviceOf(JournalEntry entry) {
        String id = entry.entityId();
        int slash = id.indexOf('/');
        try {
            return Optional.of(UUID.fromString(slash < 0 ? id : id.substring(slash + 1)));
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }
}
