package dev.sitrep.store;

import dev.sitrep.domain.EntityType;
import dev.sitrep.domain.JournalAction;
import dev.sitrep.domain.Operator;
import dev.sitrep.domain.Shift;
import dev.sitrep.store.Tables.ShiftMember;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import static dev.sitrep.store.StoreException.rejected;

/// Shifts of an incident, with who was on them.
public final class ShiftRepository {

    private final Transactions transactions;

    ShiftRepository(Transactions transactions) {
        this.transactions = transactions;
    }

    /// The incident's shifts, oldest first, each with its members in the order they joined.
    public List<Shift> forIncident(UUID incidentId) {
        return transactions.read(c -> {
            Map<UUID, List<Shift.Member>> members = Sql.list(c, "SELECT m.shift_id, m.staff_id, m.joined_at, "
                                    + "m.left_at FROM shift_member m JOIN shift s ON s.id = m.shift_id "
                                    + "WHERE s.incident_id = ? ORDER BY m.joined_at, m.staff_id",
                            Tables.SHIFT_MEMBER.mapper(), incidentId)
                    .stream()
                    .collect(Collectors.groupingBy(ShiftMember::shiftId,
                            Collectors.mapping(ShiftMember::member, Collectors.toList())));
            return Sql.list(c, Tables.SHIFT.select("WHERE incident_id = ? ORDER BY start_at, id"),
                            Tables.SHIFT.mapper(), incidentId)
                    .stream()
                    .map(shift -> withMembers(shift, members.getOrDefault(shift.id(), List.of())))
                    .toList();
        });
    }

    public Optional<Shift> find(UUID id) {
        return transactions.read(c -> load(c, id));
    }

    /// Inserts or updates by id, journaled.
    ///
    /// A new shift journals `SHIFT_STARTED` (and `SHIFT_ENDED` too if it is saved with an end). An update
    /// journals `SHIFT_ENDED` when it is newly ended and `UPDATED` (`fields`) for any other change,
    /// including who is on it; an unchanged shift writes nothing. Refuses unknown references.
    public void save(Shift shift, Operator by) {
        transactions.write(tx -> save(tx, shift, by));
    }

    /// Puts `staffId` on the incident's running shift now, or starts a shift they lead when none runs;
    /// returns the shift. Read and written in one transaction, so two consoles cannot lose each other's
    /// people.
    public Shift join(UUID incidentId, UUID staffId, Operator by) {
        return transactions.writeReturning(tx -> {
            Instant now = transactions.clock().instant();
            Shift joined = running(tx.connection(), incidentId)
                    .map(shift -> shift.join(staffId, now))
                    .orElseGet(() -> Shift.startedBy(incidentId, staffId, now));
            save(tx, joined, by);
            return joined;
        });
    }

    /// Takes `staffId` off the incident's running shift now; the shift ends when they were the last on it.
    /// Does nothing when they are not on it.
    public void leave(UUID incidentId, UUID staffId, Operator by) {
        transactions.write(tx -> {
            Optional<Shift> running = running(tx.connection(), incidentId);
            if (running.isPresent() && running.get().isOn(staffId)) {
                save(tx, running.get().leave(staffId, transactions.clock().instant()), by);
            }
        });
    }

    private static void save(WriteTx tx, Shift shift, Operator by) throws SQLException {
        Lookups.requireIncident(tx.connection(), shift.incidentId());
        String lead = Lookups.staffNameOrEmpty(tx.connection(), shift.leadId(), "Shift lead");
        for (Shift.Member member : shift.members()) {
            Lookups.requireStaff(tx.connection(), member.staffId(), "Shift member");
        }
        Details details = Details.of("name", lead).and("lead", lead);
        Optional<Shift> stored = load(tx.connection(), shift.id());
        if (stored.isEmpty()) {
            Tables.SHIFT.insert(tx.connection(), shift);
            Tables.SHIFT_MEMBER.insertAll(tx.connection(), ShiftMember.of(shift));
            tx.journal(by, shift.incidentId(), EntityType.SHIFT, shift.id(), JournalAction.SHIFT_STARTED,
                    details.copy().and("members", String.valueOf(shift.members().size())).map());
            if (shift.end() != null) {
                tx.journal(by, shift.incidentId(), EntityType.SHIFT, shift.id(), JournalAction.SHIFT_ENDED,
                        details.copy().map());
            }
            return;
        }
        update(tx, stored.get(), shift, details, by);
    }

    /// The incident's latest shift that has not ended.
    private static Optional<Shift> running(Connection connection, UUID incidentId) throws SQLException {
        Optional<UUID> id = Sql.one(connection, "SELECT id FROM shift WHERE incident_id = ? AND end_at IS NULL "
                + "ORDER BY start_at DESC, id LIMIT 1", row -> row.getObject(1, UUID.class), incidentId);
        return id.isEmpty() ? Optional.empty() : load(connection, id.get());
    }

    private static void update(WriteTx tx, Shift old, Shift shift, Details details, Operator by)
            throws SQLException {
        if (!old.incidentId().equals(shift.incidentId())) {
            throw rejected("Shift: it belongs to another incident and cannot move.");
        }
        boolean ended = old.end() == null && shift.end() != null;
        Changes changes = new Changes()
                .compare("start", old.start(), shift.start())
                .compare("lead", old.leadId(), shift.leadId())
                .compare("handoverNotes", old.handoverNotes(), shift.handoverNotes())
                .compare("members", new HashSet<>(old.members()), new HashSet<>(shift.members()));
        if (!ended) {
            changes.compare("end", old.end(), shift.end());
        }
        if (changes.isEmpty() && !ended) {
            return;
        }
        tx.update("UPDATE shift SET start_at = ?, end_at = ?, lead_id = ?, handover_notes = ? WHERE id = ?",
                shift.start(), shift.end(), shift.leadId(), shift.handoverNotes(), shift.id());
        if (changes.contains("members")) {
            tx.update("DELETE FROM shift_member WHERE shift_id = ?", shift.id());
            Tables.SHIFT_MEMBER.insertAll(tx.connection(), ShiftMember.of(shift));
        }
        if (ended) {
            tx.journal(by, shift.incidentId(), EntityType.SHIFT, shift.id(), JournalAction.SHIFT_ENDED,
                    details.copy().map());
        }
        if (!changes.isEmpty()) {
            tx.journal(by, shift.incidentId(), EntityType.SHIFT, shift.id(), JournalAction.UPDATED,
                    whoCameAndWent(tx.connection(), old, shift, details.copy().and("fields", changes.fields()))
                            .map());
        }
    }

    /// Names who joined and who left between `old` and `shift`, so the journal can say it in words.
    private static Details whoCameAndWent(Connection connection, Shift old, Shift shift, Details details)
            throws SQLException {
        Set<UUID> wereOn = onShift(old);
        Set<UUID> areOn = onShift(shift);
        List<String> joined = new ArrayList<>();
        List<String> left = new ArrayList<>();
        for (UUID staffId : areOn) {
            if (!wereOn.contains(staffId)) {
                joined.add(Lookups.requireStaff(connection, staffId, "Shift member"));
            }
        }
        for (UUID staffId : wereOn) {
            if (!areOn.contains(staffId)) {
                left.add(Lookups.requireStaff(connection, staffId, "Shift member"));
            }
        }
        return details.and("joined", String.join(", ", joined)).and("left", String.join(", ", left));
    }

    private static Set<UUID> onShift(Shift shift) {
        return shift.members().stream().filter(member -> member.leftAt() == null).map(Shift.Member::staffId)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Optional<Shift> load(Connection connection, UUID id) throws SQLException {
        Optional<Shift> shift = Sql.one(connection, Tables.SHIFT.select("WHERE id = ?"), Tables.SHIFT.mapper(), id);
        if (shift.isEmpty()) {
            return shift;
        }
        List<Shift.Member> members = Sql.list(connection,
                        Tables.SHIFT_MEMBER.select("WHERE shift_id = ? ORDER BY joined_at, staff_id"),
                        Tables.SHIFT_MEMBER.mapper(), id)
                .stream().map(ShiftMember::member).toList();
        return Optional.of(withMembers(shift.get(), members));
    }

    private static Shift withMembers(Shift shift, List<Shift.Member> members) {
        return new Shift(shift.id(), shift.incidentId(), shift.start(), shift.end(), shift.leadId(),
                shift.handoverNotes(), members);
    }
}
