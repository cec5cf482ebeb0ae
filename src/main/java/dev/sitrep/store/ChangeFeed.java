package dev.sitrep.store;

import dev.sitrep.domain.JournalEntry;

import java.util.ArrayList;
import java.util.List;

/// Tells a console what other consoles (and this one) changed since it last looked.
///
/// Journal writes are serialized, so sequence numbers become visible in order and polling for
/// `seq > last seen` never skips an entry (see [Transactions]). A feed is safe to poll from any thread.
public final class ChangeFeed {

    /// Entries read per query; a poll after a bulk load reads page after page.
    private static final int PAGE = 1_000;

    private final JournalRepository journal;
    private long lastSeenSeq;

    /// A feed that reports entries written after `startAfterSeq`.
    public ChangeFeed(JournalRepository journal, long startAfterSeq) {
        this.journal = journal;
        this.lastSeenSeq = startAfterSeq;
    }

    /// Entries written since the last poll, oldest first; empty when nothing changed.
    public synchronized List<JournalEntry> poll() {
        List<JournalEntry> entries = new ArrayList<>();
        List<JournalEntry> page;
        do {
            page = journal.after(lastSeenSeq, PAGE);
            entries.addAll(page);
            if (!page.isEmpty()) {
                lastSeenSeq = page.getLast().seq();
            }
        } while (page.size() == PAGE);
        return entries;
    }

    public synchronized long lastSeenSeq() {
        return lastSeenSeq;
    }
}
