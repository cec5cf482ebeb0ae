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

    private final Connection connection;
    private final Instant now;
    private final List<JournalEntry> entries = new ArrayList<>();

    WriteTx(Connection connection, Instant now) {
        this.connection = connection;
        this.now = now;
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
        entries.add(JournalEntry.of(now, by.name(), incidentId, entity, entityId, action, details));
    }

    /// Records an entry as it is, keeping its own time and actor (bulk loads of history).
    void journal(JournalEntry entry) {
        entries.add(entry);
    }

    List<JournalEntry> entries() {
        return entries;
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
