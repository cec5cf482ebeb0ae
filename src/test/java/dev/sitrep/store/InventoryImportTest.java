package dev.sitrep.store;

import dev.sitrep.domain.Customer;
import dev.sitrep.domain.Device;
import dev.sitrep.domain.DeviceKind;
import dev.sitrep.domain.EntityType;
import dev.sitrep.domain.InventoryListing;
import dev.sitrep.domain.InventoryMerge;
import dev.sitrep.domain.JournalAction;
import dev.sitrep.domain.JournalEntry;
import dev.sitrep.domain.Site;
import dev.sitrep.domain.SlaTier;
import dev.sitrep.store.StoreException.Reason;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

/// `InventoryRepository.importInventory`: one transaction, journaled like the `save` methods, and idempotent.
class InventoryImportTest extends StoreTestSupport {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static final List<InventoryListing> ACME = List.of(
            listing("Acme", "Leeds", "Leeds", LONDON, "EXCH-01", "2019 CU14"),
            listing("Acme", "Leeds", "Leeds", null, "EXCH-02", "2019 CU14"),
            listing("Acme", "York", "York", null, "FW-01", "7.4"));

    @Test
    void addsCustomersSitesAndDevicesEachWithItsCreatedEntry() {
        long before = store.journal().latestSeq();

        InventoryMerge.Plan written = store.inventory().importInventory(ACME, priya);

        Customer acme = store.inventory().customers().getFirst();
        assertThat(acme.name()).isEqualTo("Acme");
        assertThat(acme.slaTier()).isEqualTo(SlaTier.STANDARD);
        assertThat(store.inventory().sites()).extracting(Site::name, Site::timeZone)
                .containsExactly(tuple("Leeds", LONDON), tuple("York", ZoneId.of("UTC")));
        assertThat(store.inventory().devices()).extracting(Device::hostname).containsExactly("EXCH-01", "EXCH-02", "FW-01");
        assertThat(written.count(InventoryMerge.Outcome.NEW)).isEqualTo(3);
        assertThat(journalAfter(before)).extracting(JournalEntry::entity, JournalEntry::action, JournalEntry::actor,
                JournalEntry::details).containsExactly(
                tuple(EntityType.CUSTOMER, JournalAction.CREATED, "Priya Shah", Map.of("name", "Acme")),
                tuple(EntityType.SITE, JournalAction.CREATED, "Priya Shah", Map.of("name", "Leeds", "customer", "Acme")),
                tuple(EntityType.SITE, JournalAction.CREATED, "Priya Shah", Map.of("name", "York", "customer", "Acme")),
                tuple(EntityType.DEVICE, JournalAction.CREATED, "Priya Shah",
                        Map.of("name", "EXCH-01", "site", "Leeds", "customer", "Acme")),
                tuple(EntityType.DEVICE, JournalAction.CREATED, "Priya Shah",
                        Map.of("name", "EXCH-02", "site", "Leeds", "customer", "Acme")),
                tuple(EntityType.DEVICE, JournalAction.CREATED, "Priya Shah",
                        Map.of("name", "FW-01", "site", "York", "customer", "Acme")));
    }

    @Test
    void importingTheSameListingsTwiceChangesNothingTheSecondTime() {
        store.inventory().importInventory(ACME, priya);
        List<Device> devices = store.inventory().devices();
        long before = store.journal().latestSeq();

        InventoryMerge.Plan second = store.inventory().importInventory(ACME, priya);

        assertThat(second.changesNothing()).isTrue();
        assertThat(second.count(InventoryMerge.Outcome.UNCHANGED)).isEqualTo(3);
        assertThat(store.inventory().devices()).isEqualTo(devices);
        assertThat(store.journal().latestSeq()).as("no journal entry").isEqualTo(before);
    }

    @Test
    void updatesWhatDiffersWithTheChangedFieldsInTheJournal() {
        Site leeds = site(customer("Acme"), "Leeds");
        Device exch = device(leeds, "EXCH-01");
        long before = store.journal().latestSeq();

        store.inventory().importInventory(List.of(new InventoryListing("acme", "LEEDS", "Leeds West", null, "exch-01",
                DeviceKind.SERVER, "Exchange", "2019 CU15", 2, null)), priya);

        assertThat(store.inventory().device(exch.id())).hasValueSatisfying(device -> {
            assertThat(device.hostname()).as("the stored spelling stays").isEqualTo("EXCH-01");
            assertThat(device.version()).isEqualTo("2019 CU15");
            assertThat(device.criticality()).isEqualTo(2);
        });
        assertThat(store.inventory().site(leeds.id())).hasValueSatisfying(site -> {
            assertThat(site.city()).isEqualTo("Leeds West");
            assertThat(site.timeZone()).as("not given, kept").isEqualTo(LONDON);
        });
        assertThat(store.inventory().customers()).hasSize(1);
        assertThat(journalAfter(before)).extracting(JournalEntry::entity, JournalEntry::action, JournalEntry::details)
                .containsExactly(
                        tuple(EntityType.SITE, JournalAction.UPDATED,
                                Map.of("name", "Leeds", "customer", "Acme", "fields", "city")),
                        tuple(EntityType.DEVICE, JournalAction.UPDATED,
                                Map.of("name", "EXCH-01", "site", "Leeds", "customer", "Acme",
                                        "fields", "version,criticality")));
    }

    @Test
    void fitsInWithWhatAnotherConsoleStoredAfterThePreview() {
        // The preview saw an empty store; meanwhile another console added Acme and its Leeds site.
        Site leeds = site(customer("Acme"), "Leeds");

        InventoryMerge.Plan written = store.inventory().importInventory(ACME, priya);

        assertThat(written.newCustomers()).isEmpty();
        assertThat(store.inventory().customers()).hasSize(1);
        assertThat(store.inventory().sites()).extracting(Site::id).contains(leeds.id()).hasSize(2);
        assertThat(store.inventory().devices()).hasSize(3);
    }

    @Test
    void whenOneWriteFailsNothingIsStored() throws SQLException {
        long before = store.journal().latestSeq();
        execute("ALTER TABLE device ADD CONSTRAINT test_refuse_firewalls CHECK (hostname <> 'FW-01')");

        StoreException refused = catchThrowableOfType(StoreException.class,
                () -> store.inventory().importInventory(ACME, priya));

        assertThat(refused.reason()).isEqualTo(Reason.REJECTED);
        assertThat(store.inventory().customers()).isEmpty();
        assertThat(store.inventory().sites()).isEmpty();
        assertThat(store.inventory().devices()).isEmpty();
        assertThat(store.journal().latestSeq()).isEqualTo(before);
    }

    @Test
    void refusesListingsThatContradictEachOtherAndWritesNothing() {
        long before = store.journal().latestSeq();

        StoreException refused = catchThrowableOfType(StoreException.class, () -> store.inventory().importInventory(
                List.of(ACME.get(0), ACME.get(1), ACME.get(0)), priya));

        assertThat(refused.reason()).isEqualTo(Reason.REJECTED);
        assertThat(refused).hasMessageContaining("nothing was imported");
        assertThat(store.inventory().customers()).isEmpty();
        assertThat(store.journal().latestSeq()).isEqualTo(before);
    }

    private static InventoryListing listing(String customer, String site, String city, ZoneId zone, String hostname,
                                            String version) {
        return new InventoryListing(customer, site, city, zone, hostname, DeviceKind.SERVER, "Exchange", version, 1, null);
    }

    private void execute(String ddl) throws SQLException {
        try (Connection connection = sql(); Statement statement = connection.createStatement()) {
            statement.execute(ddl);
        }
    }
}
