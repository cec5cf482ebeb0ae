package dev.sitrep.store;

/// Takes a snapshot's rows while it is being written: sections in [SnapshotSection#ALL] order, each row once.
public interface SnapshotSink {

    /// Checks `row` (a duplicate, a reference to a row that does not exist, a name already taken) and
    /// writes it.
    ///
    /// @throws StoreException `REJECTED`, with a message about the row alone, when the row is refused
    <T> void add(SnapshotSection<T> section, T row);
}
