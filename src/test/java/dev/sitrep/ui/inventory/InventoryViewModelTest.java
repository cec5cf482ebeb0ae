package dev.sitrep.ui.inventory;

import dev.sitrep.domain.Contact;
import dev.sitrep.domain.Customer;
import dev.sitrep.domain.Device;
import dev.sitrep.domain.DeviceKind;
import dev.sitrep.domain.DeviceStatus;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.IncidentDraft;
import dev.sitrep.domain.IncidentKind;
import dev.sitrep.domain.Operator;
import dev.sitrep.domain.Severity;
import dev.sitrep.domain.Site;
import dev.sitrep.domain.SlaTier;
import dev.sitrep.domain.StaffRole;
import dev.sitrep.store.DatabaseLocation;
import dev.sitrep.store.Store;
import dev.sitrep.ui.common.CurrentThreadTaskExecutor;
import dev.sitrep.ui.common.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class InventoryViewModelTest {

    @TempDir
    Path folder;

    private Store store;
    private Operator priya;
    private Operator sam;
    private final Workspace workspace = new Workspace();
    private InventoryViewModel vm;
    private Site leeds;
    private Device exch02;
    private Device mail01;
    private Incident incident;

    @BeforeEach
    void open() {
        store = Store.open(DatabaseLocation.ofFile(folder.resolve("db")),
                Clock.fixed(Instant.parse("2026-03-14T09:30:00Z"), ZoneOffset.UTC));
        priya = store.staff().signIn("Priya Shah", StaffRole.COMMANDER);
        sam = store.staff().signIn("Sam Lee", StaffRole.ENGINEER);
        Customer northwind = customer("Northwind");
        leeds = site(northwind, "Leeds", "Leeds");
        Site hull = site(northwind, "Hull DC", "Hull");
        device(leeds, "EXCH-01", "Exchange", "2019 CU14");
        exch02 = device(leeds, "EXCH-02", "Exchange", "2019 CU14");
        device(leeds, "FS-01", "Windows Server", "2022");
        device(hull, "EXCH-03", "Exchange", "2019 CU13");
        Customer contoso = customer("Contoso");
        mail01 = device(site(contoso, "Berlin", "Berlin"), "MAIL-01", "Exchange", "2016 CU23");

        incident = store.incidents().declare(new IncidentDraft("Exchange zero-day", IncidentKind.VULNERABILITY,
                Severity.SEV1, null, "", Duration.ofHours(1)), priya);
        store.impacts().add(incident.id(), List.of(exch02.id(), mail01.id()), DeviceStatus.AT_RISK, priya);
        store.impacts().setStatus(incident.id(), List.of(exch02.id()), DeviceStatus.DOWN, null, priya);
        store.impacts().setStatus(incident.id(), List.of(mail01.id()), DeviceStatus.RESTORED, null, priya);
        store.impacts().assign(incident.id(), List.of(exch02.id()), sam.staffId(), priya);

        workspace.operatorProperty().set(priya);
        workspace.currentIncidentProperty().set(incident);
        vm = new InventoryViewModel(store, workspace, new CurrentThreadTaskExecutor());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void showsCustomersSitesAndDevicesByNameWithCounts() {
        assertThat(names(vm.tree().customers())).containsExactly("Contoso", "Northwind");
        InventoryNode northwind = vm.tree().customers().get(1);
        assertThat(names(northwind.children())).containsExactly("Hull DC", "Leeds");
        assertThat(names(northwind.children().get(1).children())).containsExactly("EXCH-01", "EXCH-02", "FS-01");
        assertThat(vm.countsProperty().get()).isEqualTo("2 customers · 3 sites · 5 devices");
    }

    @Test
    void rowsCarryTheirColumns() {
        InventoryNode leedsNode = vm.tree().customers().get(1).children().get(1);
        InventoryRow exch = leedsNode.children().get(1).row();

        assertThat(exch.kind()).isEqualTo("server");
        assertThat(exch.product()).isEqualTo("Exchange");
        assertThat(exch.version()).isEqualTo("2019 CU14");
        assertThat(exch.criticality()).isEqualTo("1 high");
        assertThat(exch.status()).isEqualTo(DeviceStatus.DOWN);
        assertThat(exch.statusText()).isEqualTo("down");
        assertThat(exch.engineer()).isEqualTo("Sam Lee");
        assertThat(leedsNode.row().place()).isEqualTo("Leeds · Europe/London");
        assertThat(leedsNode.row().statusText()).isEqualTo("down · 0 of 1 recovered");
        assertThat(vm.tree().customers().getFirst().row().statusText()).isEqualTo("restored · 1 of 1 recovered");
        assertThat(leedsNode.children().getFirst().row().status()).as("EXCH-01 is not affected").isNull();
    }

    @Test
    void filterOnHostnameKeepsAndOpensTheAncestorsOfMatches() {
        vm.filterTextProperty().set("exch-0");

        assertThat(names(vm.tree().customers())).containsExactly("Northwind");
        InventoryNode northwind = vm.tree().customers().getFirst();
        assertThat(northwind.expanded()).isTrue();
        assertThat(names(northwind.children())).containsExactly("Hull DC", "Leeds");
        assertThat(northwind.children()).allMatch(InventoryNode::expanded);
        assertThat(names(northwind.children().get(1).children())).containsExactly("EXCH-01", "EXCH-02");
        assertThat(vm.countsProperty().get()).isEqualTo("1 customer · 2 sites · 3 of 5 devices shown");
    }

    @Test
    void filterMatchesProductAndVersionIgnoringCase() {
        vm.filterTextProperty().set("WINDOWS");
        assertThat(deviceNames()).containsExactly("FS-01");

        vm.filterTextProperty().set("2016");
        assertThat(deviceNames()).containsExactly("MAIL-01");
    }

    @Test
    void aMatchingCustomerOrSiteKeepsEverythingUnderIt() {
        vm.filterTextProperty().set("contoso");
        assertThat(names(vm.tree().customers())).containsExactly("Contoso");
        assertThat(deviceNames()).containsExactly("MAIL-01");
        assertThat(vm.tree().customers().getFirst().expanded()).as("nothing under it matched").isFalse();

        vm.filterTextProperty().set("hull");
        assertThat(deviceNames()).containsExactly("EXCH-03");
        assertThat(vm.countsProperty().get()).isEqualTo("1 customer · 1 site · 1 of 5 devices shown");
    }

    @Test
    void aFilterThatMatchesNothingShowsNothing() {
        vm.filterTextProperty().set("no such thing");

        assertThat(vm.tree().customers()).isEmpty();
        assertThat(vm.countsProperty().get()).isEqualTo("0 customers · 0 sites · 0 of 5 devices shown");
    }

    @Test
    void affectedOnlyShowsTheIncidentsDevicesOpened() {
        vm.affectedOnlyProperty().set(true);

        assertThat(deviceNames()).containsExactly("MAIL-01", "EXCH-02");
        assertThat(vm.tree().customers()).allMatch(InventoryNode::expanded);
        assertThat(vm.countsProperty().get()).isEqualTo("2 customers · 2 sites · 2 of 5 devices shown");

        vm.filterTextProperty().set("northwind");
        assertThat(deviceNames()).containsExactly("EXCH-02");
    }

    @Test
    void withoutACurrentIncidentThereAreNoStatusesAndNoAffectedOnly() {
        vm.affectedOnlyProperty().set(true);
        workspace.currentIncidentProperty().set(null);

        assertThat(vm.hasIncidentProperty().get()).isFalse();
        assertThat(vm.affectedOnlyProperty().get()).isFalse();
        assertThat(allDeviceRows()).allMatch(row -> row.status() == null);
        assertThat(vm.statusCaptionProperty().get()).startsWith("No current incident");
    }

    @Test
    void switchingIncidentShowsThatIncidentsStatuses() {
        Incident other = store.incidents().declare(new IncidentDraft("Outage at Hull", IncidentKind.OUTAGE,
                Severity.SEV3, null, "", Duration.ofHours(1)), priya);
        Device exch03 = store.inventory().devices().stream().filter(d -> d.hostname().equals("EXCH-03")).findFirst()
                .orElseThrow();
        store.impacts().add(other.id(), List.of(exch03.id()), DeviceStatus.ISOLATED, priya);

        workspace.currentIncidentProperty().set(other);

        assertThat(vm.statusCaptionProperty().get()).isEqualTo("Status in " + other.code());
        assertThat(allDeviceRows()).filteredOn(row -> row.status() != null)
                .extracting(InventoryRow::name).containsExactly("EXCH-03");
    }

    @Test
    void refreshesWhenTheChangeFeedReportsInventoryOrImpactChanges() {
        vm.filterTextProperty().set("exch-");
        long seen = store.journal().latestSeq();
        device(leeds, "EXCH-04", "Exchange", "2019 CU14");
        store.impacts().setStatus(incident.id(), List.of(exch02.id()), DeviceStatus.RECOVERING, null, sam);

        workspace.publish(store.journal().after(seen, 100));

        assertThat(deviceNames()).containsExactly("EXCH-03", "EXCH-01", "EXCH-02", "EXCH-04");
        assertThat(allDeviceRows()).filteredOn(row -> row.name().equals("EXCH-02"))
                .extracting(InventoryRow::status).containsExactly(DeviceStatus.RECOVERING);
        assertThat(vm.filterTextProperty().get()).as("the filter is kept").isEqualTo("exch-");
    }

    @Test
    void filtersALargeInventoryByHostname() {
        List<Customer> customers = List.of(new Customer(UUID.randomUUID(), "Big", SlaTier.GOLD, "", Contact.NONE, ""));
        List<Site> sites = IntStream.range(0, 120)
                .mapToObj(i -> new Site(UUID.randomUUID(), customers.getFirst().id(), "Site " + i, "",
                        ZoneId.of("UTC")))
                .toList();
        List<Device> devices = IntStream.range(0, 30_000)
                .mapToObj(i -> new Device(UUID.randomUUID(), sites.get(i % sites.size()).id(), "HOST-" + i,
                        DeviceKind.WORKSTATION, "Windows", "11", 3, ""))
                .toList();
        InventoryIndex index = InventoryIndex.of(customers, sites, devices, Map.of(), Map.of());

        InventoryTree tree = index.filter("host-2999", false);

        assertThat(tree.deviceCount()).isEqualTo(11);  // HOST-2999 and HOST-29990..29999
        assertThat(tree.totalDevices()).isEqualTo(30_000);
    }

    private Customer customer(String name) {
        Customer customer = new Customer(UUID.randomUUID(), name, SlaTier.GOLD, "", Contact.NONE, "");
        store.inventory().saveCustomer(customer, priya);
        return customer;
    }

    private Site site(Customer customer, String name, String city) {
        Site site = new Site(UUID.randomUUID(), customer.id(), name, city, ZoneId.of("Europe/London"));
        store.inventory().saveSite(site, priya);
        return site;
    }

    private Device device(Site site, String hostname, String product, String version) {
        Device device = new Device(UUID.randomUUID(), site.id(), hostname, DeviceKind.SERVER, product, version, 1, "");
        store.inventory().saveDevice(device, priya);
        return device;
    }

    private List<String> deviceNames() {
        return allDeviceRows().stream().map(InventoryRow::name).toList();
    }

    private List<InventoryRow> allDeviceRows() {
        return vm.tree().customers().stream()
                .flatMap(customer -> customer.children().stream())
                .flatMap(site -> site.children().stream())
                .map(InventoryNode::row)
                .toList();
    }

    private static List<String> names(List<InventoryNode> nodes) {
        return nodes.stream().map(node -> node.row().name()).toList();
    }
}
