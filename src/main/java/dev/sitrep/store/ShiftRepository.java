package dev.sitrep.store;

import dev.sitrep.domain.EntityType;
import dev.sitrep.domain.JournalAction;
import dev.sitrep.domain.Operator;
import dev.sitrep.domain.Shift;
import dev.sitrep.store.Tables.ShiftMember;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        transactions.write(tx -> {
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
        });
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
                    details.copy().and("fields", changes.fields()).map());
        }
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
