package dev.sitrep.store;

import dev.sitrep.domain.EntityType;
import dev.sitrep.domain.JournalAction;
import dev.sitrep.domain.JournalEntry;
import dev.sitrep.domain.Operator;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/// One write transaction as a repository sees it: its connection, its moment and the journal entries
/// it will append when it commits (see [Transactions]).
final class WriteTx {

    private static final String INSERT_JOURNAL = "INSERT INTO journal "
            + "(id, seq, at, actor, incident_id, entity, entity_id, action, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Connection connection;
    private final Instant now;
    private final JournalJson json;
    private final List<JournalEntry> pending = new ArrayList<>();
    private long lastSeq;

    /// @param head the last sequence number handed out before this transaction (its lock is held)
    WriteTx(Connection connection, Instant now, long head, JournalJson json) {
        this.connection = connection;
        this.now = now;
        this.lastSeq = head;
        this.json = json;
    }

    Connection connection() {
        return connection;
    }

    /// The time stamped on every change of this transaction.
    Instant now() {
        return now;
    }

    /// Records a change made by `by` at this transaction's time.
    void journal(Operator by, UUID incidentId, EntityType entity, Object entityId, JournalAction action,
                 Map<String, String> details) {
        pending.add(JournalEntry.of(now, by.name(), incidentId, entity, entityId, action, details));
    }

    /// Records an entry as it is, keeping its own time and actor (bulk loads of history).
    void journal(JournalEntry entry) {
        pending.add(entry);
    }

    /// Inserts the entries collected so far with the next sequence numbers. The transaction does this at
    /// its end; a long import calls it now and then so the journal it carries never piles up in memory.
    void flushJournal() throws SQLException {
        if (pending.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>(pending.size());
        for (JournalEntry entry : pending) {
            rows.add(new Object[]{entry.id(), ++lastSeq, entry.at(), entry.actor(), entry.incidentId(),
                    entry.entity(), entry.entityId(), entry.action(), json.write(entry.details())});
        }
        Sql.batch(connection, INSERT_JOURNAL, rows);
        pending.clear();
    }

    /// The sequence number of the last entry inserted so far.
    long lastSeq() {
        return lastSeq;
    }

    int update(String sql, Object... parameters) throws SQLException {
        return Sql.update(connection, sql, parameters);
    }

    <T> List<T> list(String sql, Sql.RowMapper<T> mapper, Object... parameters) throws SQLException {
        return Sql.list(connection, sql, mapper, parameters);
    }

    <T> Optional<T> one(String sql, Sql.RowMapper<T> mapper, Object... parameters) throws SQLException {
        return Sql.one(connection, sql, mapper, parameters);
    }

    long count(String sql, Object... parameters) throws SQLException {
        return Sql.count(connection, sql, parameters);
    }
}
