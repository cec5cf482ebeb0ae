package dev.sitrep.store;

import dev.sitrep.domain.EntityType;
import dev.sitrep.domain.JournalAction;
import dev.sitrep.domain.JournalEntry;
import dev.sitrep.domain.Operator;
import dev.sitrep.domain.Shift;
import dev.sitrep.domain.Text;
import dev.sitrep.store.SnapshotLoadResult.Tally;
import dev.sitrep.store.SnapshotSection.Reference;
import dev.sitrep.store.Tables.ShiftMember;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static dev.sitrep.store.StoreException.rejected;

/// Writes one snapshot inside one write transaction, row by row as they are read.
///
/// It keeps only what checking needs, never the rows themselves: the identities seen per section (a row
/// twice, a reference to a row that is not there), the names that must stay unique, and which added rows
/// the snapshot's journal already tells about. Rows are inserted in batches; the journal it carries is
/// flushed as it goes (see [WriteTx#flushJournal]).
///
/// A merge adds what the database lacks and updates what differs, journaling each update. Added rows come
/// with their history when the snapshot carries a journal; a snapshot without one (made by hand or by
/// another tool) gets an `imported` entry for each row it adds, so every row has a history. Merging a
/// snapshot into an empty database therefore reproduces the database it came from, journal and all. A
/// replace first removes everything and ends with one entry recording the replacement.
final class SnapshotLoader implements SnapshotSink {

    private final WriteTx tx;
    private final SnapshotMode mode;
    private final Operator by;
    private final Set<SnapshotSection<?>> held;
    private int sectionIndex = -1;
    private final Map<SnapshotSection<?>, Set<List<Object>>> seen = new HashMap<>();
    private final Map<SnapshotSection<?>, Set<List<Object>>> stored = new HashMap<>();
    private final Map<SnapshotSection<?>, Map<Object, List<Object>>> naturalKeys = new HashMap<>();
    private final Map<SnapshotSection<?>, Tally> tallies = new LinkedHashMap<>();
    private final List<Object> pending = new ArrayList<>();
    private final List<AddedRow> added = new ArrayList<>();
    private long journaled;

    /// A row added by this load, as a journal entry would name it.
    private record AddedRow(EntityType entity, String entityId, UUID incidentId, String label) {
    }

    /// @param held the sections the snapshot's format knows; a replace empties only these
    SnapshotLoader(WriteTx tx, SnapshotMode mode, Operator by, Set<SnapshotSection<?>> held) {
        this.tx = tx;
        this.mode = mode;
        this.by = by;
        this.held = held;
    }

    /// Empties the database (what the snapshot can hold of it) for a replace; learns the names already taken
    /// for a merge.
    void start() throws SQLException {
        if (mode == SnapshotMode.REPLACE) {
            for (SnapshotSection<?> section : SnapshotSection.ALL.reversed()) {
                if (!held.contains(section)) {
                    continue;
                }
                if (section == SnapshotSection.SHIFTS) {
                    tx.update("DELETE FROM " + Tables.SHIFT_MEMBER.name());
                }
                tx.update("DELETE FROM " + SnapshotStore.tableName(section));
            }
            return;
        }
        for (SnapshotSection<?> section : SnapshotSection.ALL) {
            rememberStoredKeys(section);
            rememberStoredNames(section);
        }
    }

    /// The identities of the rows stored already: only those need reading back to compare.
    private void rememberStoredKeys(SnapshotSection<?> section) throws SQLException {
        int columns = section.key().split(",").length;
        Set<List<Object>> keys = new HashSet<>();
        Sql.forEach(tx.connection(), "SELECT " + section.key() + " FROM " + SnapshotStore.tableName(section), row -> {
            Object[] values = new Object[columns];
            for (int i = 0; i < columns; i++) {
                Object value = row.getObject(i + 1);
                values[i] = value instanceof OffsetDateTime time ? time.toInstant() : value;
            }
            return List.of(values);
        }, keys::add);
        stored.put(section, keys);
    }

    private <T> void rememberStoredNames(SnapshotSection<T> section) throws SQLException {
        if (!section.hasNaturalKey()) {
            return;
        }
        Map<Object, List<Object>> names = new HashMap<>();
        Sql.forEach(tx.connection(), section.table().select(""), section.table().mapper(), row -> {
            Object name = section.naturalKey(row);
            if (name != null) {
                names.put(name, section.identity(row));
            }
        });
        naturalKeys.put(section, names);
    }

    @Override
    public <T> void add(SnapshotSection<T> section, T row) {
        try {
            enter(section);
            List<Object> identity = section.identity(row);
            if (!seen.computeIfAbsent(section, _ -> new HashSet<>()).add(identity)) {
                throw rejected("this snapshot holds " + describe(section, identity) + " twice.");
            }
            for (Reference<T> reference : section.references()) {
                for (UUID id : reference.ids().apply(row)) {
                    requireExisting(reference, id);
                }
            }
            requireUniqueName(section, row, identity);
            if (section == SnapshotSection.JOURNAL) {
                addJournalEntry((JournalEntry) row);
            } else {
                write(section, row, identity);
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    /// Moves on to `section`, writing what is left of the one before; refuses going back.
    private void enter(SnapshotSection<?> section) throws SQLException {
        int index = SnapshotSection.ALL.indexOf(section);
        if (index == sectionIndex) {
            return;
        }
        if (index < sectionIndex) {
            throw rejected("\"" + section.name() + "\" must come before \""
                    + SnapshotSection.ALL.get(sectionIndex).name() + "\": a snapshot lists "
                    + SnapshotSection.ALL.stream().map(SnapshotSection::name).collect(Collectors.joining(", "))
                    + " in this order.");
        }
        flushInserts();
        sectionIndex = index;
    }

    private <T> void requireExisting(Reference<T> reference, UUID id) {
        SnapshotSection<?> target = reference.target();
        if (seen.getOrDefault(target, Set.of()).contains(List.of(id))) {
            return;
        }
        if (isStored(target, List.of(id))) {
            return;
        }
        throw rejected("\"" + reference.field() + "\" names " + singular(target) + " " + id
                + " that is not in this snapshot" + (mode == SnapshotMode.MERGE ? " nor in the database." : "."));
    }

    private <T> void requireUniqueName(SnapshotSection<T> section, T row, List<Object> identity) {
        Object name = section.naturalKey(row);
        if (name == null) {
            return;
        }
        List<Object> holder = naturalKeys.computeIfAbsent(section, _ -> new HashMap<>()).putIfAbsent(name, identity);
        if (holder != null && !holder.equals(identity)) {
            throw rejected("\"" + section.label(row) + "\" is already the name of " + singular(section) + " "
                    + holder.getFirst() + (seen.get(section).contains(holder) ? " in this snapshot." : " in the database."));
        }
    }

    private void addJournalEntry(JournalEntry entry) throws SQLException {
        journaled++;
        if (isStored(SnapshotSection.JOURNAL, List.of(entry.id()))) {
            tally(SnapshotSection.JOURNAL, Tally.UNCHANGED);
            return;
        }
        tx.journal(entry);
        tally(SnapshotSection.JOURNAL, Tally.ADDED);
        if (journaled % Table.BATCH == 0) {
            tx.flushJournal();
        }
    }

    private <T> void write(SnapshotSection<T> section, T row, List<Object> identity) throws SQLException {
        Optional<T> before = isStored(section, identity) ? find(section, identity) : Optional.empty();
        if (before.isEmpty()) {
            pending.add(row);
            if (section.entity() != null) {
                added.add(new AddedRow(section.entity(), section.entityId(row), section.incidentId(row),
                        section.label(row)));
            }
            tally(section, Tally.ADDED);
            if (pending.size() == Table.BATCH) {
                flushInserts();
            }
        } else if (before.get().equals(row)) {
            tally(section, Tally.UNCHANGED);
        } else {
            update(section, before.get(), row);
            tally(section, Tally.UPDATED);
        }
    }

    /// True when the database held the row before this load began; never for a replace.
    private boolean isStored(SnapshotSection<?> section, List<Object> identity) {
        return stored.getOrDefault(section, Set.of()).contains(identity);
    }

    private <T> Optional<T> find(SnapshotSection<T> section, List<Object> identity) throws SQLException {
        Optional<T> row = tx.one(section.table().select("WHERE " + keyCondition(section)), section.table().mapper(),
                identity.toArray());
        if (row.isPresent() && row.get() instanceof Shift shift) {
            return Optional.of(section.type().cast(withMembers(shift)));
        }
        return row;
    }

    private static String keyCondition(SnapshotSection<?> section) {
        return String.join(" AND ", Arrays.stream(section.key().split(","))
                .map(column -> column.strip() + " = ?").toList());
    }

    private Shift withMembers(Shift shift) throws SQLException {
        List<Shift.Member> members = tx.list(Tables.SHIFT_MEMBER.select("WHERE shift_id = ? "
                        + "ORDER BY joined_at, staff_id"), Tables.SHIFT_MEMBER.mapper(), shift.id()).stream()
                .map(ShiftMember::member).toList();
        return new Shift(shift.id(), shift.incidentId(), shift.start(), shift.end(), shift.leadId(),
                shift.handoverNotes(), members);
    }

    private <T> void update(SnapshotSection<T> section, T before, T after) throws SQLException {
        section.table().upsert(tx.connection(), after, section.key());
        if (after instanceof Shift shift) {
            tx.update("DELETE FROM shift_member WHERE shift_id = ?", shift.id());
            Tables.SHIFT_MEMBER.insertAll(tx.connection(), ShiftMember.of(shift));
        }
        if (section.entity() != null) {
            String fields = Changes.between((Record) before, (Record) after).fields();
            tx.journal(by, section.incidentId(after), section.entity(), section.entityId(after),
                    JournalAction.UPDATED, Details.of("name", section.label(after)).and("fields", fields).map());
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void flushInserts() throws SQLException {
        if (pending.isEmpty()) {
            return;
        }
        SnapshotSection<?> section = SnapshotSection.ALL.get(sectionIndex);
        ((Table) section.table()).insertAll(tx.connection(), pending);
        if (section == SnapshotSection.SHIFTS) {
            List<ShiftMember> members = pending.stream().map(Shift.class::cast)
                    .flatMap(shift -> ShiftMember.of(shift).stream()).toList();
            Tables.SHIFT_MEMBER.insertAll(tx.connection(), members);
        }
        pending.clear();
    }

    /// Writes what is left, journals the added rows of a snapshot without a journal, and for a replace the
    /// replacement itself.
    SnapshotLoadResult finish(String source) throws SQLException {
        flushInserts();
        if (journaled == 0) {
            for (AddedRow row : added) {
                tx.journal(by, row.incidentId(), row.entity(), row.entityId(), JournalAction.IMPORTED,
                        Details.of("name", row.label()).and("snapshot", source).map());
            }
        }
        SnapshotLoadResult result = new SnapshotLoadResult(tallies);
        if (mode == SnapshotMode.REPLACE) {
            tx.journal(by, null, EntityType.DATABASE, source, JournalAction.REPLACED,
                    Details.of("name", source).and("counts", counts(result)).map());
        }
        return result;
    }

    private static String counts(SnapshotLoadResult result) {
        return String.join(", ",
                Text.count(result.of(SnapshotSection.CUSTOMERS).added(), "customer"),
                Text.count(result.of(SnapshotSection.DEVICES).added(), "device"),
                Text.count(result.of(SnapshotSection.INCIDENTS).added(), "incident"),
                Text.count(result.of(SnapshotSection.JOURNAL).added(), "journal entry", "journal entries"));
    }

    private void tally(SnapshotSection<?> section, Tally one) {
        tallies.merge(section, one, Tally::plus);
    }

    private static String describe(SnapshotSection<?> section, List<Object> identity) {
        return singular(section) + " " + identity.stream().map(String::valueOf).collect(Collectors.joining(" / "));
    }

    private static String singular(SnapshotSection<?> section) {
        return switch (section.name()) {
            case "staff" -> "the staff member";
            case "journal" -> "the journal entry";
            case "deferredWork" -> "the deferred work";
            case "commitmentRevisions" -> "the revision";
            default -> "the " + section.name().substring(0, section.name().length() - 1);
        };
    }
}
