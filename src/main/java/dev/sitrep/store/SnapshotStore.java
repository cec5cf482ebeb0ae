package dev.sitrep.store;

import dev.sitrep.domain.Operator;
import dev.sitrep.domain.Shift;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/// Reads the whole database, or one incident and what it touches, section by section for a snapshot; and
/// writes a snapshot back in one transaction. The file format is not known here: only rows.
public final class SnapshotStore {

    /// Receives a snapshot's rows during one consistent read, section by section in [SnapshotSection#ALL]
    /// order.
    public interface Visitor {

        /// Called first, with the number of rows each section will hand over.
        default void counts(Map<SnapshotSection<?>, Long> counts) {
        }

        /// Called once per section; `rows` reads the section while this call lasts.
        <T> void section(SnapshotSection<T> section, Rows<T> rows);
    }

    /// The rows of one section, read as they are handed over.
    @FunctionalInterface
    public interface Rows<T> {
        void forEach(Consumer<? super T> action);
    }

    private final Transactions transactions;
    private final JournalRepository journal;

    SnapshotStore(Transactions transactions, JournalRepository journal) {
        this.transactions = transactions;
        this.journal = journal;
    }

    /// Reads everything, or with an `incidentId` that incident with the inventory and staff it refers to,
    /// as one consistent picture: changes committed meanwhile by other consoles are not seen.
    public void read(UUID incidentId, Visitor visitor) {
        transactions.read(connection -> {
            // Counted before the read begins, where H2 knows whole tables' sizes without a scan; the
            // counts only size the progress bar.
            visitor.counts(counts(connection, incidentId));
            int isolation = connection.getTransactionIsolation();
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            // Rows stream from the table as they are read, instead of H2 gathering each result first.
            Sql.update(connection, "SET LAZY_QUERY_EXECUTION TRUE");
            try {
                for (SnapshotSection<?> section : SnapshotSection.ALL) {
                    readSection(connection, section, incidentId, visitor);
                }
                return null;
            } finally {
                connection.rollback();
                Sql.update(connection, "SET LAZY_QUERY_EXECUTION FALSE");
                connection.setTransactionIsolation(isolation);
                connection.setAutoCommit(true);
            }
        });
    }

    private static Map<SnapshotSection<?>, Long> counts(Connection connection, UUID incidentId) throws SQLException {
        Map<SnapshotSection<?>, Long> counts = new LinkedHashMap<>();
        for (SnapshotSection<?> section : SnapshotSection.ALL) {
            counts.put(section, Sql.count(connection, "SELECT COUNT(*) FROM " + tableName(section)
                    + where(section, incidentId), scopeParameters(section, incidentId)));
        }
        return counts;
    }

    private <T> void readSection(Connection connection, SnapshotSection<T> section, UUID incidentId,
                                 Visitor visitor) throws SQLException {
        Sql.RowMapper<T> mapper = mapper(connection, section, incidentId);
        String sql = (section == SnapshotSection.JOURNAL ? JournalRepository.COLUMNS
                : section.table().select("")) + where(section, incidentId) + " ORDER BY " + section.order();
        Object[] parameters = scopeParameters(section, incidentId);
        visitor.section(section, action -> {
            try {
                Sql.forEach(connection, sql, mapper, action, parameters);
            } catch (SQLException e) {
                throw SqlErrors.translate(e);
            }
        });
    }

    @SuppressWarnings("unchecked")
    private <T> Sql.RowMapper<T> mapper(Connection connection, SnapshotSection<T> section, UUID incidentId)
            throws SQLException {
        if (section == SnapshotSection.JOURNAL) {
            return (Sql.RowMapper<T>) journal.mapper();
        }
        if (section == SnapshotSection.SHIFTS) {
            Map<UUID, List<Shift.Member>> members = members(connection, incidentId);
            return (Sql.RowMapper<T>) (Sql.RowMapper<Shift>) row -> {
                Shift shift = Tables.SHIFT.mapper().map(row);
                return new Shift(shift.id(), shift.incidentId(), shift.start(), shift.end(), shift.leadId(),
                        shift.handoverNotes(), members.getOrDefault(shift.id(), List.of()));
            };
        }
        return section.table().mapper();
    }

    /// The members of every shift in scope, by shift: shifts are few, so they are read ahead.
    private static Map<UUID, List<Shift.Member>> members(Connection connection, UUID incidentId)
            throws SQLException {
        String scope = incidentId == null ? "" : "WHERE shift_id IN (SELECT id FROM shift WHERE incident_id = ?) ";
        Map<UUID, List<Shift.Member>> members = new HashMap<>();
        Sql.forEach(connection, Tables.SHIFT_MEMBER.select(scope + "ORDER BY shift_id, joined_at, staff_id"),
                Tables.SHIFT_MEMBER.mapper(),
                member -> members.computeIfAbsent(member.shiftId(), _ -> new ArrayList<>()).add(member.member()),
                incidentId == null ? new Object[0] : new Object[]{incidentId});
        return members;
    }

    /// Writes a snapshot that may hold every section in one transaction: `body` hands its rows to the
    /// [SnapshotSink] section by section. If `body` or any row fails, nothing is written.
    ///
    /// @param source the snapshot's name as the journal records it (its file name)
    public SnapshotLoadResult load(SnapshotMode mode, Operator by, String source, Consumer<SnapshotSink> body) {
        return load(mode, by, source, SnapshotSection.ALL, body);
    }

    /// Writes a snapshot whose format knows only the sections `held`, in one transaction. A replace empties
    /// only those: a file older than a section says nothing about it, so the rows stored there stay (a
    /// snapshot made before templates existed leaves the templates as they are).
    public SnapshotLoadResult load(SnapshotMode mode, Operator by, String source, Collection<SnapshotSection<?>> held,
                                   Consumer<SnapshotSink> body) {
        return transactions.writeReturning(tx -> {
            SnapshotLoader loader = new SnapshotLoader(tx, mode, by, Set.copyOf(held));
            loader.start();
            body.accept(loader);
            return loader.finish(source);
        });
    }

    static String tableName(SnapshotSection<?> section) {
        return section == SnapshotSection.JOURNAL ? "journal" : section.table().name();
    }

    private static String where(SnapshotSection<?> section, UUID incidentId) {
        return incidentId == null ? "" : " WHERE (" + section.incidentScope() + ")";
    }

    private static Object[] scopeParameters(SnapshotSection<?> section, UUID incidentId) {
        if (incidentId == null) {
            return new Object[0];
        }
        Object[] parameters = new Object[section.scopeParameters()];
        java.util.Arrays.fill(parameters, incidentId);
        return parameters;
    }
}
