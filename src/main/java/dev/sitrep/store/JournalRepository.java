package dev.sitrep.store;

import dev.sitrep.domain.EntityType;
import dev.sitrep.domain.JournalAction;
import dev.sitrep.domain.JournalEntry;
import dev.sitrep.domain.WireEnum;

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
        this.mapper = row -> new JournalEntry(Sql.uuid(row, "id"), row.getLong("seq"), Sql.instant(row, "at"), row.getString("actor"),
                Sql.uuid(row, "incident_id"), Sql.word(row, "entity", EntityType.class),
                row.getString("entity_id"),
                // A word written by a newer Sitrep reads as OTHER rather than hiding the whole history.
                WireEnum.parse(JournalAction.class, row.getString("action")).orElse(JournalAction.OTHER),
                json.read(row.getString("details")));
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

    /// An incident's entries, newest first, at most `limit`.
    public List<JournalEntry> forIncident(UUID incidentId, int limit) {
        return transactions.read(c -> Sql.list(c,
                COLUMNS + "WHERE incident_id = ? ORDER BY seq DESC LIMIT ?", mapper, incidentId, limit));
    }
}
