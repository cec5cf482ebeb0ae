package dev.sitrep.store;

import dev.sitrep.store.StoreException.Reason;
import org.h2.jdbcx.JdbcConnectionPool;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;

/// The open database and its repositories: the only way the rest of Sitrep reaches stored state.
///
/// Opening migrates the schema (Flyway), refuses a newer schema, a lock it cannot join or a folder it
/// cannot write, each with a clear message and without writing anything. Every write method of every
/// repository stores its rows and a journal entry in one transaction.
public final class Store implements AutoCloseable {

    /// H2 makes the first user of a new database its administrator; Sitrep always uses this one.
    private static final String USER = "sitrep";
    private static final String PASSWORD = "";

    private final DatabaseLocation location;
    private final Clock clock;
    private final JdbcConnectionPool pool;
    private final String schemaVersion;
    private final Transactions transactions;
    private final InventoryRepository inventory;
    private final StaffRepository staff;
    private final IncidentRepository incidents;
    private final ImpactRepository impacts;
    private final TaskRepository tasks;
    private final CommunicationRepository communications;
    private final CommitmentRepository commitments;
    private final DeferredWorkRepository deferredWork;
    private final ShiftRepository shifts;
    private final TemplateRepository templates;
    private final JournalRepository journal;
    private final BulkLoader bulk;
    private final SnapshotStore snapshots;

    private Store(DatabaseLocation location, Clock clock, JdbcConnectionPool pool, String schemaVersion) {
        this.location = location;
        this.clock = clock;
        this.pool = pool;
        this.schemaVersion = schemaVersion;
        JournalJson json = new JournalJson();
        this.transactions = new Transactions(pool, clock, json);
        this.inventory = new InventoryRepository(transactions);
        this.staff = new StaffRepository(transactions);
        this.incidents = new IncidentRepository(transactions);
        this.impacts = new ImpactRepository(transactions);
        this.tasks = new TaskRepository(transactions);
        this.communications = new CommunicationRepository(transactions);
        this.commitments = new CommitmentRepository(transactions);
        this.deferredWork = new DeferredWorkRepository(transactions);
        this.shifts = new ShiftRepository(transactions);
        this.templates = new TemplateRepository(transactions);
        this.journal = new JournalRepository(transactions);
        this.bulk = new BulkLoader(transactions);
        this.snapshots = new SnapshotStore(transactions, journal);
    }

    /// Opens (creating or migrating) the database at `location`; `clock` stamps every change.
    public static Store open(DatabaseLocation location, Clock clock) {
        String where = location.display();
        if (location.file() != null) {
            requireWritableFolder(location.file());
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(location.jdbcUrl(), USER, PASSWORD);
        try {
            try (Connection probe = pool.getConnection()) {
                probe.isValid(0);
            } catch (SQLException e) {
                throw SqlErrors.translateOpen(e, where);
            }
            String version = Migrations.migrate(pool, where);
            return new Store(location, clock, pool, version);
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
    }

    /// Refuses, before H2 creates anything, a database whose folder cannot be made or written.
    private static void requireWritableFolder(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null) {
            return;
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreException(Reason.NOT_WRITABLE, "The database folder " + folder
                    + " cannot be created (" + describe(e) + "). Choose another place with --db or "
                    + DatabaseLocation.ENVIRONMENT_VARIABLE + ".", e);
        }
        if (!Files.isWritable(folder)) {
            throw new StoreException(Reason.NOT_WRITABLE, "The database folder " + folder
                    + " is not writable. Choose another place with --db or "
                    + DatabaseLocation.ENVIRONMENT_VARIABLE + ", or allow writing there.");
        }
        Path dataFile = folder.resolve(file.getFileName() + DatabaseLocation.H2_SUFFIX);
        if (Files.exists(dataFile) && !Files.isWritable(dataFile)) {
            throw new StoreException(Reason.NOT_WRITABLE, "The database file " + dataFile
                    + " is read-only. Allow writing to it, or choose another database with --db.");
        }
    }

    private static String describe(IOException e) {
        return switch (e) {
            case FileAlreadyExistsException exists ->
                    exists.getFile() + " exists and is not a folder";
            case AccessDeniedException denied -> "no permission to write " + denied.getFile();
            default -> e.getClass().getSimpleName() + ": " + e.getMessage();
        };
    }

    public DatabaseLocation location() {
        return location;
    }

    /// The schema version the database is at after migration (the highest applied migration).
    public String schemaVersion() {
        return schemaVersion;
    }

    public Clock clock() {
        return clock;
    }

    public InventoryRepository inventory() {
        return inventory;
    }

    public StaffRepository staff() {
        return staff;
    }

    public IncidentRepository incidents() {
        return incidents;
    }

    public ImpactRepository impacts() {
        return impacts;
    }

    public TaskRepository tasks() {
        return tasks;
    }

    public CommunicationRepository communications() {
        return communications;
    }

    public CommitmentRepository commitments() {
        return commitments;
    }

    public DeferredWorkRepository deferredWork() {
        return deferredWork;
    }

    public ShiftRepository shifts() {
        return shifts;
    }

    /// The status-update templates, shared by every incident.
    public TemplateRepository templates() {
        return templates;
    }

    public JournalRepository journal() {
        return journal;
    }

    /// A change feed that reports what is written from now on, by this console or any other.
    public ChangeFeed changeFeed() {
        return new ChangeFeed(journal, journal.latestSeq());
    }

    /// Batch loading of whole data sets (demo data, snapshot import) in one transaction.
    public BulkLoader bulk() {
        return bulk;
    }

    /// Reading the database for a snapshot, and writing a snapshot into it.
    public SnapshotStore snapshots() {
        return snapshots;
    }

    /// Row counts per table, for `sitrep info` and the status bar.
    public StoreCounts counts() {
        return transactions.read(connection -> Sql.one(connection, """
                        SELECT (SELECT COUNT(*) FROM customer), (SELECT COUNT(*) FROM site),
                               (SELECT COUNT(*) FROM device), (SELECT COUNT(*) FROM staff),
                               (SELECT COUNT(*) FROM incident), (SELECT COUNT(*) FROM impact),
                               (SELECT COUNT(*) FROM task), (SELECT COUNT(*) FROM communication),
                               (SELECT COUNT(*) FROM commitment), (SELECT COUNT(*) FROM deferred_work),
                               (SELECT COUNT(*) FROM shift), (SELECT COUNT(*) FROM journal)""",
                row -> new StoreCounts(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4),
                        row.getLong(5), row.getLong(6), row.getLong(7), row.getLong(8), row.getLong(9),
                        row.getLong(10), row.getLong(11), row.getLong(12))).orElseThrow());
    }

    /// Closes every connection; H2 closes the file when the last console using it lets go.
    @Override
    public void close() {
        pool.dispose();
    }
}
