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
import dev.sitrep.domain.JournalEntry;
import dev.sitrep.domain.Operator;
import dev.sitrep.domain.Priority;
import dev.sitrep.domain.Scope;
import dev.sitrep.domain.Severity;
import dev.sitrep.domain.Site;
import dev.sitrep.domain.SlaTier;
import dev.sitrep.domain.Staff;
import dev.sitrep.domain.StaffRole;
import dev.sitrep.domain.TaskStatus;
import dev.sitrep.domain.TimeWindow;
import dev.sitrep.store.DatabaseLocation;
import dev.sitrep.store.Store;
import dev.sitrep.ui.board.TaskEditorViewModel.Field;
import dev.sitrep.ui.common.CurrentThreadTaskExecutor;
import dev.sitrep.ui.common.HeldExecutor;
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

class TaskEditorViewModelTest {

    private static final Instant NOW = Instant.parse("2026-03-14T12:00:00Z");

    @TempDir
    Path folder;

    private final SteppingClock clock = new SteppingClock(NOW);
    private final Workspace workspace = new Workspace();
    private Store store;
    private Operator priya;
    private Operator sam;
    private Incident incident;
    private Customer acme;
    private Customer globex;
    private Site leeds;
    private Site york;
    private Site bonn;
    private Device exch;
    private TaskEditorViewModel vm;

    @BeforeEach
    void open() {
        store = Store.open(DatabaseLocation.ofFile(folder.resolve("db")), clock);
        priya = store.staff().signIn("Priya Shah", StaffRole.COMMANDER);
        sam = store.staff().signIn("Sam Lee", StaffRole.ENGINEER);
        store.staff().signIn("Ana Ruiz", StaffRole.ENGINEER);
        store.staff().signIn("Abe Tam", StaffRole.TAM);
        acme = customer("Acme");
        globex = customer("Globex");
        leeds = site(acme, "Leeds");
        york = site(acme, "York");
        bonn = site(globex, "Bonn");
        exch = device(leeds, "EXCH-02");
        device(leeds, "EXCH-03");
        device(york, "EXCH-01");
        incident = store.incidents().declare(new IncidentDraft("Exchange zero-day", IncidentKind.VULNERABILITY,
                Severity.SEV1, priya.staffId(), "", Duration.ofMinutes(60)), priya);
        workspace.operatorProperty().set(sam);
        workspace.currentIncidentProperty().set(incident);
        vm = new TaskEditorViewModel(store, workspace, new CurrentThreadTaskExecutor(), clock);
    }

    @AfterEach
    void close() {
        vm.close();
        store.close();
    }

    @Test
    void aNewTaskIsSavedWithItsFieldsAndJournaledAsCreated() {
        vm.startNew();
        long head = store.journal().latestSeq();
        vm.titleProperty().set("Patch EXCH-02");
        vm.detailProperty().set("Apply the emergency update, then reboot.");
        vm.scope().deviceProperty().set(exch);
        vm.assigneeProperty().set(staff("Sam Lee"));
        vm.priorityProperty().set(Priority.P1);
        vm.statusProperty().set(TaskStatus.IN_PROGRESS);
        vm.etaProperty().set("+2h");
        vm.downtimeStartProperty().set("14:00");
        vm.downtimeLengthProperty().set("90m");

        vm.saveCommand().execute();

        IncidentTask saved = vm.savedProperty().get();
        assertThat(saved).isNotNull();
        assertThat(store.tasks().find(saved.id())).hasValueSatisfying(task -> {
            assertThat(task.incidentId()).isEqualTo(incident.id());
            assertThat(task.title()).isEqualTo("Patch EXCH-02");
            assertThat(task.detail()).isEqualTo("Apply the emergency update, then reboot.");
            assertThat(task.scope()).isEqualTo(new Scope(acme.id(), leeds.id(), exch.id()));
            assertThat(task.assigneeId()).isEqualTo(sam.staffId());
            assertThat(task.priority()).isEqualTo(Priority.P1);
            assertThat(task.status()).isEqualTo(TaskStatus.IN_PROGRESS);
            assertThat(task.eta()).isEqualTo(NOW.plus(Duration.ofHours(2)));
            assertThat(task.downtime()).isEqualTo(TimeWindow.of(Instant.parse("2026-03-14T14:00:00Z"),
                    Duration.ofMinutes(90)));
            assertThat(task.createdAt()).isEqualTo(NOW);
        });
        assertThat(store.journal().after(head, 10)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(JournalAction.CREATED);
            assertThat(entry.actor()).isEqualTo("Sam Lee");
            assertThat(entry.details()).containsEntry("name", "Patch EXCH-02").containsEntry("device", "EXCH-02")
                    .containsEntry("engineer", "Sam Lee");
        });
        assertThat(vm.saveCommand().isExecutable()).as("a saved form saves once").isFalse();
    }

    @Test
    void editingKeepsTheIdCreationTimeAndEtaAndJournalsTheChange() {
        Instant etaWithSeconds = NOW.plusSeconds(3 * 3600 + 25);
        IncidentTask stored = new IncidentTask(UUID.randomUUID(), incident.id(), "Verify York", "",
                new Scope(acme.id(), york.id(), null), priya.staffId(), TaskStatus.TODO, "", Priority.P2,
                etaWithSeconds, null, NOW, null);
        store.tasks().save(stored, priya);
        clock.advance(Duration.ofMinutes(30));
        long head = store.journal().latestSeq();

        vm.edit(stored.id());

        assertThat(vm.headingProperty().get()).isEqualTo("Edit task");
        assertThat(vm.titleProperty().get()).isEqualTo("Verify York");
        assertThat(vm.scope().siteProperty().get()).isEqualTo(york);
        assertThat(vm.scope().customerProperty().get()).isEqualTo(acme);
        assertThat(vm.assigneeProperty().get()).isEqualTo(staff("Priya Shah"));
        assertThat(vm.etaProperty().get()).isEqualTo("2026-03-14 15:00");

        vm.titleProperty().set("Verify York after the patch");
        vm.saveCommand().execute();

        assertThat(store.tasks().find(stored.id())).hasValueSatisfying(task -> {
            assertThat(task.title()).isEqualTo("Verify York after the patch");
            assertThat(task.createdAt()).isEqualTo(NOW);
            assertThat(task.incidentId()).isEqualTo(incident.id());
            assertThat(task.eta()).as("the seconds the field does not show").isEqualTo(etaWithSeconds);
            assertThat(task.updatedAt()).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
        });
        assertThat(store.journal().after(head, 10)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(JournalAction.UPDATED);
            assertThat(entry.details()).containsEntry("fields", "title");
        });
        assertThat(vm.savedProperty().get().id()).isEqualTo(stored.id());
    }

    @Test
    void aBlockedTaskNeedsAReasonAndLosesItWhenUnblocked() {
        vm.startNew();
        vm.titleProperty().set("Restore the mail gateway");

        vm.statusProperty().set(TaskStatus.BLOCKED);

        assertThat(vm.problemProperty(Field.BLOCKED_REASON).get())
                .isEqualTo("Blocked reason: say what the task is waiting for.");
        vm.saveCommand().execute();
        assertThat(vm.savedProperty().get()).isNull();
        assertThat(vm.messageProperty().get()).isEqualTo("Not saved: Blocked reason needs fixing first.");
        assertThat(store.tasks().forIncident(incident.id())).isEmpty();

        vm.blockedReasonProperty().set("Waiting for the vendor's fix");
        assertThat(vm.problemProperty(Field.BLOCKED_REASON).get()).isEmpty();
        assertThat(vm.messageProperty().get()).as("nothing left to fix").isEmpty();
        vm.statusProperty().set(TaskStatus.TODO);
        assertThat(vm.blockedReasonProperty().get()).isEmpty();

        vm.statusProperty().set(TaskStatus.BLOCKED);
        vm.blockedReasonProperty().set("Waiting for the vendor's fix");
        vm.saveCommand().execute();
        assertThat(store.tasks().find(vm.savedProperty().get().id()).map(IncidentTask::blockedReason))
                .contains("Waiting for the vendor's fix");
    }

    @Test
    void timesAndLengthsThatCannotBeReadNameTheirField() {
        vm.startNew();

        vm.etaProperty().set("soon");
        vm.downtimeStartProperty().set("after lunch");
        vm.downtimeLengthProperty().set("a while");

        assertThat(vm.problemProperty(Field.ETA).get())
                .isEqualTo("ETA: \"soon\" is not a time: write 14:30, +2h, +45m, tomorrow 09:00 or 2026-11-23 14:30.");
        assertThat(vm.problemProperty(Field.DOWNTIME_START).get())
                .startsWith("Downtime start: \"after lunch\" is not a time: write 14:30");
        assertThat(vm.problemProperty(Field.DOWNTIME_LENGTH).get())
                .isEqualTo("Downtime length: \"a while\" is not a length: write 90 (minutes), 45m, 2h or 1h30m.");

        vm.downtimeLengthProperty().set("0m");
        assertThat(vm.problemProperty(Field.DOWNTIME_LENGTH).get()).startsWith("Downtime length: \"0m\" is no time");
        vm.downtimeLengthProperty().set("99999999999999999999h");
        assertThat(vm.problemProperty(Field.DOWNTIME_LENGTH).get())
                .startsWith("Downtime length: \"99999999999999999999h\" is not a length");

        vm.etaProperty().set("tomorrow 09:00");
        assertThat(vm.problemProperty(Field.ETA).get()).isEmpty();
        assertThat(vm.etaReadingProperty().get()).isEqualTo("Sun 15 Mar 09:00, in 21h");
    }

    @Test
    void downtimeNeedsItsStartAndItsLengthOrNeither() {
        vm.startNew();
        vm.titleProperty().set("Reboot EXCH-02");

        vm.downtimeStartProperty().set("22:00");
        assertThat(vm.problemProperty(Field.DOWNTIME_LENGTH).get())
                .isEqualTo("Downtime length: say how long the downtime lasts, or clear its start.");
        assertThat(vm.validProperty().get()).isFalse();

        vm.downtimeStartProperty().set("");
        vm.downtimeLengthProperty().set("2h");
        assertThat(vm.problemProperty(Field.DOWNTIME_START).get())
                .isEqualTo("Downtime start: say when the downtime starts, or clear its length.");
        assertThat(vm.problemProperty(Field.DOWNTIME_LENGTH).get()).isEmpty();

        vm.downtimeStartProperty().set("23:00");
        assertThat(vm.validProperty().get()).isTrue();
        assertThat(vm.downtimeReadingProperty().get()).isEqualTo("Sat 14 Mar 23:00 to Sun 15 Mar 01:00, in 11h");
    }

    @Test
    void choosingADeviceFillsItsSiteAndCustomerAndOnlyTheSitesDevicesAreOffered() {
        vm.startNew();
        assertThat(vm.scope().sites()).as("every site while no customer is chosen").containsExactly(leeds, york, bonn);
        assertThat(vm.scope().devices()).as("no device before a site").isEmpty();

        vm.scope().deviceProperty().set(exch);

        assertThat(vm.scope().siteProperty().get()).isEqualTo(leeds);
        assertThat(vm.scope().customerProperty().get()).isEqualTo(acme);
        assertThat(vm.scope().sites()).containsExactly(leeds, york);
        assertThat(vm.scope().devices()).extracting(Device::hostname).containsExactly("EXCH-02", "EXCH-03");
    }

    @Test
    void choosingAnotherCustomerClearsTheSiteAndDeviceOfTheOldOne() {
        vm.startNew();
        vm.scope().deviceProperty().set(exch);

        vm.scope().siteProperty().set(york);
        assertThat(vm.scope().deviceProperty().get()).as("EXCH-02 is not at York").isNull();
        assertThat(vm.scope().customerProperty().get()).isEqualTo(acme);

        vm.scope().customerProperty().set(globex);
        assertThat(vm.scope().siteProperty().get()).isNull();
        assertThat(vm.scope().sites()).containsExactly(bonn);
        assertThat(vm.scope().devices()).isEmpty();

        vm.scope().customerProperty().set(null);
        assertThat(vm.scope().sites()).hasSize(3);
    }

    @Test
    void aNewTaskMayStartAboutAPlaceWithoutShowingProblemsYet() {
        vm.startNew(new Scope(acme.id(), leeds.id(), null));

        assertThat(vm.scope().customerProperty().get()).isEqualTo(acme);
        assertThat(vm.scope().siteProperty().get()).isEqualTo(leeds);
        assertThat(vm.validProperty().get()).as("no title yet").isFalse();
        assertThat(vm.problemProperty(Field.TITLE).get()).as("not before typing or saving").isEmpty();

        vm.saveCommand().execute();
        assertThat(vm.problemProperty(Field.TITLE).get()).isEqualTo("Title: give the task a title.");
        assertThat(vm.messageProperty().get()).isEqualTo("Not saved: Title needs fixing first.");
    }

    @Test
    void anOverLongTitleIsRefusedBeforeTheDatabaseSeesIt() {
        vm.startNew();
        vm.titleProperty().set("x".repeat(301));
        vm.detailProperty().set("y".repeat(20_001));

        assertThat(vm.problemProperty(Field.TITLE).get())
                .isEqualTo("Title: 301 characters is too long; keep it to 300.");
        assertThat(vm.problemProperty(Field.DETAIL).get())
                .isEqualTo("Detail: 20,001 characters is too long; keep it to 20,000.");
        vm.saveCommand().execute();
        assertThat(vm.messageProperty().get()).isEqualTo("Not saved: Title, Detail need fixing first.");
        assertThat(store.tasks().forIncident(incident.id())).isEmpty();

        vm.titleProperty().set("x".repeat(300));
        vm.detailProperty().set("");
        vm.saveCommand().execute();
        assertThat(store.tasks().forIncident(incident.id())).singleElement()
                .satisfies(task -> assertThat(task.title()).hasSize(300));
    }

    @Test
    void aRefusalFromTheStoreIsShownAndKeepsEverythingTyped() {
        vm.startNew();
        vm.titleProperty().set("Call the insurer");
        vm.etaProperty().set("16:00");
        Staff stranger = new Staff(UUID.randomUUID(), "Not On Staff", StaffRole.ENGINEER, "", "");
        vm.assigneeProperty().set(stranger);

        vm.saveCommand().execute();

        assertThat(vm.savedProperty().get()).isNull();
        assertThat(vm.messageProperty().get()).startsWith("Not saved: Assignee: there is no member of staff");
        assertThat(vm.titleProperty().get()).isEqualTo("Call the insurer");
        assertThat(vm.etaProperty().get()).isEqualTo("16:00");
        assertThat(vm.saveCommand().isExecutable()).isTrue();
        assertThat(store.tasks().forIncident(incident.id())).isEmpty();

        vm.assigneeProperty().set(null);
        vm.saveCommand().execute();
        assertThat(vm.savedProperty().get()).isNotNull();
        assertThat(store.tasks().forIncident(incident.id())).hasSize(1);
    }

    @Test
    void engineersAreOfferedFirstThenEveryoneElseByName() {
        vm.startNew();

        assertThat(vm.assignees()).extracting(Staff::name)
                .containsExactly("Ana Ruiz", "Sam Lee", "Abe Tam", "Priya Shah");
    }

    @Test
    void theChoicesAreReadAgainOnlyAfterTheJournalReportsAChange() {
        vm.startNew();
        long head = store.journal().latestSeq();
        Site hull = site(acme, "Hull");

        vm.startNew();
        assertThat(vm.scope().sites()).as("read once").doesNotContain(hull);

        List<JournalEntry> entries = store.journal().after(head, 10);
        workspace.publish(entries);
        vm.startNew();
        assertThat(vm.scope().sites()).contains(hull);
    }

    @Test
    void editingATaskThatIsGoneSaysSoAndCannotSave() {
        vm.edit(UUID.randomUUID());

        assertThat(vm.messageProperty().get())
                .isEqualTo("This task is no longer in the database, so there is nothing to edit.");
        assertThat(vm.saveCommand().isExecutable()).isFalse();
    }

    @Test
    void withoutACurrentIncidentThereIsNothingToAddTo() {
        workspace.currentIncidentProperty().set(null);

        vm.startNew();

        assertThat(vm.messageProperty().get()).startsWith("No incident is open");
        assertThat(vm.saveCommand().isExecutable()).isFalse();
    }

    @Test
    void whatIsTypedWhileTheChoicesAreReadIsKept() {
        HeldExecutor held = new HeldExecutor();
        TaskEditorViewModel slow = new TaskEditorViewModel(store, workspace, held, clock);
        slow.startNew(new Scope(acme.id(), leeds.id(), null));
        assertThat(slow.readyProperty().get()).as("the title can be typed at once").isTrue();
        assertThat(slow.choicesReadyProperty().get()).isFalse();
        assertThat(slow.saveCommand().isExecutable()).isFalse();

        slow.titleProperty().set("Check the backups at Leeds");
        held.runAll();

        assertThat(slow.titleProperty().get()).isEqualTo("Check the backups at Leeds");
        assertThat(slow.scope().siteProperty().get()).isEqualTo(leeds);
        assertThat(slow.saveCommand().isExecutable()).isTrue();
        slow.close();
    }

    @Test
    void aLateAnswerForAFormNoLongerOpenIsDropped() {
        IncidentTask stored = new IncidentTask(UUID.randomUUID(), incident.id(), "Verify York", "", Scope.NONE,
                null, TaskStatus.TODO, "", Priority.P2, null, null, NOW, null);
        store.tasks().save(stored, priya);
        HeldExecutor held = new HeldExecutor();
        TaskEditorViewModel slow = new TaskEditorViewModel(store, workspace, held, clock);
        slow.edit(stored.id());
        assertThat(slow.readyProperty().get()).as("still reading the task").isFalse();

        slow.startNew();
        slow.titleProperty().set("Call the insurer");
        held.runAll();

        assertThat(slow.headingProperty().get()).isEqualTo("New task");
        assertThat(slow.titleProperty().get()).isEqualTo("Call the insurer");
        slow.close();
    }

    // Helpers

    private Customer customer(String name) {
        Customer customer = new Customer(UUID.randomUUID(), name, SlaTier.GOLD, "", Contact.NONE, "");
        store.inventory().saveCustomer(customer, priya);
        return customer;
    }

    private Site site(Customer owner, String name) {
        Site site = new Site(UUID.randomUUID(), owner.id(), name, name, ZoneId.of("Europe/London"));
        store.inventory().saveSite(site, priya);
        return site;
    }

    private Device device(Site at, String hostname) {
        Device device = new Device(UUID.randomUUID(), at.id(), hostname, DeviceKind.SERVER, "Exchange", "2019", 1,
                "");
        store.inventory().saveDevice(device, priya);
        return device;
    }

    private Staff staff(String name) {
        return store.staff().findByName(name).orElseThrow();
    }
}
