package dev.sitrep.domain;

import dev.sitrep.domain.InventoryMerge.Conflict;
import dev.sitrep.domain.InventoryMerge.Field;
import dev.sitrep.domain.InventoryMerge.Outcome;
import dev.sitrep.domain.InventoryMerge.Plan;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class InventoryMergeTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final List<Customer> customers = new ArrayList<>();
    private final List<Site> sites = new ArrayList<>();
    private final List<Device> devices = new ArrayList<>();

    @Test
    void anEmptyInventoryGetsEveryCustomerSiteAndDeviceOnce() {
        Plan plan = merge(listing("Acme", "Leeds", "EXCH-01"), listing("Acme", "Leeds", "EXCH-02"),
                listing("Acme", "York", "FW-01"), listing("Globex", "Paris", "DC-01"));

        assertThat(plan.newCustomers()).extracting(Customer::name).containsExactly("Acme", "Globex");
        assertThat(plan.newCustomers()).allSatisfy(c -> assertThat(c.slaTier()).isEqualTo(SlaTier.STANDARD));
        assertThat(plan.newSites()).extracting(Site::name).containsExactly("Leeds", "York", "Paris");
        assertThat(plan.newDevices()).extracting(Device::hostname).containsExactly("EXCH-01", "EXCH-02", "FW-01", "DC-01");
        assertThat(plan.newDevices().get(2).siteId()).isEqualTo(plan.newSites().get(1).id());
        assertThat(plan.effects()).extracting(InventoryMerge.Effect::outcome).containsOnly(Outcome.NEW);
        assertThat(plan.effects()).extracting(InventoryMerge.Effect::newCustomer).containsExactly(true, false, false, true);
        assertThat(plan.effects()).extracting(InventoryMerge.Effect::newSite).containsExactly(true, false, true, true);
        assertThat(plan.changesNothing()).isFalse();
    }

    @Test
    void aNewSiteWithoutATimeZoneIsUtcAndOneWithATimeZoneKeepsIt() {
        Plan plan = merge(listing("Acme", "Leeds", "EXCH-01"),
                new InventoryListing("Acme", "York", "York", LONDON, "FW-01", DeviceKind.NETWORK, "", "", 2, null));

        assertThat(plan.newSites()).extracting(Site::timeZone).containsExactly(ZoneId.of("UTC"), LONDON);
        assertThat(plan.newDevices().getFirst().notes()).isEmpty();
    }

    @Test
    void storedRecordsAreMatchedIgnoringCaseAndKeepTheirSpelling() {
        Device stored = device(site(customer("Acme"), "Leeds"), "EXCH-01");

        Plan plan = merge(new InventoryListing("ACME", "leeds", "Leeds", null, "exch-01", DeviceKind.SERVER,
                "Exchange", "2019 CU14", 1, null));

        assertThat(plan.changesNothing()).isTrue();
        assertThat(plan.effects()).extracting(InventoryMerge.Effect::outcome).containsExactly(Outcome.UNCHANGED);
        assertThat(stored.hostname()).isEqualTo("EXCH-01");
    }

    @Test
    void anExactSpellingWinsOverOneThatDiffersInCase() {
        Site leeds = site(customer("Acme"), "Leeds");
        device(leeds, "exch-01");
        Device exact = device(leeds, "EXCH-01");

        Plan plan = merge(new InventoryListing("Acme", "Leeds", "Leeds", null, "EXCH-01", DeviceKind.SERVER,
                "Exchange", "2019 CU15", 1, null));

        assertThat(plan.deviceUpdates()).singleElement().satisfies(update ->
                assertThat(update.before().id()).isEqualTo(exact.id()));
    }

    @Test
    void changedFieldsAreNamedAndOnlyGivenOnesChange() {
        Site leeds = site(customer("Acme"), "Leeds");
        Device stored = new Device(UUID.randomUUID(), leeds.id(), "EXCH-01", DeviceKind.SERVER, "Exchange", "2019 CU14",
                1, "keep me");
        devices.add(stored);

        Plan plan = merge(new InventoryListing("Acme", "Leeds", "Leeds", null, "EXCH-01", DeviceKind.SERVER,
                "Exchange Server", "2019 CU15", 1, null));

        assertThat(plan.deviceUpdates()).singleElement().satisfies(update -> {
            assertThat(update.fields()).containsExactly("product", "version");
            assertThat(update.after().notes()).as("notes not given").isEqualTo("keep me");
            assertThat(update.after().id()).isEqualTo(stored.id());
        });
        assertThat(plan.effects().getFirst()).isEqualTo(new InventoryMerge.Effect(Outcome.UPDATED, false, false,
                List.of(), List.of("product", "version")));
        assertThat(plan.siteUpdates()).as("time zone not given, city the same").isEmpty();
    }

    @Test
    void aSitesCityAndTimeZoneChangeOnceWithItsFirstListing() {
        Site leeds = site(customer("Acme"), "Leeds");
        device(leeds, "EXCH-01");
        device(leeds, "EXCH-02");

        Plan plan = merge(
                new InventoryListing("Acme", "Leeds", "Leeds West", null, "EXCH-01", DeviceKind.SERVER, "Exchange", "2019 CU14", 1, null),
                new InventoryListing("Acme", "Leeds", "Leeds West", ZoneId.of("UTC"), "EXCH-02", DeviceKind.SERVER, "Exchange", "2019 CU14", 1, null));

        assertThat(plan.siteUpdates()).singleElement().satisfies(update -> {
            assertThat(update.fields()).containsExactly("city", "timeZone");
            assertThat(update.after().timeZone()).isEqualTo(ZoneId.of("UTC"));
        });
        assertThat(plan.effects()).extracting(InventoryMerge.Effect::outcome)
                .containsExactly(Outcome.UPDATED, Outcome.UNCHANGED);
    }

    @Test
    void theSameDeviceTwiceIgnoringCaseIsAConflictOnTheLaterListing() {
        Plan plan = merge(listing("Acme", "Leeds", "EXCH-01"), listing("Acme", "Leeds", "EXCH-02"),
                listing("acme", "LEEDS", "exch-01"));

        assertThat(plan.conflicts()).containsExactly(new Conflict(2, 0, Field.HOSTNAME));
        assertThat(plan.effects()).extracting(InventoryMerge.Effect::outcome)
                .containsExactly(Outcome.NEW, Outcome.NEW, Outcome.CONFLICT);
        assertThat(plan.newDevices()).hasSize(2);
    }

    @Test
    void aSiteInTwoCitiesOrTwoTimeZonesIsAConflict() {
        Plan plan = merge(
                new InventoryListing("Acme", "Leeds", "Leeds", null, "A", DeviceKind.SERVER, "", "", 1, null),
                new InventoryListing("Acme", "Leeds", "York", null, "B", DeviceKind.SERVER, "", "", 1, null),
                new InventoryListing("Acme", "Leeds", "Leeds", LONDON, "C", DeviceKind.SERVER, "", "", 1, null),
                new InventoryListing("Acme", "Leeds", "Leeds", ZoneId.of("UTC"), "D", DeviceKind.SERVER, "", "", 1, null),
                new InventoryListing("Acme", "Leeds", "Leeds", null, "E", DeviceKind.SERVER, "", "", 1, null));

        assertThat(plan.conflicts()).containsExactly(new Conflict(1, 0, Field.CITY), new Conflict(3, 2, Field.TIME_ZONE));
        assertThat(plan.newSites()).singleElement().satisfies(site -> assertThat(site.timeZone()).isEqualTo(LONDON));
    }

    @Test
    void mergingTheResultAgainChangesNothing() {
        Plan first = merge(listing("Acme", "Leeds", "EXCH-01"), listing("Acme", "York", "FW-01"));
        customers.addAll(first.newCustomers());
        sites.addAll(first.newSites());
        devices.addAll(first.newDevices());

        Plan second = merge(listing("Acme", "Leeds", "EXCH-01"), listing("Acme", "York", "FW-01"));

        assertThat(second.changesNothing()).isTrue();
        assertThat(second.count(Outcome.UNCHANGED)).isEqualTo(2);
    }

    private Plan merge(InventoryListing... listings) {
        return InventoryMerge.plan(customers, sites, devices, List.of(listings), UUID::randomUUID);
    }

    private static InventoryListing listing(String customer, String site, String hostname) {
        return new InventoryListing(customer, site, site, null, hostname, DeviceKind.SERVER, "Exchange", "2019 CU14", 1,
                null);
    }

    private Customer customer(String name) {
        Customer customer = new Customer(UUID.randomUUID(), name, SlaTier.GOLD, "", Contact.NONE, "");
        customers.add(customer);
        return customer;
    }

    private Site site(Customer customer, String name) {
        Site site = new Site(UUID.randomUUID(), customer.id(), name, name, LONDON);
        sites.add(site);
        return site;
    }

    private Device device(Site site, String hostname) {
        Device device = new Device(UUID.randomUUID(), site.id(), hostname, DeviceKind.SERVER, "Exchange", "2019 CU14", 1,
                "");
        devices.add(device);
        return device;
    }
}
