package dev.sitrep.ui.board;

import dev.sitrep.domain.Contact;
import dev.sitrep.domain.Customer;
import dev.sitrep.domain.Device;
import dev.sitrep.domain.DeviceKind;
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
import dev.sitrep.ui.board.DowntimeRow.Timing;
import dev.sitrep.ui.common.CurrentThreadTaskExecutor;
import dev.sitrep.ui.common.SteppingClock;
import dev.sitrep.ui.common.TaskExecutor;
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
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

class DowntimeViewModelTest {

    /// A Saturday noon; the test clock's zone is UTC.
    private static final Instant NOW = Instant.parse("2026-03-14T12:00:00Z");
    private static final Instant TONIGHT = Instant.parse("2026-03-14T22:00:00Z");

    @TempDir
    Path folder;

    private final SteppingClock clock = new SteppingClock(NOW);
    private final Workspace workspace = new Workspace();
    private final CountingExecutor executor = new CountingExecutor();
    private Store store;
    private Operator priya;
    private Operator sam;
    private Customer acme;
    private Site leeds;
    private Site york;
    private Device exch07;
    private Device exch02;
    private Device exch03;
    private Incident incident;
    private DowntimeViewModel vm;

    @BeforeEach
    void open() {
        store = Store.open(DatabaseLocation.ofFile(folder.resolve("db")), clock);
        priya = store.staff().signIn("Priya Shah", StaffRole.COMMANDER);
        sam = store.staff().signIn("Sam Lee", StaffRole.ENGINEER);
        acme = new Customer(UUID.randomUUID(), "Acme", SlaTier.GOLD, "", Contact.NONE, "");
        store.inventory().saveCustomer(acme, priya);
        leeds = site("Leeds");
        york = site("York");
        exch07 = device(leeds, "EXCH-07");
        exch02 = device(leeds, "EXCH-02");
        exch03 = device(york, "EXCH-03");
        incident = declare("Exchange zero-day");
        store.tasks().createAll(List.of(
                task("Patch EXCH-07 with the out-of-band update", at(exch07), sam, TaskStatus.TODO,
                        window(TONIGHT, 3)),
                task("Patch EXCH-02 with the out-of-band update", at(exch02), priya, TaskStatus.TODO,
                        window(TONIGHT.plus(Duration.ofHours(1)), 3)),
                task("Patch EXCH-03 with the out-of-band update", at(exch03), null, TaskStatus.TODO,
                        window(TONIGHT, 3)),
                task("Reboot the Leeds firewall", new Scope(acme.id(), leeds.id(), null), sam, TaskStatus.DONE,
                        window(TONIGHT.plus(Duration.ofMinutes(30)), 1)),
                task("Scan EXCH-03 for indicators of compromise", at(exch03), sam, TaskStatus.IN_PROGRESS,
                        window(NOW.minus(Duration.ofHours(1)), 2)),
                task("Patch the York file server", new Scope(acme.id(), york.id(), null), sam,
                        TaskStatus.IN_PROGRESS, window(NOW.minus(Duration.ofHours(4)), 2))), priya);
        workspace.operatorProperty().set(priya);
        vm = new DowntimeViewModel(store, workspace, executor, clock);
        workspace.currentIncidentProperty().set(incident);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void windowsStandEarliestFirstWithTheirTimesPlaceAndEngineer() {
        assertThat(titles()).containsExactly(
                "Scan EXCH-03 for indicators of compromise",
                "Patch EXCH-03 with the out-of-band update",
                "Patch EXCH-07 with the out-of-band update",
                "Patch EXCH-02 with the out-of-band update");
        DowntimeRow exch02Row = row("Patch EXCH-02");
        assertThat(exch02Row.startText()).isEqualTo("Sat 14 Mar 23:00");
        assertThat(exch02Row.endText()).isEqualTo("Sun 02:00");
        assertThat(exch02Row.lengthText()).isEqualTo("3h");
        assertThat(exch02Row.place()).isEqualTo("EXCH-02 · Leeds · Acme");
        assertThat(exch02Row.assignee()).isEqualTo("Priya Shah");
        assertThat(exch02Row.status()).isEqualTo(TaskStatus.TODO);
        assertThat(row("Scan EXCH-03").endText()).isEqualTo("13:00");
    }

    @Test
    void twoWindowsOverlappingAtOneSiteAreFlaggedBothWays() {
        assertThat(row("Patch EXCH-07").clash()).isEqualTo("overlaps Patch EXCH-02 at Leeds");
        assertThat(row("Patch EXCH-02").clash()).isEqualTo("overlaps Patch EXCH-07 at Leeds");
        assertThat(row("Patch EXCH-07").clashes()).containsExactly(
                "Patch EXCH-02 with the out-of-band update · Sat 14 Mar 23:00 to Sun 02:00 · Leeds");
        assertThat(vm.clashingProperty().get()).isEqualTo(2);
        assertThat(vm.countsProperty().get()).isEqualTo("4 windows · 2 clash · 1 ended, hidden");
    }

    @Test
    void theSameTimesAtAnotherSiteDoNotClash() {
        DowntimeRow york = row("Patch EXCH-03");
        assertThat(york.start()).isEqualTo(row("Patch EXCH-07").start());
        assertThat(york.isClashing()).isFalse();
        assertThat(york.clash()).isEmpty();
    }

    @Test
    void doneTasksAreLeftOutAndClashWithNothing() {
        vm.hideEndedProperty().set(false);

        assertThat(titles()).doesNotContain("Reboot the Leeds firewall");
        // The firewall's window lies inside both Leeds windows, yet each names only the other.
        assertThat(row("Patch EXCH-07").clashes()).hasSize(1);
    }

    @Test
    void aTaskSavedAtAnotherConsoleArrivesThroughTheChangeFeed() {
        long seen = store.journal().latestSeq();
        store.tasks().save(task("Replace the Leeds switch", new Scope(acme.id(), leeds.id(), null), sam,
                TaskStatus.TODO, window(TONIGHT.plus(Duration.ofMinutes(30)), 1)), sam);
        assertThat(titles()).doesNotContain("Replace the Leeds switch");

        workspace.publish(store.journal().after(seen, 100));

        assertThat(titles()).contains("Replace the Leeds switch");
        assertThat(row("Replace the Leeds switch").clash()).isEqualTo("overlaps 2 other windows");
        assertThat(row("Patch EXCH-07").clashes()).hasSize(2);
        assertThat(vm.countsProperty().get()).isEqualTo("5 windows · 3 clash · 1 ended, hidden");
    }

    @Test
    void aTaskMovedToDoneLeavesTheListAndItsClashGoes() {
        IncidentTask patch02 = stored("Patch EXCH-02");
        long seen = store.journal().latestSeq();
        store.tasks().save(withStatus(patch02, TaskStatus.DONE), sam);

        workspace.publish(store.journal().after(seen, 100));

        assertThat(titles()).doesNotContain(patch02.title());
        assertThat(row("Patch EXCH-07").isClashing()).isFalse();
        assertThat(vm.countsProperty().get()).isEqualTo("3 windows · none clash · 1 ended, hidden");

        vm.onlyClashingProperty().set(true);
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.emptyTextProperty().get()).isEqualTo("No window clashes.");
    }

    @Test
    void entriesOfAnotherIncidentReadNothing() {
        Incident other = declare("Unrelated outage");
        long seen = store.journal().latestSeq();
        store.tasks().save(task(other, "Restart the print server", Scope.NONE, null, TaskStatus.TODO,
                window(TONIGHT, 1)), priya);
        int loads = executor.runs;

        workspace.publish(store.journal().after(seen, 100));

        assertThat(executor.runs).isEqualTo(loads);
        assertThat(titles()).doesNotContain("Restart the print server");
    }

    @Test
    void aRenamedSiteShowsOnceTheFeedSaysSo() {
        long seen = store.journal().latestSeq();
        store.inventory().saveSite(new Site(leeds.id(), acme.id(), "Leeds Central", "Leeds",
                ZoneId.of("Europe/London")), priya);

        workspace.publish(store.journal().after(seen, 100));

        assertThat(row("Patch EXCH-07").place()).isEqualTo("EXCH-07 · Leeds Central · Acme");
        assertThat(row("Patch EXCH-07").clash()).isEqualTo("overlaps Patch EXCH-02 at Leeds Central");
    }

    @Test
    void aReplacedDatabaseReloadsEverything() {
        store.tasks().save(withStatus(stored("Patch EXCH-02"), TaskStatus.DONE), sam);
        JournalEntry replaced = JournalEntry.of(clock.instant(), "Priya Shah", null, EntityType.DATABASE,
                "database", JournalAction.REPLACED, Map.of());

        workspace.publish(List.of(replaced));

        assertThat(titles()).doesNotContain("Patch EXCH-02 with the out-of-band update");
    }

    @Test
    void tasksWithoutASiteClashAtTheirCustomer() {
        long seen = store.journal().latestSeq();
        store.tasks().save(task("Rotate Acme's service account passwords", new Scope(acme.id(), null, null),
                sam, TaskStatus.TODO, window(TONIGHT.plus(Duration.ofHours(2)), 2)), priya);

        workspace.publish(store.journal().after(seen, 100));

        // Acme's own window overlaps all three of tonight's, at Leeds and York alike.
        assertThat(row("Rotate Acme").clash()).isEqualTo("overlaps 3 other windows");
        assertThat(row("Patch EXCH-03").clash())
                .isEqualTo("overlaps Rotate Acme's service account passwords at Acme");
    }

    @Test
    void filtersNarrowTheListAndTheCountsSaySo() {
        vm.onlyClashingProperty().set(true);
        assertThat(titles()).containsExactly("Patch EXCH-07 with the out-of-band update",
                "Patch EXCH-02 with the out-of-band update");
        assertThat(vm.countsProperty().get()).isEqualTo("2 of 4 windows · 2 clash · 1 ended, hidden");

        vm.onlyClashingProperty().set(false);
        vm.textProperty().set("  sam LEE ");
        assertThat(titles()).containsExactly("Scan EXCH-03 for indicators of compromise",
                "Patch EXCH-07 with the out-of-band update");

        vm.textProperty().set("");
        vm.hideEndedProperty().set(false);
        assertThat(titles()).first().isEqualTo("Patch the York file server");
        assertThat(row("Patch the York file server").timing()).isEqualTo(Timing.ENDED);
        assertThat(vm.countsProperty().get()).isEqualTo("5 windows · 2 clash");
    }

    @Test
    void theClockMarksWhatRunsNowAndHidesWhatHasEnded() {
        assertThat(row("Scan EXCH-03").timing()).isEqualTo(Timing.RUNNING);
        assertThat(row("Patch EXCH-07").timing()).isEqualTo(Timing.COMING);
        int loads = executor.runs;

        clock.advance(Duration.ofHours(10).plusMinutes(30));
        vm.tick();

        assertThat(titles()).doesNotContain("Scan EXCH-03 for indicators of compromise");
        assertThat(row("Patch EXCH-07").timing()).isEqualTo(Timing.RUNNING);
        assertThat(row("Patch EXCH-02").timing()).isEqualTo(Timing.COMING);
        assertThat(executor.runs).isEqualTo(loads);
    }

    @Test
    void followsTheCurrentIncident() {
        Incident quiet = declare("Phishing wave");

        workspace.currentIncidentProperty().set(quiet);
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.emptyTextProperty().get()).isEqualTo("No open task of " + quiet.code()
                + " has planned downtime.");
        assertThat(vm.countsProperty().get()).isEqualTo("0 windows · none clash");

        workspace.currentIncidentProperty().set(null);
        assertThat(vm.emptyTextProperty().get()).isEqualTo("Choose an incident to see its planned downtime.");
        assertThat(vm.countsProperty().get()).isEmpty();

        workspace.currentIncidentProperty().set(incident);
        assertThat(vm.rows()).hasSize(4);
    }

    // Helpers

    private List<String> titles() {
        return vm.rows().stream().map(DowntimeRow::title).toList();
    }

    private DowntimeRow row(String titleStart) {
        return vm.rows().stream().filter(row -> row.title().startsWith(titleStart)).findFirst().orElseThrow();
    }

    private IncidentTask stored(String titleStart) {
        return store.tasks().forIncident(incident.id()).stream()
                .filter(task -> task.title().startsWith(titleStart)).findFirst().orElseThrow();
    }

    private static IncidentTask withStatus(IncidentTask task, TaskStatus status) {
        return new IncidentTask(task.id(), task.incidentId(), task.title(), task.detail(), task.scope(),
                task.assigneeId(), status, "", task.priority(), task.eta(), task.downtime(), task.createdAt(),
                task.updatedAt());
    }

    private Site site(String name) {
        Site site = new Site(UUID.randomUUID(), acme.id(), name, name, ZoneId.of("Europe/London"));
        store.inventory().saveSite(site, priya);
        return site;
    }

    private Device device(Site site, String hostname) {
        Device device = new Device(UUID.randomUUID(), site.id(), hostname, DeviceKind.SERVER, "", "", 1, "");
        store.inventory().saveDevice(device, priya);
        return device;
    }

    private Scope at(Device device) {
        return new Scope(acme.id(), device.siteId(), device.id());
    }

    private Incident declare(String title) {
        return store.incidents().declare(new IncidentDraft(title, IncidentKind.VULNERABILITY, Severity.SEV1,
                priya.staffId(), "", Duration.ofMinutes(60)), priya);
    }

    private static TimeWindow window(Instant start, int hours) {
        return TimeWindow.of(start, Duration.ofHours(hours));
    }

    private IncidentTask task(String title, Scope scope, Operator assignee, TaskStatus status, TimeWindow downtime) {
        return task(incident, title, scope, assignee, status, downtime);
    }

    private static IncidentTask task(Incident in, String title, Scope scope, Operator assignee, TaskStatus status,
                                     TimeWindow downtime) {
        return new IncidentTask(UUID.randomUUID(), in.id(), title, "", scope,
                assignee == null ? null : assignee.staffId(), status, "", Priority.P1, null, downtime, NOW, NOW);
    }

    /// Runs at once, like [CurrentThreadTaskExecutor], and counts the background work it was given: how a
    /// test sees that the view model read the store, or did not.
    private static final class CountingExecutor implements TaskExecutor {

        private final CurrentThreadTaskExecutor inner = new CurrentThreadTaskExecutor();
        int runs;

        @Override
        public <T> void execute(Callable<T> work, Consumer<? super T> onSuccess,
                                Consumer<? super Throwable> onFailure) {
            runs++;
            inner.execute(work, onSuccess, onFailure);
        }

        @Override
        public void runOnUiThread(Runnable action) {
            inner.runOnUiThread(action);
        }
    }
}
