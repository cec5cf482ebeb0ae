package dev.sitrep.store;

import dev.sitrep.domain.Customer;
import dev.sitrep.domain.Device;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.IncidentTask;
import dev.sitrep.domain.JournalAction;
import dev.sitrep.domain.JournalEntry;
import dev.sitrep.domain.Operator;
import dev.sitrep.domain.Priority;
import dev.sitrep.domain.Scope;
import dev.sitrep.domain.Site;
import dev.sitrep.domain.StaffRole;
import dev.sitrep.domain.TaskStatus;
import dev.sitrep.domain.TimeWindow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class TaskRepositoryTest extends StoreTestSupport {

    Customer acme;
    Site leeds;
    Device exch;
    Incident incident;
    Operator kim;

    @BeforeEach
    void inventory() {
        acme = customer("Acme");
        leeds = site(acme, "Leeds");
        exch = device(leeds, "EXCH-02");
        incident = incident("Ransomware at Acme");
        kim = store.staff().signIn("Kim Lee", StaffRole.ENGINEER);
    }

    private IncidentTask task(String title, TaskStatus status, String reason, UUID assignee) {
        return new IncidentTask(UUID.randomUUID(), incident.id(), title, "Restore from the 02:00 backup",
                new Scope(acme.id(), leeds.id(), exch.id()), assignee, status, reason, Priority.P1,
                START.plus(Duration.ofHours(4)), TimeWindow.of(START.plus(Duration.ofHours(1)), Duration.ofMinutes(30)),
                START, START);
    }

    @Test
    void aNewTaskIsStoredAndJournaledWithItsPlace() {
        IncidentTask restore = task("Restore EXCH-02", TaskStatus.TODO, "", null);

        store.tasks().save(restore, priya);

        assertThat(store.tasks().find(restore.id())).contains(restore);
        assertThat(store.tasks().forIncident(incident.id())).containsExactly(restore);
        assertThat(lastEntry().action()).isEqualTo(JournalAction.CREATED);
        assertThat(lastEntry().incidentId()).isEqualTo(incident.id());
        assertThat(lastEntry().details()).isEqualTo(Map.of("name", "Restore EXCH-02", "customer", "Acme",
                "site", "Leeds", "device", "EXCH-02", "status", "todo", "priority", "p1", "engineer", ""));
    }

    @Test
    void oneSaveJournalsItsStatusAssigneeAndOtherChangesSeparately() {
        IncidentTask restore = task("Restore EXCH-02", TaskStatus.TODO, "", null);
        store.tasks().save(restore, priya);
        clock.advance(Duration.ofMinutes(20));
        long before = store.journal().latestSeq();

        IncidentTask blocked = new IncidentTask(restore.id(), incident.id(), "Restore EXCH-02 from tape",
                restore.detail(), restore.scope(), kim.staffId(), TaskStatus.BLOCKED, "Waiting for the tape library",
                Priority.P1, restore.eta(), restore.downtime(), restore.createdAt(), restore.updatedAt());
        store.tasks().save(blocked, priya);

        assertThat(journalAfter(before)).extracting(JournalEntry::action, JournalEntry::details).containsExactly(
                tuple(JournalAction.STATUS_CHANGED, Map.of("name", "Restore EXCH-02 from tape", "customer", "Acme",
                        "site", "Leeds", "device", "EXCH-02", "from", "todo", "to", "blocked",
                        "reason", "Waiting for the tape library")),
                tuple(JournalAction.ASSIGNED, Map.of("name", "Restore EXCH-02 from tape", "customer", "Acme",
                        "site", "Leeds", "device", "EXCH-02", "engineer", "Kim Lee")),
                tuple(JournalAction.UPDATED, Map.of("name", "Restore EXCH-02 from tape", "customer", "Acme",
                        "site", "Leeds", "device", "EXCH-02", "fields", "title")));
        IncidentTask stored = store.tasks().find(restore.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(TaskStatus.BLOCKED);
        assertThat(stored.blockedReason()).isEqualTo("Waiting for the tape library");
        assertThat(stored.updatedAt()).isEqualTo(START.plus(Duration.ofMinutes(20)));

        long unchanged = store.journal().latestSeq();
        store.tasks().save(stored, priya);
        assertThat(store.journal().latestSeq()).isEqualTo(unchanged);
    }

    @Test
    void refusesABlockedTaskWithoutAReasonAndAScopeThatDoesNotHoldTogether() {
        assertThatThrownBy(() -> store.tasks().save(task("Restore", TaskStatus.BLOCKED, " ", null), priya))
                .isInstanceOf(StoreException.class).hasMessageStartingWith("Blocked reason:");

        Site york = site(acme, "York");
        IncidentTask misplaced = new IncidentTask(UUID.randomUUID(), incident.id(), "Patch", "",
                new Scope(acme.id(), york.id(), exch.id()), null, TaskStatus.TODO, "", Priority.P2, null, null, START,
                START);
        assertThatThrownBy(() -> store.tasks().save(misplaced, priya))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("Task device: 'EXCH-02' is at Leeds (Acme)");
        assertThatThrownBy(() -> store.tasks().save(task("Restore", TaskStatus.TODO, "", UUID.randomUUID()), priya))
                .isInstanceOf(StoreException.class).hasMessageStartingWith("Assignee: there is no member of staff");
        assertThat(store.tasks().forIncident(incident.id())).isEmpty();
    }

    @Test
    void bulkCreationStoresEveryTaskWithItsEntryOrNoneWhenOneIsRefused() {
        long head = store.journal().latestSeq();
        List<IncidentTask> three = List.of(task("Patch EXCH-01", TaskStatus.TODO, "", kim.staffId()),
                task("Patch EXCH-02", TaskStatus.TODO, "", null), task("Patch EXCH-03", TaskStatus.TODO, "", null));

        store.tasks().createAll(three, priya);

        assertThat(store.tasks().forIncident(incident.id())).hasSize(3);
        assertThat(store.journal().after(head, 10)).hasSize(3)
                .allSatisfy(entry -> assertThat(entry.action()).isEqualTo(JournalAction.CREATED));

        List<IncidentTask> withStranger = List.of(task("Verify EXCH-01", TaskStatus.TODO, "", null),
                task("Verify EXCH-02", TaskStatus.TODO, "", UUID.randomUUID()));
        assertThatThrownBy(() -> store.tasks().createAll(withStranger, priya)).isInstanceOf(StoreException.class);
        assertThat(store.tasks().forIncident(incident.id())).as("nothing of the refused batch").hasSize(3);
    }
}
