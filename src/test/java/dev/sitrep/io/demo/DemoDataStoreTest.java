package dev.sitrep.io.demo;

import dev.sitrep.domain.Customer;
import dev.sitrep.domain.EntityType;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.JournalEntry;
import dev.sitrep.domain.StaffRole;
import dev.sitrep.store.BulkBatch;
import dev.sitrep.store.DatabaseLocation;
import dev.sitrep.store.Store;
import dev.sitrep.store.StoreCounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static dev.sitrep.io.demo.DemoScenario.RANSOMWARE;
import static dev.sitrep.io.demo.DemoScenario.ZERO_DAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemoDataStoreTest {

    private static final long SEED = DemoData.DEFAULT_SEED;

    @TempDir
    Path folder;

    private Store store;

    @BeforeEach
    void openStore() {
        store = Store.open(DatabaseLocation.ofFile(folder.resolve("sitrep")), Clock.fixed(DemoDataTest.NOW,
                ZoneOffset.UTC));
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void loadsTheZeroDayIntoAnEmptyDatabase() {
        BulkBatch batch = DemoDataTest.generated(ZERO_DAY);

        Incident incident = DemoData.load(store, ZERO_DAY, 1, SEED);

        assertThat(incident).isEqualTo(batch.incidents().getFirst());
        assertThat(store.counts()).isEqualTo(countsOf(batch));
        assertThat(store.impacts().forIncident(incident.id())).hasSize(40);
        assertThat(store.incidents().findByCode(incident.code())).contains(incident);
    }

    @Test
    void loadsTheRansomwareIntoAnEmptyDatabase() {
        BulkBatch batch = DemoDataTest.generated(RANSOMWARE);

        Incident incident = DemoData.load(store, RANSOMWARE, 1, SEED);

        StoreCounts counts = store.counts();
        assertThat(counts).isEqualTo(countsOf(batch));
        assertThat(counts.sites()).isEqualTo(13 + RansomwareScenario.OTHER_CUSTOMERS);
        assertThat(counts.devices()).isEqualTo(3_000);
        assertThat(counts.tasks()).isEqualTo(300);
        assertThat(counts.communications()).isEqualTo(2_000);
        assertThat(counts.journal()).isBetween(18_000L, 22_000L);
        assertThat(store.journal().forIncident(incident.id(), 1)).singleElement()
                .satisfies(latest -> assertThat(latest.at()).isBeforeOrEqualTo(DemoDataTest.NOW));
    }

    @Test
    void bothDemosShareOneDatabaseWithItsStaffAndCustomers() {
        Incident zeroDay = DemoData.load(store, ZERO_DAY, 1, SEED);
        Incident ransomware = DemoData.load(store, RANSOMWARE, 1, SEED);

        Set<String> customerNames = Stream.of(DemoDataTest.generated(ZERO_DAY), DemoDataTest.generated(RANSOMWARE))
                .flatMap(batch -> batch.customers().stream()).map(Customer::name).collect(Collectors.toSet());
        assertThat(store.counts().customers()).isEqualTo(customerNames.size());
        assertThat(store.counts().staff()).isEqualTo(DemoCatalog.STAFF.size());
        assertThat(store.counts().incidents()).isEqualTo(2);
        assertThat(zeroDay.code()).endsWith("-0001");
        assertThat(ransomware.code()).endsWith("-0002");
        List<JournalEntry> declared = store.journal().forIncident(ransomware.id(), 100_000).stream()
                .filter(entry -> entry.entity() == EntityType.INCIDENT).toList();
        assertThat(declared).allSatisfy(entry -> assertThat(entry.detail("name")).isEqualTo(ransomware.code()));
        assertThat(store.impacts().forIncident(ransomware.id())).hasSize(3_000);
    }

    @Test
    void aSecondZeroDayWithAnotherSeedReusesTheInventoryItShares() {
        DemoData.load(store, ZERO_DAY, 1, SEED);
        StoreCounts first = store.counts();

        Incident second = DemoData.load(store, ZERO_DAY, 1, 7);

        Set<String> customerNames = new HashSet<>();
        Stream.of(DemoDataTest.generated(ZERO_DAY), DemoData.generate(ZERO_DAY, 1, 7, DemoDataTest.NOW))
                .forEach(batch -> batch.customers().forEach(customer -> customerNames.add(customer.name())));
        assertThat(store.counts().customers()).isEqualTo(customerNames.size());
        assertThat(store.counts().staff()).isEqualTo(first.staff());
        assertThat(store.counts().incidents()).isEqualTo(2);
        assertThat(store.impacts().forIncident(second.id())).hasSize(40);
    }

    @Test
    void loadingTheSameDemoTwiceIsRefusedAndWritesNothing() {
        Incident incident = DemoData.load(store, ZERO_DAY, 1, SEED);
        StoreCounts before = store.counts();

        assertThatThrownBy(() -> DemoData.load(store, ZERO_DAY, 1, SEED))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("loaded already")
                .hasMessageContaining(incident.code())
                .hasMessageContaining("another seed");
        assertThat(store.counts()).isEqualTo(before);
    }

    @Test
    void anOperatorWhoSignedInBeforeIsTheSamePersonInTheDemo() {
        store.staff().signIn("priya shah", StaffRole.COMMANDER);

        Incident incident = DemoData.load(store, ZERO_DAY, 1, SEED);

        assertThat(store.counts().staff()).isEqualTo(DemoCatalog.ZERO_DAY_STAFF);
        assertThat(store.staff().findByName("Priya Shah")).hasValueSatisfying(priya ->
                assertThat(incident.commanderId()).isEqualTo(priya.id()));
    }

    @Test
    void refusesABadScaleBeforeWritingAnything() {
        assertThatThrownBy(() -> DemoData.load(store, RANSOMWARE, 0, SEED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Scale");
        assertThat(store.counts().isEmpty()).isTrue();
    }

    private static StoreCounts countsOf(BulkBatch batch) {
        return new StoreCounts(batch.customers().size(), batch.sites().size(), batch.devices().size(),
                batch.staff().size(), batch.incidents().size(), batch.impacts().size(), batch.tasks().size(),
                batch.communications().size(), batch.commitments().size(), batch.deferredWork().size(),
                batch.shifts().size(), batch.journal().size());
    }
}
