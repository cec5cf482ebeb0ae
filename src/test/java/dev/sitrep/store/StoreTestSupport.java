package dev.sitrep.store;

import dev.sitrep.domain.Contact;
import dev.sitrep.domain.Customer;
import dev.sitrep.domain.Device;
import dev.sitrep.domain.DeviceKind;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.IncidentDraft;
import dev.sitrep.domain.IncidentKind;
import dev.sitrep.domain.JournalEntry;
import dev.sitrep.domain.Operator;
import dev.sitrep.domain.Severity;
import dev.sitrep.domain.Site;
import dev.sitrep.domain.SlaTier;
import dev.sitrep.domain.StaffRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/// A store on a fresh H2 file in a temporary folder, a clock the test moves, a signed-in operator and
/// helpers that build inventory.
abstract class StoreTestSupport {

    static final Instant START = Instant.parse("2026-03-14T09:30:00Z");

    @TempDir
    Path folder;

    MutableClock clock;
    Store store;
    Operator priya;

    @BeforeEach
    void openStore() {
        clock = new MutableClock(START);
        store = Store.open(DatabaseLocation.ofFile(folder.resolve("sitrep")), clock);
        priya = store.staff().signIn("Priya Shah", StaffRole.COMMANDER);
    }

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    /// A plain JDBC connection to the same database, for looking at rows directly.
    Connection sql() throws SQLException {
        return DriverManager.getConnection(store.location().jdbcUrl(), "sitrep", "");
    }

    /// The journal entries written since `seq`, oldest first.
    List<JournalEntry> journalAfter(long seq) {
        return store.journal().after(seq, 100_000);
    }

    JournalEntry lastEntry() {
        return journalAfter(store.journal().latestSeq() - 1).getFirst();
    }

    Customer customer(String name) {
        Customer customer = new Customer(UUID.randomUUID(), name, SlaTier.GOLD, "Sam Okafor",
                new Contact("Jo Bloggs", "+44 113 496 0000", "jo@example.com"), "");
        store.inventory().saveCustomer(customer, priya);
        return customer;
    }

    Site site(Customer customer, String name) {
        Site site = new Site(UUID.randomUUID(), customer.id(), name, name, ZoneId.of("Europe/London"));
        store.inventory().saveSite(site, priya);
        return site;
    }

    Device device(Site site, String hostname) {
        Device device = new Device(UUID.randomUUID(), site.id(), hostname, DeviceKind.SERVER, "Exchange", "2019 CU14",
                1, "");
        store.inventory().saveDevice(device, priya);
        return device;
    }

    static IncidentDraft draft(String title) {
        return new IncidentDraft(title, IncidentKind.RANSOMWARE, Severity.SEV1, null, "", Duration.ofMinutes(60));
    }

    Incident incident(String title) {
        return store.incidents().declare(draft(title), priya);
    }
}
