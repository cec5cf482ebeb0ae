package dev.sitrep.store;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;

/// Runs reads, and runs every write together with its journal entries in one transaction.
///
/// ## How journal writes are serialized
/// A write transaction first locks the single row of `journal_head` (`SELECT ... FOR UPDATE`) and holds
/// that lock until it commits or rolls back. While it holds it, it does its work and collects its journal
/// entries; it gives them the numbers after the old head and inserts them (a long import in batches as it
/// goes, see [WriteTx#flushJournal]), sets `journal_head.last_seq` to the last number given, then commits. Because the next writer, in this process or in another console joined
/// through H2's auto-server mode, cannot take the lock before that commit, sequence numbers become
/// visible strictly in commit order: a reader that has seen `seq` N never later finds an entry below N
/// appear, so polling for `seq > last seen` ([ChangeFeed]) cannot skip one. The same lock makes the
/// repositories' checks (is this name taken? which code is next?) race-free between consoles, and since
/// every writer takes this one lock before any other, two consoles never deadlock on each other's rows.
/// The lock comes first and the bump last because only the finished work knows how many entries it made.
///
/// If the work or the journal insert fails, the whole transaction is rolled back: no rows and no journal
/// entries are stored. No code path updates or deletes a journal row.
final class Transactions {

    /// A read against a connection in auto-commit mode.
    @FunctionalInterface
    interface Read<T> {
        T run(Connection connection) throws SQLException;
    }

    /// The body of a write transaction that returns what it stored.
    @FunctionalInterface
    interface Write<T> {
        T run(WriteTx tx) throws SQLException;
    }

    /// The body of a write transaction.
    @FunctionalInterface
    interface Change {
        void run(WriteTx tx) throws SQLException;
    }

    private final DataSource dataSource;
    private final Clock clock;
    private final JournalJson json;

    Transactions(DataSource dataSource, Clock clock, JournalJson json) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.json = json;
    }

    Clock clock() {
        return clock;
    }

    JournalJson json() {
        return json;
    }

    <T> T read(Read<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    /// Runs `change` and appends the journal entries it collected, all in one transaction.
    void write(Change change) {
        writeReturning(tx -> {
            change.run(tx);
            return null;
        });
    }

    /// Runs `work` and appends the journal entries it collected, all in one transaction; returns its result.
    <T> T writeReturning(Write<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                long head = lockJournalHead(connection);
                WriteTx tx = new WriteTx(connection, clock.instant(), head, json);
                T result = work.run(tx);
                tx.flushJournal();
                if (tx.lastSeq() != head) {
                    Sql.update(connection, "UPDATE journal_head SET last_seq = ? WHERE id = 1", tx.lastSeq());
                }
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollback(connection, e);
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    private static long lockJournalHead(Connection connection) throws SQLException {
        return Sql.one(connection, "SELECT last_seq FROM journal_head WHERE id = 1 FOR UPDATE",
                        row -> row.getLong(1))
                .orElseThrow(() -> new SQLException("the journal head row is missing"));
    }

    private static void rollback(Connection connection, Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
