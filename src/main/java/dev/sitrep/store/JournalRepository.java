package dev.sitrep.store;

import dev.sitrep.domain.JournalEntry;

import java.util.List;
import java.util.UUID;

/// Reads the append-only journal. Nothing here, or anywhere, updates or deletes a journal row.
public final class JournalRepository {

    /// The highest sequence number written so far, 0 for an empty journal.
    public long latestSeq() {
        throw new UnsupportedOperationException();
    }

    /// Entries after `seq`, oldest first, at most `limit`: what the change feed polls.
    public List<JournalEntry> after(long seq, int limit) {
        throw new UnsupportedOperationException();
    }

    /// An incident's entries, newest first, at most `limit`.
    public List<JournalEntry> forIncident(UUID incidentId, int limit) {
        throw new UnsupportedOperationException();
    }
}
