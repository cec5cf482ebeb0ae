package dev.sitrep.store;

import java.time.Clock;

/// The open database and its repositories: the only way the rest of Sitrep reaches stored state.
///
/// Opening migrates the schema (Flyway), refuses a newer schema, a lock it cannot join or a folder it
/// cannot write, each with a clear message and without writing anything. Every write method of every
/// repository stores its rows and a journal entry in one transaction.
public final class Store implements AutoCloseable {

    /// Opens (creating or migrating) the database at `location`; `clock` stamps every change.
    public static Store open(DatabaseLocation location, Clock clock) {
        throw new UnsupportedOperationException("store: open");
    }

    public DatabaseLocation location() {
        throw new UnsupportedOperationException();
    }

    /// The schema version the database is at after migration (the highest applied migration).
    public String schemaVersion() {
        throw new UnsupportedOperationException();
    }

    public Clock clock() {
        throw new UnsupportedOperationException();
    }

    public InventoryRepository inventory() {
        throw new UnsupportedOperationException();
    }

    public StaffRepository staff() {
        throw new UnsupportedOperationException();
    }

    public IncidentRepository incidents() {
        throw new UnsupportedOperationException();
    }

    public ImpactRepository impacts() {
        throw new UnsupportedOperationException();
    }

    public TaskRepository tasks() {
        throw new UnsupportedOperationException();
    }

    public CommunicationRepository communications() {
        throw new UnsupportedOperationException();
    }

    public CommitmentRepository commitments() {
        throw new UnsupportedOperationException();
    }

    public DeferredWorkRepository deferredWork() {
        throw new UnsupportedOperationException();
    }

    public ShiftRepository shifts() {
        throw new UnsupportedOperationException();
    }

    public JournalRepository journal() {
        throw new UnsupportedOperationException();
    }

    /// Batch loading of whole data sets (demo data, snapshot import) in one transaction.
    public BulkLoader bulk() {
        throw new UnsupportedOperationException();
    }

    /// Row counts per table, for `sitrep info` and the status bar.
    public StoreCounts counts() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void close() {
        throw new UnsupportedOperationException();
    }
}
