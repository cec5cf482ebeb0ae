package dev.sitrep.store;

import dev.sitrep.domain.Commitment;
import dev.sitrep.domain.CommitmentState;
import dev.sitrep.domain.Communication;
import dev.sitrep.domain.CommunicationKind;
import dev.sitrep.domain.Customer;
import dev.sitrep.domain.DeferredWork;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.IncidentTask;
import dev.sitrep.domain.JournalAction;
import dev.sitrep.domain.JournalEntry;
import dev.sitrep.domain.Operator;
import dev.sitrep.domain.Priority;
import dev.sitrep.domain.Scope;
import dev.sitrep.domain.JournalSentence;
import dev.sitrep.domain.Shift;
import dev.sitrep.domain.StaffRole;
import dev.sitrep.domain.TaskStatus;
import dev.sitrep.domain.Urgency;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/// Communications, commitments, deferred work and shifts: the records an incident gathers.
class IncidentRecordsTest extends StoreTestSupport {

    Customer acme;
    Incident incident;
    Operator sam;

    @BeforeEach
    void incidentAtAcme() {
        acme = customer("Acme");
        incident = incident("Ransomware at Acme");
        sam = store.staff().signIn("Sam Okafor", StaffRole.TAM);
    }

    private static Instant at(int minutes) {
        return START.plus(Duration.ofMinutes(minutes));
    }

    @Test
    void aLoggedCallIsJournaledWithItsKindAndTheFirstWordsOfItsSummary() {
        Communication call = new Communication(UUID.randomUUID(), incident.id(), acme.id(),
                CommunicationKind.INBOUND_CALL, "phone", "Jo Bloggs",
                "Jo asked when the Leeds mail server will be back, because the plant cannot ship without it",
                Urgency.HIGH, "Sam Okafor", at(5), at(65), null);

        store.communications().save(call, sam);

        assertThat(store.communications().find(call.id())).contains(call);
        assertThat(lastEntry().action()).isEqualTo(JournalAction.LOGGED);
        assertThat(lastEntry().actor()).isEqualTo("Sam Okafor");
        assertThat(lastEntry().details()).isEqualTo(Map.of(
                "name", "Jo asked when the Leeds mail server will be back, because…",
                "customer", "Acme", "kind", "inbound_call", "urgency", "high"));
    }

    @Test
    void markingTheCallBackDoneIsItsOwnEntry() {
        Communication call = new Communication(UUID.randomUUID(), incident.id(), acme.id(),
                CommunicationKind.INBOUND_CALL, "Teams", "Jo Bloggs", "Wants an ETA", Urgency.NORMAL, "Sam Okafor",
                at(5), at(65), null);
        store.communications().save(call, sam);
        Communication later = new Communication(UUID.randomUUID(), incident.id(), null,
                CommunicationKind.INTERNAL_NOTE, "", "", "Backups verified", null, "Sam Okafor", at(1), null, null);
        store.communications().save(later, sam);
        long before = store.journal().latestSeq();

        store.communications().save(new Communication(call.id(), incident.id(), acme.id(), call.kind(), call.channel(),
                call.contact(), "Wants an ETA for Leeds", call.urgency(), call.loggedBy(), call.at(), call.callbackDue(),
                at(50)), sam);

        assertThat(journalAfter(before)).extracting(JournalEntry::action, entry -> entry.detail("fields"))
                .containsExactly(tuple(JournalAction.CALLBACK_DONE, ""), tuple(JournalAction.UPDATED, "summary"));
        assertThat(store.communications().forIncident(incident.id())).extracting(Communication::id)
                .as("oldest first").containsExactly(later.id(), call.id());
        assertThat(store.communications().find(call.id()).orElseThrow().callbackPending()).isFalse();
    }

    @Test
    void aCommitmentKeepsEveryRevisionOfItsDueTime() {
        Commitment promise = new Commitment(UUID.randomUUID(), incident.id(), acme.id(), "Mail back at Leeds",
                at(120), null, CommitmentState.OPEN, at(0));
        store.commitments().save(promise, sam);
        clock.advance(Duration.ofMinutes(90));
        long before = store.journal().latestSeq();

        Commitment revised = new Commitment(promise.id(), incident.id(), acme.id(), promise.what(), at(240), null,
                CommitmentState.REVISED, promise.createdAt());
        store.commitments().save(revised, sam);

        assertThat(store.commitments().find(promise.id())).contains(revised);
        assertThat(store.commitments().revisions(promise.id())).containsExactly(
                new CommitmentRevision(promise.id(), at(120), at(240), at(90), "Sam Okafor"));
        assertThat(journalAfter(before)).extracting(JournalEntry::action, JournalEntry::details).containsExactly(
                tuple(JournalAction.STATUS_CHANGED, Map.of("name", "Mail back at Leeds", "customer", "Acme",
                        "from", "open", "to", "revised")),
                tuple(JournalAction.UPDATED, Map.of("name", "Mail back at Leeds", "customer", "Acme",
                        "fields", "dueAt", "previousDue", at(120).toString(), "due", at(240).toString())));
    }

    @Test
    void aCommitmentMayNotHangOnAnotherIncidentsTask() {
        Incident other = incident("Another incident");
        IncidentTask task = new IncidentTask(UUID.randomUUID(), other.id(), "Patch", "", Scope.NONE, null,
                TaskStatus.TODO, "", Priority.P2, null, null, START, START);
        store.tasks().save(task, priya);

        assertThatThrownBy(() -> store.commitments().save(new Commitment(UUID.randomUUID(), incident.id(), acme.id(),
                "Patched by noon", at(150), task.id(), null, at(0)), sam))
                .isInstanceOf(StoreException.class).hasMessage("Task: 'Patch' belongs to another incident.");
        assertThat(store.commitments().forIncident(incident.id())).isEmpty();
    }

    @Test
    void deferredWorkIsJournaledWithTheFieldsThatChanged() {
        Customer zenith = customer("Zenith");
        DeferredWork migration = new DeferredWork(UUID.randomUUID(), incident.id(), zenith.id(),
                "Mailbox migration", at(24 * 60), null, null, "");
        store.deferredWork().save(migration, sam);
        assertThat(lastEntry().details()).isEqualTo(Map.of("name", "Mailbox migration", "customer", "Zenith"));

        DeferredWork told = new DeferredWork(migration.id(), incident.id(), zenith.id(), migration.what(),
                migration.originalDue(), at(4 * 24 * 60), at(30), "Sam Okafor");
        store.deferredWork().save(told, sam);

        assertThat(store.deferredWork().forIncident(incident.id())).containsExactly(told);
        assertThat(lastEntry().action()).isEqualTo(JournalAction.UPDATED);
        assertThat(lastEntry().detail("fields")).isEqualTo("revisedDue,toldAt,toldBy");
        assertThatThrownBy(() -> store.deferredWork().save(new DeferredWork(UUID.randomUUID(), incident.id(),
                UUID.randomUUID(), "Upgrade", at(10), null, null, ""), sam))
                .isInstanceOf(StoreException.class).hasMessageStartingWith("Customer: there is no customer");
    }

    @Test
    void aShiftStartsWithItsMembersAndEndsWithAnEntryOfItsOwn() {
        Operator kim = store.staff().signIn("Kim Lee", StaffRole.ENGINEER);
        Shift day = new Shift(UUID.randomUUID(), incident.id(), at(0), null, priya.staffId(), "",
                List.of(new Shift.Member(kim.staffId(), at(10), null), new Shift.Member(sam.staffId(), at(0), null)));
        store.shifts().save(day, priya);

        assertThat(store.shifts().find(day.id()).orElseThrow().members()).extracting(Shift.Member::staffId)
                .containsExactly(sam.staffId(), kim.staffId());
        assertThat(lastEntry().action()).isEqualTo(JournalAction.SHIFT_STARTED);
        assertThat(lastEntry().details()).containsEntry("lead", "Priya Shah").containsEntry("members", "2");

        long before = store.journal().latestSeq();
        Shift ended = new Shift(day.id(), incident.id(), at(0), at(12 * 60), priya.staffId(), "Leeds mail restored",
                List.of(new Shift.Member(sam.staffId(), at(0), at(12 * 60)), new Shift.Member(kim.staffId(), at(10), null)));
        store.shifts().save(ended, priya);

        assertThat(journalAfter(before)).extracting(JournalEntry::action, entry -> entry.detail("fields"))
                .containsExactly(tuple(JournalAction.SHIFT_ENDED, ""),
                        tuple(JournalAction.UPDATED, "handoverNotes,members"));
        Shift stored = store.shifts().forIncident(incident.id()).getFirst();
        assertThat(stored.end()).isEqualTo(at(12 * 60));
        assertThat(stored.handoverNotes()).isEqualTo("Leeds mail restored");
        assertThat(stored.members()).containsExactlyInAnyOrderElementsOf(ended.members());

        long unchanged = store.journal().latestSeq();
        store.shifts().save(stored, priya);
        assertThat(store.journal().latestSeq()).isEqualTo(unchanged);
    }

    @Test
    void joiningAndLeavingAShiftAreJournaledInWords() {
        Shift started = Shift.startedBy(incident.id(), priya.staffId(), at(0));
        store.shifts().save(started, priya);

        store.shifts().save(started.join(sam.staffId(), at(5)), sam);
        JournalEntry joined = lastEntry();
        store.shifts().save(started.join(sam.staffId(), at(5)).leave(sam.staffId(), at(60)), priya);
        JournalEntry left = lastEntry();

        assertThat(JournalSentence.describe(joined)).isEqualTo("joined the shift led by Priya Shah");
        assertThat(JournalSentence.describe(left)).isEqualTo("took Sam Okafor off the shift led by Priya Shah");
        assertThat(store.shifts().find(started.id()).orElseThrow().isOn(sam.staffId())).isFalse();
    }

    @Test
    void joiningWithNoShiftRunningStartsOneAndTheLastToLeaveEndsIt() {
        Shift started = store.shifts().join(incident.id(), sam.staffId(), sam);
        assertThat(started.leadId()).isEqualTo(sam.staffId());
        assertThat(lastEntry().action()).isEqualTo(JournalAction.SHIFT_STARTED);

        Shift joined = store.shifts().join(incident.id(), priya.staffId(), priya);
        assertThat(joined.id()).isEqualTo(started.id());
        assertThat(joined.isOn(priya.staffId())).isTrue();

        store.shifts().leave(incident.id(), sam.staffId(), sam);
        long before = store.journal().latestSeq();
        store.shifts().leave(incident.id(), sam.staffId(), sam);
        assertThat(store.journal().latestSeq()).as("leaving twice changes nothing").isEqualTo(before);
        store.shifts().leave(incident.id(), priya.staffId(), priya);

        assertThat(store.shifts().find(started.id()).orElseThrow().isRunning()).isFalse();
        assertThat(journalAfter(before)).extracting(JournalEntry::action)
                .containsExactly(JournalAction.SHIFT_ENDED, JournalAction.UPDATED);
        assertThat(store.shifts().join(incident.id(), sam.staffId(), sam).id()).isNotEqualTo(started.id());
    }
}
