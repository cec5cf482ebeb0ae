package dev.sitrep.ui.board;

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
import dev.sitrep.domain.ShiftHours;
import dev.sitrep.domain.StaffRole;
import dev.sitrep.domain.TaskStatus;
import dev.sitrep.store.DatabaseLocation;
import dev.sitrep.store.Store;
import dev.sitrep.ui.board.RosterViewModel.Person;
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
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class RosterViewModelTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    @TempDir
    Path folder;

    private final SteppingClock clock = new SteppingClock(NOW);
    private final Workspace workspace = new Workspace();
    private Store store;
    private Operator priya;
    private Operator sam;
    private Operator kim;
    private Incident incident;
    private RosterViewModel vm;

    @BeforeEach
    void open() {
        store = Store.open(DatabaseLocation.ofFile(folder.resolve("db")), clock);
        priya = store.staff().signIn("Priya Shah", StaffRole.COMMANDER);
        sam = store.staff().signIn("Sam Lee", StaffRole.ENGINEER);
        kim = store.staff().signIn("Kim Park", StaffRole.ENGINEER);
        incident = store.incidents().declare(new IncidentDraft("Ransomware at Zenith", IncidentKind.RANSOMWARE,
                Severity.SEV1, priya.staffId(), "", Duration.ofMinutes(60)), priya);
        store.tasks().createAll(List.of(
                task("Restore FS-01", sam, TaskStatus.TODO),
                task("Restore FS-02", sam, TaskStatus.BLOCKED),
                task("Restore FS-03", sam, TaskStatus.DONE),
                task("Call the insurer", null, TaskStatus.TODO)), priya);
        workspace.operatorProperty().set(priya);
        vm = new RosterViewModel(store, workspace, new CurrentThreadTaskExecutor(), clock);
        workspace.currentIncidentProperty().set(incident);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void everyoneIsListedWithTheirOpenTasksAndTheWorkNobodyHas() {
        assertThat(vm.people()).extracting(Person::name).containsExactly("Kim Park", "Sam Lee", "Priya Shah");
        assertThat(person("Sam Lee").load()).isEqualTo("2 open · 1 blocked");
        assertThat(person("Kim Park").load()).isEqualTo("no open task");
        assertThat(vm.unassignedProperty().get()).isEqualTo("1 open task with nobody on it");
        assertThat(vm.summaryProperty().get()).startsWith("No shift running");
    }

    @Test
    void theFirstToStartAShiftLeadsItAndThoseOnShiftComeFirst() {
        vm.startShift(sam.staffId());
        vm.startShift(priya.staffId());

        assertThat(vm.people()).extracting(Person::name).containsExactly("Sam Lee", "Priya Shah", "Kim Park");
        assertThat(person("Sam Lee").lead()).isTrue();
        assertThat(person("Priya Shah").onShift()).isTrue();
        assertThat(vm.summaryProperty().get()).isEqualTo("2 on shift since Mon 08:00, led by Sam Lee");

        vm.onShiftOnlyProperty().set(true);
        assertThat(vm.people()).extracting(Person::name).containsExactly("Sam Lee", "Priya Shah");
    }

    @Test
    void startingAndEndingAShiftIsJournaled() {
        long head = store.journal().latestSeq();

        vm.startShift(kim.staffId());
        clock.advance(Duration.ofHours(3));
        vm.endShift(kim.staffId());

        assertThat(store.journal().after(head, 10)).extracting(JournalEntry::action)
                .containsExactly(JournalAction.SHIFT_STARTED, JournalAction.SHIFT_ENDED, JournalAction.UPDATED);
        assertThat(person("Kim Park").onShift()).isFalse();
        assertThat(person("Kim Park").hours()).isEqualTo("3 h 00 in 24 h");
    }

    @Test
    void hoursOnShiftTurnLongAtTenAndTooLongAtTwelveAsTheClockRuns() {
        vm.startShift(sam.staffId());
        clock.advance(Duration.ofHours(9).plusMinutes(59));
        vm.tick();
        assertThat(person("Sam Lee").level()).isEqualTo(ShiftHours.Level.FINE);

        clock.advance(Duration.ofMinutes(1));
        vm.tick();
        assertThat(person("Sam Lee").level()).isEqualTo(ShiftHours.Level.LONG);
        assertThat(person("Sam Lee").hours()).isEqualTo("10 h 00 in 24 h");

        clock.advance(Duration.ofHours(2));
        vm.tick();
        assertThat(person("Sam Lee").level()).isEqualTo(ShiftHours.Level.TOO_LONG);
    }

    @Test
    void aChangeFromAnotherConsoleShowsOnceItsEntriesArrive() {
        long head = store.journal().latestSeq();
        store.shifts().join(incident.id(), kim.staffId(), kim);
        assertThat(person("Kim Park").onShift()).isFalse();

        workspace.publish(store.journal().after(head, 10));

        assertThat(person("Kim Park").onShift()).isTrue();
    }

    private Person person(String name) {
        return vm.people().stream().filter(person -> person.name().equals(name)).findFirst().orElseThrow();
    }

    private IncidentTask task(String title, Operator assignee, TaskStatus status) {
        return new IncidentTask(UUID.randomUUID(), incident.id(), title, "", Scope.NONE,
                assignee == null ? null : assignee.staffId(), status, status == TaskStatus.BLOCKED ? "Backups" : "",
                Priority.P2, null, null, NOW, NOW);
    }
}
