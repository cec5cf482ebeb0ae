package dev.sitrep.store;

import dev.sitrep.domain.EntityType;
import dev.sitrep.domain.JournalAction;
import dev.sitrep.domain.JournalEntry;
import dev.sitrep.domain.WireEnum;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/// Reads the append-only journal. Nothing here, or anywhere, updates or deletes a journal row.
public final class JournalRepository {

    static final String COLUMNS = "SELECT id, seq, at, actor, incident_id, entity, entity_id, action, details "
            + "FROM journal ";

    private final Transactions transactions;
    private final Sql.RowMapper<JournalEntry> mapper;

    JournalRepository(Transactions transactions) {
        this.transactions = transactions;
        JournalJson json = transactions.json();
        // By position, in the order of COLUMNS: every journal entry read passes through here, and finding
        // columns by name was a tenth of reading a large journal.
        this.mapper = row -> new JournalEntry(row.getObject(1, UUID.class), row.getLong(2),
                row.getObject(3, OffsetDateTime.class).toInstant(), row.getString(4), row.getObject(5, UUID.class),
                WireEnum.require(EntityType.class, row.getString(6)), row.getString(7),
                // A word written by a newer Sitrep reads as OTHER rather than hiding the whole history.
                WireEnum.parse(JournalAction.class, row.getString(8)).orElse(JournalAction.OTHER),
                json.read(row.getString(9)));
    }

    Sql.RowMapper<JournalEntry> mapper() {
        return mapper;
    }

    /// The highest sequence number written so far, 0 for an empty journal.
    public long latestSeq() {
        return transactions.read(c -> Sql.count(c, "SELECT COALESCE(MAX(seq), 0) FROM journal"));
    }

    /// Entries after `seq`, oldest first, at most `limit`: what the change feed polls.
    public List<JournalEntry> after(long seq, int limit) {
        return transactions.read(c -> Sql.list(c, COLUMNS + "WHERE seq > ? ORDER BY seq LIMIT ?", mapper, seq,
                limit));
    }

    /// An incident's entries about one kind of thing, oldest first: the history the wall replays.
    public List<JournalEntry> forIncident(UUID incidentId, EntityType entity) {
        return transactions.read(c -> Sql.list(c, COLUMNS + "WHERE incident_id = ? AND entity = ? ORDER BY seq",
                mapper, incidentId, entity));
    }

    /// An incident's entries written at or after `from`, oldest first: what happened during a shift, and
    /// what to undo to see the incident as it stood when the shift began.
    public List<JournalEntry> forIncidentSince(UUID incidentId, Instant from) {
        return transactions.read(c -> Sql.list(c, COLUMNS + "WHERE incident_id = ? AND at >= ? ORDER BY seq",
                mapper, incidentId, from));
    }

    /// An incident's entries, newest first, at most `limit`.
    public List<JournalEntry> forIncident(UUID incidentId, int limit) {
        return transactions.read(c -> Sql.list(c,
                COLUMNS + "WHERE incident_id = ? ORDER BY seq DESC LIMIT ?", mapper, incidentId, limit));
    }
}
