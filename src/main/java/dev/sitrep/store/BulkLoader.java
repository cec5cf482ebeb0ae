package dev.sitrep.store;

/// Writes a whole data set in one transaction with JDBC batches: demo data and snapshot import.
///
/// Journal entries in the batch keep their own times and actors (a demo's two weeks of history, an
/// imported journal); they get new sequence numbers after those already written.
public final class BulkLoader {

    /// Inserts everything in `batch`, or nothing if any row is refused.
    public void insert(BulkBatch batch) {
        throw new UnsupportedOperationException();
    }
}
