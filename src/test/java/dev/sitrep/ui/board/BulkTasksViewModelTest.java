package dev.sitrep.ui.board;

import dev.sitrep.domain.Contact;
import dev.sitrep.domain.Customer;
import dev.sitrep.domain.Device;
import dev.sitrep.domain.DeviceKind;
import dev.sitrep.domain.DeviceStatus;
import dev.sitrep.domain.EntityType;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.IncidentDraft;
import dev.sitrep.domain.IncidentKind;
import dev.sitrep.domain.IncidentTask;
import dev.sitrep.domain.JournalAction;
import dev.sitrep.domain.JournalEntry;
import dev.sitrep.domain.Operator;
import dev.sitrep.domain.Priority;
import dev.sitrep.domain.Scope;
import dev.sitrep.domain.Severity;
import dev.sitrep.domain.Site;
import dev.sitrep.domain.SlaTier;
import dev.sitrep.domain.StaffRole;
import dev.sitrep.domain.TaskStatus;
import dev.sitrep.domain.TimeWindow;
import dev.sitrep.store.DatabaseLocation;
import dev.sitrep.store.Store;
import dev.sitrep.ui.board.BulkCandidates.Per;
import dev.sitrep.ui.common.CurrentThreadTaskExecutor;
import dev.sitrep.ui.common.SteppingClock;
import dev.sitrep.ui.common.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class BulkTasksViewModelTest {

    /// A Saturday, noon, in the UTC the stepping clock keeps.
    private static final Instant NOW = Instant.parse("2026-03-14T12:00:00Z");
    private static final Instant TEN_PM = Instant.parse("2026-03-14T22:00:00Z");

    @TempDir
    Path folder;

    private final SteppingClock clock = new SteppingClock(NOW);
    private final Workspace workspace = new Workspace();
    private Store store;
    private Operator priya;
    private Operator kim;
    private Operator sam;
    private Incident incident;
    private Customer acme;
    private Site leeds;
    private final List<UUID> devices = new ArrayList<>();
    private BulkTasksViewModel vm;

    /// Acme in Leeds (two Exchange servers at risk, a file server down, an admin workstation at risk) and
    /// York (an Exchange server and a domain controller at risk); Globex in Hull (two Exchange servers at
    /// risk, one isolated).
    @BeforeEach
    void open() {
        store = Store.open(DatabaseLocation.ofFile(folder.resolve("db")), clock);
        priya = store.staff().signIn("Priya Shah", StaffRole.COMMANDER);
        sam = store.staff().signIn("Sam Lee", StaffRole.ENGINEER);
        kim = store.staff().signIn("Kim Park", StaffRole.ENGINEER);
        acme = customer("Acme");
        Customer globex = customer("Globex");
        leeds = site(acme, "Leeds");
        Site york = site(acme, "York");
        Site hull = site(globex, "Hull");
        incident = store.incidents().declare(new IncidentDraft("Exchange zero-day", IncidentKind.VULNERABILITY,
                Severity.SEV1, priya.staffId(), "", Duration.ofMinutes(60)), priya);
        affected(DeviceStatus.AT_RISK, exchange(leeds, "EXCH-01", "Mailbox server"),
                exchange(leeds, "EXCH-02", "Mailbox server, DAG member"),
                device(leeds, "WS-ADMIN", DeviceKind.WORKSTATION, "Windows 11", "Exchange admin workstation"),
                exchange(york, "EXCH-03", "Hybrid server"),
                device(york, "DC-01", DeviceKind.SERVER, "Windows Server", "Domain controller"),
                exchange(hull, "EXCH-04", "Mailbox server"),
                exchange(hull, "EXCH-05", "Mailbox server"));
        affected(DeviceStatus.DOWN, device(leeds, "FS-01", DeviceKind.SERVER, "Windows Server", "File server"));
        affected(DeviceStatus.ISOLATED, exchange(hull, "EXCH-06", "Mailbox server"));
        workspace.operatorProperty().set(priya);
        workspace.currentIncidentProperty().set(incident);
        vm = new BulkTasksViewModel(store, workspace, new CurrentThreadTaskExecutor(), clock);
    }

    @AfterEach
    void close() {
        vm.close();
        store.close();
    }

    @Test
    void atRiskServersFilteredByTextAreTheExchangeServersAtRisk() {
        assertThat(shownNames()).hasSize(9);

        pickAtRiskExchangeServers();

        assertThat(shownNames()).containsExactly("EXCH-01", "EXCH-02", "EXCH-03", "EXCH-04", "EXCH-05");
        assertThat(vm.candidates().summaryProperty().get()).isEqualTo("5 of 9 devices shown · 5 checked");
        assertThat(vm.preview()).extracting(PlannedTaskRow::title).first().isEqualTo("Apply patch to EXCH-01");
        assertThat(vm.preview()).extracting(PlannedTaskRow::place).first().isEqualTo("Leeds · Acme");
    }

    @Test
    void fiveServersTwoAtATimeInHourWindowsFromTenPmEndPastMidnight() {
        pickAtRiskExchangeServers();

        planWindows("22:00", "1h", "2");

        assertThat(vm.preview()).extracting(row -> row.downtime().start()).containsExactly(TEN_PM, TEN_PM,
                TEN_PM.plus(hours(1)), TEN_PM.plus(hours(1)), TEN_PM.plus(hours(2)));
        assertThat(vm.preview()).extracting(PlannedTaskRow::window).containsExactly("Sat 14 Mar 22:00–23:00",
                "Sat 14 Mar 22:00–23:00", "Sat 14 Mar 23:00–00:00", "Sat 14 Mar 23:00–00:00",
                "Sun 15 Mar 00:00–01:00");
        assertThat(vm.summaryProperty().get()).isEqualTo("5 tasks, windows from Sat 22:00 to Sun 01:00, unassigned");
        assertThat(vm.validProperty().get()).isTrue();
    }

    @Test
    void checkedEngineersTakeTheTasksInTurn() {
        pickAtRiskExchangeServers();

        check("Sam Lee");
        check("Kim Park");

        assertThat(vm.people()).extracting(person -> person.value().name()).as("engineers first, by name")
                .startsWith("Kim Park", "Sam Lee");
        assertThat(vm.preview()).extracting(PlannedTaskRow::assignee)
                .containsExactly("Kim Park", "Sam Lee", "Kim Park", "Sam Lee", "Kim Park");
        assertThat(vm.summaryProperty().get()).endsWith(", 2 engineers in turn");
    }

    @Test
    void uncheckedItemsGetNoTaskEvenAfterTheFiltersChange() {
        pickAtRiskExchangeServers();

        uncheck("EXCH-02");
        vm.candidates().textProperty().set("");
        vm.candidates().textProperty().set("exch");

        assertThat(vm.preview()).extracting(PlannedTaskRow::title).containsExactly("Apply patch to EXCH-01",
                "Apply patch to EXCH-03", "Apply patch to EXCH-04", "Apply patch to EXCH-05");
        assertThat(vm.candidates().summaryProperty().get()).isEqualTo("5 of 9 devices shown · 4 checked");
    }

    @Test
    void checkingAllOrNoneActsOnTheShownItemsOnly() {
        vm.candidates().customerProperty().set(acme);
        vm.uncheckAllShownCommand().execute();
        assertThat(vm.preview()).isEmpty();

        vm.candidates().customerProperty().set(null);

        assertThat(vm.preview()).extracting(PlannedTaskRow::title).containsExactly("Apply patch to EXCH-04",
                "Apply patch to EXCH-05", "Apply patch to EXCH-06");
        vm.checkAllShownCommand().execute();
        assertThat(vm.preview()).hasSize(9);
    }

    @Test
    void createWritesOneTaskPerPlannedItemEachJournaled() {
        pickAtRiskExchangeServers();
        planWindows("22:00", "1h", "2");
        check("Sam Lee");
        vm.priorityProperty().set(Priority.P1);
        long head = store.journal().latestSeq();

        vm.createCommand().execute();

        assertThat(vm.createdProperty().get()).isEqualTo(5);
        List<IncidentTask> tasks = store.tasks().forIncident(incident.id());
        assertThat(tasks).extracting(IncidentTask::title).containsExactlyInAnyOrder("Apply patch to EXCH-01",
                "Apply patch to EXCH-02", "Apply patch to EXCH-03", "Apply patch to EXCH-04", "Apply patch to EXCH-05");
        assertThat(tasks).allSatisfy(task -> {
            assertThat(task.status()).isEqualTo(TaskStatus.TODO);
            assertThat(task.priority()).isEqualTo(Priority.P1);
            assertThat(task.assigneeId()).isEqualTo(sam.staffId());
            assertThat(task.scope().deviceId()).isNotNull();
            assertThat(task.eta()).as("the end of its window").isEqualTo(task.downtime().end());
        });
        assertThat(tasks).filteredOn(task -> task.title().endsWith("EXCH-05")).singleElement()
                .satisfies(task -> assertThat(task.downtime()).isEqualTo(TimeWindow.of(TEN_PM.plus(hours(2)),
                        hours(1))));
        assertThat(store.journal().after(head, 100)).hasSize(5).allSatisfy(entry -> {
            assertThat(entry.entity()).isEqualTo(EntityType.TASK);
            assertThat(entry.action()).isEqualTo(JournalAction.CREATED);
            assertThat(entry.actor()).isEqualTo("Priya Shah");
        });
    }

    @Test
    void withoutDowntimeTasksHaveNoWindowAndNoEta() {
        pickAtRiskExchangeServers();
        vm.downtimeProperty().set(false);
        vm.startProperty().set("not a time");

        vm.createCommand().execute();

        assertThat(vm.summaryProperty().get()).isEqualTo("5 tasks, no downtime, unassigned");
        assertThat(store.tasks().forIncident(incident.id())).hasSize(5).allSatisfy(task -> {
            assertThat(task.downtime()).isNull();
            assertThat(task.eta()).isNull();
        });
    }

    @Test
    void everyFaultyFieldSaysWhichItIsAndNothingIsCreated() {
        vm.titleProperty().set("  ");
        planWindows("25:99", "soon", "0");

        assertThat(vm.titleProblemProperty().get()).startsWith("Title: give the tasks a title");
        assertThat(vm.startProblemProperty().get()).isEqualTo("First window: \"25:99\" is not a time: write "
                + "14:30, +2h, +45m, tomorrow 09:00 or 2026-11-23 14:30.");
        assertThat(vm.lengthProblemProperty().get()).startsWith("Window length: \"soon\" is not a length");
        assertThat(vm.atATimeProblemProperty().get()).startsWith("At a time: at least 1");
        vm.atATimeProperty().set("four");
        assertThat(vm.atATimeProblemProperty().get()).startsWith("At a time: write how many windows");
        vm.candidates().textProperty().set("nothing like it");
        assertThat(vm.itemsProblemProperty().get()).isEqualTo("Devices: no device matches the filters.");
        vm.candidates().textProperty().set("");
        vm.uncheckAllShownCommand().execute();
        assertThat(vm.itemsProblemProperty().get()).isEqualTo("Devices: check at least one device to make a task for.");
        assertThat(vm.validProperty().get()).isFalse();
        assertThat(vm.createCommand().isExecutable()).isFalse();

        vm.createCommand().execute();

        assertThat(store.tasks().forIncident(incident.id())).isEmpty();
        assertThat(vm.createdProperty().get()).isNull();
    }

    @Test
    void aTitleTooLongForTheStoreWithTheLongestNameIsRefusedBeforeWriting() {
        vm.titleProperty().set("Patch {name} " + "x".repeat(BulkTemplate.MAX_TITLE - 14));

        assertThat(vm.titleProblemProperty().get()).startsWith("Title: 301 characters with \"WS-ADMIN\"");
        assertThat(vm.validProperty().get()).isFalse();
    }

    @Test
    void windowsOverlappingExistingDowntimeAtTheSameSiteAreFlagged() {
        store.tasks().createAll(List.of(new IncidentTask(UUID.randomUUID(), incident.id(), "Replace Leeds switch",
                "", new Scope(acme.id(), leeds.id(), null), null, TaskStatus.TODO, "", Priority.P2, null,
                TimeWindow.of(TEN_PM.plus(Duration.ofMinutes(30)), hours(1)), NOW, NOW)), priya);
        vm.reloadCommand().execute();
        pickAtRiskExchangeServers();

        planWindows("22:00", "1h", "2");

        assertThat(vm.preview()).filteredOn(PlannedTaskRow::clashes).extracting(PlannedTaskRow::title)
                .containsExactly("Apply patch to EXCH-01", "Apply patch to EXCH-02");
        assertThat(vm.preview().getFirst().clash())
                .isEqualTo("Overlaps Replace Leeds switch (Sat 22:30–23:30)");
        assertThat(vm.clashSummaryProperty().get())
                .isEqualTo("2 windows overlap downtime already planned at the same site or customer.");
    }

    @Test
    void downtimeAnotherConsolePlansMeanwhileIsFlaggedToo() {
        pickAtRiskExchangeServers();
        planWindows("22:00", "1h", "2");
        assertThat(vm.clashSummaryProperty().get()).isEmpty();

        store.tasks().createAll(List.of(new IncidentTask(UUID.randomUUID(), incident.id(), "Reboot EXCH-01", "",
                new Scope(acme.id(), leeds.id(), devices.getFirst()), null, TaskStatus.TODO, "", Priority.P2, null,
                TimeWindow.of(TEN_PM, hours(1)), NOW, NOW)), priya);
        workspace.publish(store.journal().after(store.journal().latestSeq() - 1, 10));

        assertThat(vm.clashSummaryProperty().get()).startsWith("2 windows overlap");
    }

    @Test
    void sitesWithDownDevicesGetOneRestoreTaskEach() {
        vm.candidates().perProperty().set(Per.SITE);
        vm.candidates().statusProperty().set(DeviceStatus.DOWN);
        vm.titleProperty().set("Restore {name} from backup");

        assertThat(shownNames()).containsExactly("Leeds");
        assertThat(vm.preview()).extracting(PlannedTaskRow::title).containsExactly("Restore Leeds from backup");

        vm.createCommand().execute();

        assertThat(store.tasks().forIncident(incident.id())).singleElement().satisfies(task ->
                assertThat(task.scope()).isEqualTo(new Scope(acme.id(), leeds.id(), null)));
    }

    @Test
    void devicesChangedElsewhereAreReadAgainOnlyWhenAskedKeepingTheChecks() {
        uncheck("EXCH-06");
        UUID newServer = exchange(leeds, "EXCH-07", "Mailbox server");
        affected(DeviceStatus.AT_RISK, newServer);
        workspace.publish(store.journal().after(store.journal().latestSeq() - 1, 10));

        assertThat(vm.staleProperty().get()).isTrue();
        assertThat(shownNames()).doesNotContain("EXCH-07");

        vm.reloadCommand().execute();

        assertThat(vm.staleProperty().get()).isFalse();
        assertThat(shownNames()).contains("EXCH-07");
        assertThat(vm.preview()).extracting(PlannedTaskRow::title).contains("Apply patch to EXCH-07")
                .doesNotContain("Apply patch to EXCH-06");
    }

    @Test
    void aFailedCreationKeepsEverythingAndSaysWhy() {
        pickAtRiskExchangeServers();
        vm.titleProperty().set("Verify {name}");
        store.close();

        vm.createCommand().execute();

        assertThat(vm.problemProperty().get()).isNotEmpty();
        assertThat(vm.createdProperty().get()).isNull();
        assertThat(vm.titleProperty().get()).isEqualTo("Verify {name}");
        assertThat(vm.preview()).hasSize(5);
        assertThat(vm.createCommand().isExecutable()).as("it may be tried again").isTrue();
    }

    // Helpers

    private void pickAtRiskExchangeServers() {
        vm.candidates().statusProperty().set(DeviceStatus.AT_RISK);
        vm.candidates().kindProperty().set(DeviceKind.SERVER);
        vm.candidates().textProperty().set("exch");
    }

    private void planWindows(String start, String length, String atATime) {
        vm.downtimeProperty().set(true);
        vm.startProperty().set(start);
        vm.lengthProperty().set(length);
        vm.atATimeProperty().set(atATime);
    }

    private List<String> shownNames() {
        return vm.candidates().shown().stream().map(item -> item.value().name()).toList();
    }

    private void uncheck(String name) {
        vm.candidates().shown().stream().filter(item -> item.value().name().equals(name)).findFirst().orElseThrow()
                .setChecked(false);
    }

    private void check(String person) {
        vm.people().stream().filter(item -> item.value().name().equals(person)).findFirst().orElseThrow()
                .setChecked(true);
    }

    private static Duration hours(int hours) {
        return Duration.ofHours(hours);
    }

    private Customer customer(String name) {
        Customer customer = new Customer(UUID.randomUUID(), name, SlaTier.GOLD, "", Contact.NONE, "");
        store.inventory().saveCustomer(customer, priya);
        return customer;
    }

    private Site site(Customer customer, String name) {
        Site site = new Site(UUID.randomUUID(), customer.id(), name, name, ZoneId.of("Europe/London"));
        store.inventory().saveSite(site, priya);
        return site;
    }

    private UUID exchange(Site site, String hostname, String role) {
        return device(site, hostname, DeviceKind.SERVER, "Microsoft Exchange Server", role);
    }

    private UUID device(Site site, String hostname, DeviceKind kind, String product, String role) {
        Device device = new Device(UUID.randomUUID(), site.id(), hostname, kind, product, "", 1, role);
        store.inventory().saveDevice(device, priya);
        devices.add(device.id());
        return device.id();
    }

    private void affected(DeviceStatus status, UUID... ids) {
        store.impacts().add(incident.id(), List.of(ids), status, priya);
    }
}
