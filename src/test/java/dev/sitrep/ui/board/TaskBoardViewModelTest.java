package dev.sitrep.ui.board;

import dev.sitrep.domain.Contact;
import dev.sitrep.domain.Customer;
import dev.sitrep.domain.Device;
import dev.sitrep.domain.DeviceKind;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.IncidentDraft;
import dev.sitrep.domain.IncidentKind;
import dev.sitrep.domain.IncidentTask;
import dev.sitrep.domain.JournalAction;
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
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class TaskBoardViewModelTest {

    private static final Instant NOW = Instant.parse("2026-03-14T12:00:00Z");

    @TempDir
    Path folder;

    private final SteppingClock clock = new SteppingClock(NOW);
    private final Workspace workspace = new Workspace();
    private Store store;
    private Operator priya;
    private Operator sam;
    private Incident incident;
    private Site leeds;
    private Site york;
    private TaskBoardViewModel vm;
    private final RememberedFilter preferences = new RememberedFilter();

    /// Board preferences kept in memory, as the settings keep them between sessions.
    private static final class RememberedFilter implements BoardPreferences {
        private BoardFilter filter = BoardFilter.NONE;

        @Override
        public BoardFilter boardFilter() {
            return filter;
        }

        @Override
        public void rememberBoardFilter(BoardFilter remembered) {
            filter = remembered;
        }
    }

    @BeforeEach
    void open() {
        store = Store.open(DatabaseLocation.ofFile(folder.resolve("db")), clock);
        priya = store.staff().signIn("Priya Shah", StaffRole.COMMANDER);
        sam = store.staff().signIn("Sam Lee", StaffRole.ENGINEER);
        Customer acme = new Customer(UUID.randomUUID(), "Acme", SlaTier.GOLD, "", Contact.NONE, "");
        store.inventory().saveCustomer(acme, priya);
        leeds = new Site(UUID.randomUUID(), acme.id(), "Leeds", "Leeds", ZoneId.of("Europe/London"));
        york = new Site(UUID.randomUUID(), acme.id(), "York", "York", ZoneId.of("Europe/London"));
        store.inventory().saveSite(leeds, priya);
        store.inventory().saveSite(york, priya);
        Device exch = new Device(UUID.randomUUID(), leeds.id(), "EXCH-02", DeviceKind.SERVER, "", "", 1, "");
        store.inventory().saveDevice(exch, priya);
        incident = store.incidents().declare(new IncidentDraft("Exchange zero-day", IncidentKind.VULNERABILITY,
                Severity.SEV1, priya.staffId(), "", Duration.ofMinutes(60)), priya);
        store.tasks().createAll(List.of(
                task("Patch EXCH-02", new Scope(acme.id(), leeds.id(), exch.id()), sam, TaskStatus.TODO,
                        Priority.P1, NOW.plus(Duration.ofMinutes(30))),
                task("Verify York", new Scope(acme.id(), york.id(), null), priya, TaskStatus.IN_PROGRESS,
                        Priority.P2, NOW.minus(Duration.ofMinutes(5))),
                task("Call the insurer", Scope.NONE, null, TaskStatus.TODO, Priority.P3, null)), priya);
        workspace.operatorProperty().set(sam);
        vm = new TaskBoardViewModel(store, workspace, new CurrentThreadTaskExecutor(), clock, preferences);
        workspace.currentIncidentProperty().set(incident);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void tasksStandInTheirColumnsWithTheirPlaceAndHowCloseTheirEtaIs() {
        assertThat(titles(TaskStatus.TODO)).containsExactly("Patch EXCH-02", "Call the insurer");
        assertThat(titles(TaskStatus.IN_PROGRESS)).containsExactly("Verify York");
        TaskBoardViewModel.Card patch = vm.column(TaskStatus.TODO).getFirst();
        assertThat(patch.scope()).isEqualTo("EXCH-02 · Leeds · Acme");
        assertThat(patch.assignee()).isEqualTo("Sam Lee");
        assertThat(patch.etaUrgency()).isEqualTo(TaskBoardViewModel.EtaUrgency.SOON);
        assertThat(vm.column(TaskStatus.IN_PROGRESS).getFirst().etaUrgency())
                .isEqualTo(TaskBoardViewModel.EtaUrgency.OVERDUE);
    }

    @Test
    void aCardShowsItsDowntimeWindowAcrossMidnightWithBothDays() {
        IncidentTask patch = store.tasks().forIncident(incident.id()).stream()
                .filter(task -> task.title().equals("Patch EXCH-02")).findFirst().orElseThrow();
        store.tasks().save(new IncidentTask(patch.id(), patch.incidentId(), patch.title(), "", patch.scope(),
                patch.assigneeId(), patch.status(), "", patch.priority(), patch.eta(),
                new TimeWindow(Instant.parse("2026-03-14T22:00:00Z"), Instant.parse("2026-03-15T01:30:00Z")),
                patch.createdAt(), patch.updatedAt()), priya);
        vm.reload();

        assertThat(vm.column(TaskStatus.TODO).getFirst().downtime()).isEqualTo("Sat 22:00 – Sun 01:30");
    }

    @Test
    void filtersCombine() {
        vm.siteProperty().set(leeds.id());
        assertThat(titles(TaskStatus.TODO)).containsExactly("Patch EXCH-02");
        assertThat(titles(TaskStatus.IN_PROGRESS)).isEmpty();

        vm.siteProperty().set(null);
        vm.customerProperty().set(leeds.customerId());
        assertThat(titles(TaskStatus.TODO)).containsExactly("Patch EXCH-02");
        assertThat(titles(TaskStatus.IN_PROGRESS)).containsExactly("Verify York");

        vm.customerProperty().set(null);
        vm.engineerProperty().set(priya.staffId());
        assertThat(titles(TaskStatus.TODO)).isEmpty();
        assertThat(titles(TaskStatus.IN_PROGRESS)).containsExactly("Verify York");

        vm.engineerProperty().set(null);
        vm.textProperty().set("insurer");
        assertThat(titles(TaskStatus.TODO)).containsExactly("Call the insurer");

        vm.textProperty().set("");
        vm.mineProperty().set(true);
        assertThat(titles(TaskStatus.TODO)).containsExactly("Patch EXCH-02");
        assertThat(titles(TaskStatus.IN_PROGRESS)).isEmpty();

        vm.priorityProperty().set(Priority.P3);
        assertThat(titles(TaskStatus.TODO)).isEmpty();
    }

    @Test
    void filtersOfferThePeopleAndPlacesTheTasksNameAndSitesNarrowToTheCustomer() {
        assertThat(vm.engineers()).extracting(TaskBoardViewModel.Choice::name).containsExactly("Priya Shah", "Sam Lee");
        assertThat(vm.customers()).extracting(TaskBoardViewModel.Choice::name).containsExactly("Acme");
        assertThat(vm.sites()).extracting(TaskBoardViewModel.Choice::name).containsExactly("Leeds", "York");

        vm.siteProperty().set(york.id());
        vm.customerProperty().set(UUID.randomUUID());

        assertThat(vm.sites()).isEmpty();
        assertThat(vm.siteProperty().get()).as("a site of another customer is let go").isNull();
    }

    @Test
    void filtersAreRememberedForTheNextBoard() {
        vm.siteProperty().set(leeds.id());
        vm.textProperty().set("exch");
        vm.priorityProperty().set(Priority.P1);

        TaskBoardViewModel next = new TaskBoardViewModel(store, workspace, new CurrentThreadTaskExecutor(), clock,
                preferences);
        next.reload();

        assertThat(next.siteProperty().get()).isEqualTo(leeds.id());
        assertThat(next.textProperty().get()).isEqualTo("exch");
        assertThat(next.column(TaskStatus.TODO)).extracting(TaskBoardViewModel.Card::title)
                .containsExactly("Patch EXCH-02");

        next.clearFilters();
        assertThat(preferences.boardFilter()).isEqualTo(BoardFilter.NONE);
        assertThat(next.column(TaskStatus.TODO)).hasSize(2);
    }

    @Test
    void movingACardChangesItsStatusAndIsJournaled() {
        UUID patch = vm.column(TaskStatus.TODO).getFirst().id();
        long head = store.journal().latestSeq();

        vm.move(patch, TaskStatus.BLOCKED, "Waiting for the customer's change window");

        assertThat(titles(TaskStatus.BLOCKED)).containsExactly("Patch EXCH-02");
        assertThat(vm.column(TaskStatus.BLOCKED).getFirst().blockedReason())
                .isEqualTo("Waiting for the customer's change window");
        assertThat(store.journal().after(head, 10)).singleElement()
                .satisfies(entry -> assertThat(entry.action()).isEqualTo(JournalAction.STATUS_CHANGED));
    }

    @Test
    void blockingWithoutAReasonIsRefusedAndSaysWhy() {
        UUID patch = vm.column(TaskStatus.TODO).getFirst().id();

        vm.move(patch, TaskStatus.BLOCKED, "");

        assertThat(vm.problemProperty().get()).startsWith("Blocked reason:");
        assertThat(titles(TaskStatus.TODO)).contains("Patch EXCH-02");
    }

    @Test
    void aCardDroppedOnSomeoneIsTheirs() {
        UUID insurer = vm.column(TaskStatus.TODO).getLast().id();

        vm.assign(insurer, priya.staffId());

        assertThat(vm.column(TaskStatus.TODO).getLast().assignee()).isEqualTo("Priya Shah");
    }

    @Test
    void doneTasksStayForADay() {
        UUID york = vm.column(TaskStatus.IN_PROGRESS).getFirst().id();
        vm.move(york, TaskStatus.DONE, "");
        assertThat(titles(TaskStatus.DONE)).containsExactly("Verify York");

        clock.advance(Duration.ofHours(25));
        vm.reload();

        assertThat(titles(TaskStatus.DONE)).isEmpty();
    }

    private List<String> titles(TaskStatus status) {
        return vm.column(status).stream().map(TaskBoardViewModel.Card::title).toList();
    }

    private IncidentTask task(String title, Scope scope, Operator assignee, TaskStatus status, Priority priority,
                              Instant eta) {
        return new IncidentTask(UUID.randomUUID(), incident.id(), title, "", scope,
                assignee == null ? null : assignee.staffId(), status, "", priority, eta, null, NOW, NOW);
    }
}
