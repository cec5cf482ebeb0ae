package dev.sitrep.store;

import dev.sitrep.domain.JournalEntry;

import java.util.List;

/// Tells a console what other consoles (and this one) changed since it last looked.
///
/// Journal writes are serialized, so sequence numbers become visible in order and polling for
/// `seq > last seen` never skips an entry.
public final class ChangeFeed {

    /// A feed that reports entries written after `startAfterSeq`.
    public ChangeFeed(JournalRepository journal, long startAfterSeq) {
        throw new UnsupportedOperationException();
    }

    /// Entries written since the last poll, oldest first; empty when nothing changed.
    public List<JournalEntry> poll() {
        throw new UnsupportedOperationException();
    }

    public long lastSeenSeq() {
        throw new UnsupportedOperationException();
    }
}
