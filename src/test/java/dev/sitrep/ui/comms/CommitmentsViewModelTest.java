package dev.sitrep.ui.comms;

import dev.sitrep.domain.Commitment;
import dev.sitrep.domain.CommitmentState;
import dev.sitrep.domain.EntityType;
import dev.sitrep.domain.IncidentTask;
import dev.sitrep.domain.JournalAction;
import dev.sitrep.domain.JournalEntry;
import dev.sitrep.domain.UpdateSchedule.Urgency;
import dev.sitrep.ui.comms.CommitmentsViewModel.Row;
import dev.sitrep.ui.common.CurrentThreadTaskExecutor;
import dev.sitrep.ui.common.HeldExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.sitrep.ui.comms.CustomerCareFixture.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class CommitmentsViewModelTest {

    @TempDir
    Path folder;

    private CustomerCareFixture war;
    private CommitmentsViewModel vm;
    private IncidentTask patchBolt;
    private IncidentTask patchAcme;
    private Commitment boltWebmail;
    private Commitment acmeCall;

    /// At 12:00: Bolt was promised webmail by 14:00 but its task is expected at 16:00; Acme was promised a
    /// call by 12:30; Crest's promise of 11:45 was met.
    @BeforeEach
    void open() {
        war = new CustomerCareFixture(folder);
        patchBolt = war.task("Patch BOLT-EX", war.bolt, "16:00");
        patchAcme = war.task("Patch EXCH-02", war.acme, "15:00");
        war.task("Verify EXCH-01", war.acme, null);
        boltWebmail = war.promise(war.bolt, "Webmail back", "14:00", patchBolt);
        acmeCall = war.promise(war.acme, "Call with the patch window", "12:30", null);
        Commitment met = war.promise(war.crest, "Firewall block in place", "11:45", null);
        war.store.commitments().save(withState(met, CommitmentState.MET), war.priya);
        vm = new CommitmentsViewModel(war.store, war.workspace, new CurrentThreadTaskExecutor(), war.clock);
        war.workspace.currentIncidentProperty().set(war.incident);
        war.settle();
    }

    @AfterEach
    void close() {
        war.close();
    }

    @Test
    void pendingPromisesShowByDueTimeWithTheirStateTaskAndRisk() {
        assertThat(vm.rows()).extracting(Row::customer, Row::what, Row::due, Row::state, Row::risk).containsExactly(
                tuple("Acme", "Call with the patch window", "due 12:30", CommitmentState.OPEN, ""),
                tuple("Bolt", "Webmail back", "due 14:00", CommitmentState.OPEN, "at risk: task ETA 16:00"));
        assertThat(vm.rows().get(1).task()).isEqualTo("Patch BOLT-EX · ETA 16:00");
        assertThat(vm.summaryProperty().get()).isEqualTo("2 pending · 1 at risk of 3 commitments");

        vm.pendingOnlyProperty().set(false);

        assertThat(vm.rows()).extracting(Row::customer, Row::due, Row::state).last()
                .isEqualTo(tuple("Crest", "11:45", CommitmentState.MET));
    }

    @Test
    void aPendingPromiseCountsDownAndTurnsRedOnceLate() {
        war.setClock("12:20");
        vm.tick();
        assertThat(row(acmeCall)).extracting(Row::due, Row::dueUrgency)
                .containsExactly("due in 10 min", Urgency.SOON);

        war.setClock("12:40");
        vm.tick();
        assertThat(row(acmeCall)).extracting(Row::due, Row::dueUrgency)
                .containsExactly("overdue 10 min", Urgency.OVERDUE);
        assertThat(vm.summaryProperty().get()).isEqualTo("2 pending · 1 at risk · 1 overdue of 3 commitments");
    }

    @Test
    void theFormSaysWhichFieldIsWrongAndWhat() {
        vm.recordFor(null);
        CommitmentForm form = vm.formProperty().get();

        assertThat(form.isValid()).isFalse();
        assertThat(form.customerProblemProperty().get()).isEqualTo("Choose the customer the promise was made to.");
        assertThat(form.whatProblemProperty().get()).isEqualTo("Say what was promised, as the customer was told it.");
        assertThat(form.dueProblemProperty().get())
                .isEqualTo("Say by when: 14:30, +2h, +45m, tomorrow 09:00 or 2026-11-23 14:30.");

        form.dueByProperty().set("soon");
        assertThat(form.dueProblemProperty().get()).startsWith("\"soon\" is not a time: write 14:30, +2h");

        form.dueByProperty().set("2026-11-23 11:00");
        assertThat(form.dueProblemProperty().get()).isEqualTo("Today 11:00 has passed: give a time still to come.");

        form.dueByProperty().set("+2h");
        assertThat(form.dueProblemProperty().get()).isEmpty();
        assertThat(form.dueHintProperty().get()).isEqualTo("today 14:00, in 2 h 00 min");
    }

    @Test
    void aCommitmentRecordedForACustomerMayHangOnOneOfTheirOpenTasks() {
        vm.recordFor(war.acme.id());
        CommitmentForm form = vm.formProperty().get();
        assertThat(form.customerProperty().get()).isEqualTo(war.acme);
        assertThat(form.tasks()).extracting(IncidentTask::title).containsExactly("Patch EXCH-02", "Verify EXCH-01");

        form.whatProperty().set("Mail flowing at Leeds");
        form.dueByProperty().set("15:30");
        form.taskProperty().set(form.tasks().getFirst());
        assertThat(form.taskWarningProperty().get()).isEmpty();
        form.dueByProperty().set("14:00");
        assertThat(form.taskWarningProperty().get())
                .isEqualTo("Its ETA, today 15:00, is after the time promised: the commitment starts at risk.");
        long before = war.store.journal().latestSeq();

        vm.submit(form);

        assertThat(vm.formProperty().get()).isNull();
        Commitment stored = war.store.commitments().forIncident(war.incident.id()).stream()
                .filter(commitment -> commitment.what().equals("Mail flowing at Leeds")).findFirst().orElseThrow();
        assertThat(stored).extracting(Commitment::customerId, Commitment::what, Commitment::dueAt, Commitment::taskId,
                        Commitment::state)
                .containsExactly(war.acme.id(), "Mail flowing at Leeds", at("14:00"), patchAcme.id(),
                        CommitmentState.OPEN);
        assertThat(war.store.journal().after(before, 10)).extracting(JournalEntry::entity, JournalEntry::action)
                .containsExactly(tuple(EntityType.COMMITMENT, JournalAction.CREATED));
        assertThat(vm.selectedProperty().get()).isEqualTo(stored.id());
        assertThat(row(stored).risk()).isEqualTo("at risk: task ETA 15:00");
        assertThat(vm.messageProperty().get())
                .isEqualTo("Recorded the promise to Acme: Mail flowing at Leeds, due 14:00.");
    }

    @Test
    void choosingAnotherCustomerLetsGoOfTheTaskOfTheFirst() {
        vm.recordFor(war.acme.id());
        CommitmentForm form = vm.formProperty().get();
        form.taskProperty().set(form.tasks().getFirst());

        form.customerProperty().set(war.bolt);

        assertThat(form.tasks()).extracting(IncidentTask::title).containsExactly("Patch BOLT-EX");
        assertThat(form.taskProperty().get()).isNull();
    }

    @Test
    void aRefusedCommitmentKeepsTheFormAsTypedAndWritesNothing() {
        vm.recordFor(war.acme.id());
        CommitmentForm form = vm.formProperty().get();
        form.whatProperty().set("Mail flowing at Leeds");
        form.dueByProperty().set("14:30");
        war.store.close();

        vm.submit(form);

        assertThat(vm.formProperty().get()).isSameAs(form);
        assertThat(form.problemProperty().get()).isNotEmpty();
        assertThat(form.whatProperty().get()).isEqualTo("Mail flowing at Leeds");
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void aSecondSubmitWhileTheFirstIsBeingStoredRecordsNothingMore() {
        HeldExecutor held = new HeldExecutor();
        CommitmentsViewModel slow = new CommitmentsViewModel(war.store, war.workspace, held, war.clock);
        held.runAll();
        slow.recordFor(war.dyson.id());
        held.runAll();
        CommitmentForm form = slow.formProperty().get();
        form.whatProperty().set("Call back with the window");
        form.dueByProperty().set("+1h");

        slow.submit(form);
        slow.submit(form);
        held.runAll();

        assertThat(war.store.commitments().forIncident(war.incident.id()))
                .filteredOn(c -> c.customerId().equals(war.dyson.id())).hasSize(1);
    }

    @Test
    void markingMetOrMissedSettlesThePromiseAndLeavesThePendingList() {
        vm.selectedProperty().set(acmeCall.id());
        assertThat(vm.markMetCommand().isExecutable()).isTrue();

        vm.markMetCommand().execute();

        assertThat(war.store.commitments().find(acmeCall.id()).orElseThrow().state()).isEqualTo(CommitmentState.MET);
        assertThat(vm.rows()).extracting(Row::id).doesNotContain(acmeCall.id());
        assertThat(vm.markMetCommand().isExecutable()).as("nothing pending is selected").isFalse();
        assertThat(vm.messageProperty().get()).isEqualTo("Marked “Call with the patch window” for Acme met.");

        vm.selectedProperty().set(boltWebmail.id());
        vm.markMissedCommand().execute();

        assertThat(war.store.commitments().find(boltWebmail.id()).orElseThrow().state())
                .isEqualTo(CommitmentState.MISSED);
        assertThat(lastEntry()).extracting(JournalEntry::action, entry -> entry.detail("to"))
                .containsExactly(JournalAction.STATUS_CHANGED, "missed");
        vm.pendingOnlyProperty().set(false);
        vm.selectedProperty().set(boltWebmail.id());
        assertThat(vm.reviseCommand().isExecutable()).as("a settled promise is not revised").isFalse();
    }

    @Test
    void revisingKeepsEveryTimePromisedInTheHistory() {
        vm.selectedProperty().set(boltWebmail.id());
        vm.reviseCommand().execute();
        CommitmentRevisionForm revision = vm.revisionProperty().get();
        assertThat(revision.heading()).isEqualTo("“Webmail back” for Bolt, due today 14:00");
        assertThat(revision.newDueProblemProperty().get())
                .isEqualTo("Say the new time: 14:30, +2h, +45m, tomorrow 09:00 or 2026-11-23 14:30.");
        revision.newDueProperty().set("14:00");
        assertThat(revision.newDueProblemProperty().get())
                .isEqualTo("That is the time already promised: give the new one.");
        revision.newDueProperty().set("16:00");
        vm.submit(revision);
        assertThat(vm.revisionProperty().get()).isNull();

        vm.reviseCommand().execute();
        vm.revisionProperty().get().newDueProperty().set("17:30");
        vm.submit(vm.revisionProperty().get());

        assertThat(row(boltWebmail)).extracting(Row::state, Row::due, Row::history, Row::risk).containsExactly(
                CommitmentState.REVISED, "due 17:30", "promised 14:00, then 16:00, then 17:30", "");
        assertThat(war.store.commitments().revisions(boltWebmail.id())).hasSize(2);
        assertThat(vm.messageProperty().get()).isEqualTo("Revised “Webmail back” for Bolt to today 17:30.");
    }

    @Test
    void aPromiseFallsAtRiskWhenItsTasksEtaMovesLaterAtAnotherConsole() {
        IncidentTask patchDyson = war.task("Patch DYSON-EX", war.dyson, "13:00");
        Commitment dyson = war.promise(war.dyson, "Webmail back at Malmesbury", "14:00", patchDyson);
        war.publish();
        assertThat(row(dyson).isAtRisk()).isFalse();

        war.moveEta(patchDyson, "14:30");
        assertThat(row(dyson).isAtRisk()).as("not before the feed brings it").isFalse();
        war.publish();

        assertThat(row(dyson).risk()).isEqualTo("at risk: task ETA 14:30");
        assertThat(row(dyson).task()).isEqualTo("Patch DYSON-EX · ETA 14:30");
    }

    @Test
    void filtersNarrowByCustomerAndText() {
        assertThat(vm.customers()).extracting(c -> c.name()).containsExactly("Acme", "Bolt", "Crest");

        vm.customerProperty().set(war.bolt.id());
        assertThat(vm.rows()).extracting(Row::what).containsExactly("Webmail back");

        vm.customerProperty().set(null);
        vm.textProperty().set("PATCH window");
        assertThat(vm.rows()).extracting(Row::what).containsExactly("Call with the patch window");

        vm.textProperty().set("BOLT-EX");
        assertThat(vm.rows()).as("the task's title counts").extracting(Row::what).containsExactly("Webmail back");
    }

    @Test
    void theCustomerFilteredByIsTheOneANewPromiseStartsWith() {
        vm.customerProperty().set(war.crest.id());

        vm.recordCommand().execute();

        assertThat(vm.formProperty().get().customerProperty().get()).isEqualTo(war.crest);
    }

    private Row row(Commitment commitment) {
        vm.pendingOnlyProperty().set(false);
        return vm.rows().stream().filter(row -> row.id().equals(commitment.id())).findFirst().orElseThrow();
    }

    private JournalEntry lastEntry() {
        List<JournalEntry> entries = war.store.journal().after(war.store.journal().latestSeq() - 1, 1);
        return entries.getFirst();
    }

    private static Commitment withState(Commitment commitment, CommitmentState state) {
        return new Commitment(commitment.id(), commitment.incidentId(), commitment.customerId(), commitment.what(),
                commitment.dueAt(), commitment.taskId(), state, commitment.createdAt());
    }
}
