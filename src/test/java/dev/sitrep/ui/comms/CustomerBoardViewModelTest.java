package dev.sitrep.ui.comms;

import dev.sitrep.domain.Communication;
import dev.sitrep.domain.CommunicationKind;
import dev.sitrep.domain.CustomerAttention.Reason;
import dev.sitrep.domain.EntityType;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.IncidentDraft;
import dev.sitrep.domain.IncidentTask;
import dev.sitrep.domain.JournalAction;
import dev.sitrep.domain.JournalEntry;
import dev.sitrep.domain.UpdateSchedule.Urgency;
import dev.sitrep.ui.comms.CustomerBoardViewModel.Row;
import dev.sitrep.ui.common.CurrentThreadTaskExecutor;
import dev.sitrep.ui.common.HeldExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.sitrep.ui.comms.CustomerCareFixture.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class CustomerBoardViewModelTest {

    @TempDir
    Path folder;

    private CustomerCareFixture war;
    private CustomerBoardViewModel vm;

    /// At 12:05: Crest has had no update (due 12:00), Acme had one at 11:30 but waits for a call back promised
    /// for 11:50, Bolt had one at 11:45 and holds a promise for 14:00 whose task is expected at 16:00, and
    /// Dyson had one at 11:50.
    @BeforeEach
    void open() {
        war = new CustomerCareFixture(folder);
        war.statusUpdate(war.acme, "11:30");
        war.call(war.acme, "11:20", "11:50");
        war.statusUpdate(war.bolt, "11:45");
        war.promise(war.bolt, "Webmail back", "14:00", war.task("Patch BOLT-EX", war.bolt, "16:00"));
        war.statusUpdate(war.dyson, "11:50");
        war.setClock("12:05");
        vm = new CustomerBoardViewModel(war.store, war.workspace, new CurrentThreadTaskExecutor(), war.clock);
        war.workspace.currentIncidentProperty().set(war.incident);
        war.settle();
    }

    @AfterEach
    void close() {
        war.close();
    }

    @Test
    void theMostUrgentCustomerComesFirst() {
        assertThat(vm.rows()).extracting(Row::name, Row::reason).containsExactly(
                tuple("Crest", Reason.UPDATE_OVERDUE),
                tuple("Acme", Reason.CALLBACK_OVERDUE),
                tuple("Bolt", Reason.COMMITMENT_AT_RISK),
                tuple("Dyson", Reason.NOTHING_PRESSING));
        assertThat(vm.rows()).extracting(Row::name).doesNotContain("Zenith");
    }

    @Test
    void aRowSaysHowTheCustomersSitesRecoverAndWhatTheyAreOwed() {
        Row acme = row("Acme");

        assertThat(acme.tier()).isEqualTo("Gold SLA");
        assertThat(acme.tam()).isEqualTo("Sam Okafor");
        assertThat(acme.sites()).isEqualTo("2 sites · 1 / 3 back");
        assertThat(acme.recovered()).isEqualTo(1 / 3.0);
        assertThat(acme.lastContact()).isEqualTo("11:30 · status update");
        assertThat(acme.lastContactBy()).isEqualTo("Priya Shah");
        assertThat(acme.nextUpdate()).isEqualTo("due 12:30");
        assertThat(acme.updateUrgency()).isEqualTo(Urgency.LATER);
        assertThat(acme.callbacks()).isEqualTo("1 open");
        assertThat(acme.callbackDue()).isEqualTo("overdue 15 min");
        assertThat(acme.callbackUrgency()).isEqualTo(Urgency.OVERDUE);
        assertThat(acme.commitments()).isEqualTo("none open");
        assertThat(acme.commitmentAlert()).isEmpty();

        Row bolt = row("Bolt");
        assertThat(bolt.sites()).isEqualTo("1 site · 0 / 1 back");
        assertThat(bolt.commitments()).isEqualTo("1 open");
        assertThat(bolt.commitmentAlert()).isEqualTo("1 at risk");
        assertThat(bolt.callbacks()).isEqualTo("none");
        assertThat(row("Crest").lastContact()).isEqualTo("no contact yet");
        assertThat(vm.summaryProperty().get())
                .isEqualTo("4 customers affected · 1 update overdue · 1 callback overdue · 1 commitment at risk");
    }

    @Test
    void anInternalNoteIsNoContactWithTheCustomer() {
        war.store.communications().save(new Communication(UUID.randomUUID(), war.incident.id(), war.crest.id(),
                CommunicationKind.INTERNAL_NOTE, "", "", "Their firewall is managed by a third party",
                null, "Sam Okafor", at("12:01"), null, null), war.sam);
        war.publish();

        assertThat(row("Crest").lastContact()).isEqualTo("no contact yet");
    }

    @Test
    void countdownsTurnAmberWithinFifteenMinutesAndRedOnceLateAsTheClockMoves() {
        war.setClock("12:20");
        vm.tick();
        assertThat(row("Acme").nextUpdate()).isEqualTo("due in 10 min");
        assertThat(row("Acme").updateUrgency()).isEqualTo(Urgency.SOON);

        war.setClock("12:55");
        vm.tick();
        assertThat(row("Acme").nextUpdate()).isEqualTo("overdue 25 min");
        assertThat(row("Acme").updateUrgency()).isEqualTo(Urgency.OVERDUE);
        assertThat(vm.rows()).as("the most overdue first").extracting(Row::name)
                .containsExactly("Crest", "Acme", "Bolt", "Dyson");
        assertThat(vm.summaryProperty().get()).startsWith("4 customers affected · 4 updates overdue");

        war.setClock("13:00");
        vm.tick();
        assertThat(row("Crest").nextUpdate()).isEqualTo("overdue 1 h 00 min");
    }

    @Test
    void theEarliestOfSeveralCallbacksCountsDown() {
        war.call(war.dyson, "12:00", "13:00");
        war.call(war.dyson, "12:01", "12:30");
        war.publish();
        assertThat(row("Dyson")).extracting(Row::callbacks, Row::callbackDue, Row::callbackUrgency)
                .containsExactly("2 open", "first due 12:30", Urgency.LATER);

        war.setClock("12:20");
        vm.tick();
        assertThat(row("Dyson")).extracting(Row::callbackDue, Row::callbackUrgency)
                .containsExactly("first due in 10 min", Urgency.SOON);

        war.setClock("12:31");
        vm.tick();
        assertThat(row("Dyson")).extracting(Row::callbackDue, Row::callbackUrgency)
                .containsExactly("overdue 1 min", Urgency.OVERDUE);
    }

    @Test
    void aTickReadsNothingFromTheStore() {
        war.store.close();
        war.setClock("12:20");

        vm.tick();

        assertThat(row("Acme").nextUpdate()).isEqualTo("due in 10 min");
        assertThat(vm.problemProperty().get()).isEmpty();
    }

    @Test
    void aStatusUpdateLoggedAtAnotherConsoleResetsTheCountdownOnceTheFeedBringsIt() {
        war.statusUpdate(war.crest, "12:04");
        assertThat(row("Crest").reason()).as("not before the feed brings it").isEqualTo(Reason.UPDATE_OVERDUE);

        war.publish();

        assertThat(row("Crest").nextUpdate()).isEqualTo("due 13:04");
        assertThat(row("Crest").lastContact()).isEqualTo("12:04 · status update");
        assertThat(vm.rows()).extracting(Row::name).containsExactly("Acme", "Bolt", "Dyson", "Crest");
    }

    @Test
    void aCommitmentFallsAtRiskWhenItsTasksEtaMovesLater() {
        IncidentTask patch = war.task("Patch DYSON-EX", war.dyson, "13:00");
        war.promise(war.dyson, "Webmail back at Malmesbury", "14:00", patch);
        war.publish();
        assertThat(row("Dyson").commitmentAlert()).isEmpty();

        war.moveEta(patch, "15:30");
        war.publish();

        assertThat(row("Dyson").commitmentAlert()).isEqualTo("1 at risk");
        assertThat(row("Dyson").reason()).isEqualTo(Reason.COMMITMENT_AT_RISK);
    }

    @Test
    void deferredWorkTheCustomerHasNotHeardOfIsCounted() {
        war.defer(war.dyson, "Firewall rule review", at("17:00"), null);
        war.publish();

        assertThat(row("Dyson").deferred()).isEqualTo("1 deferred job not told");
    }

    @Test
    void aShorterCadenceMovesEveryDueTime() {
        war.store.incidents().edit(war.incident.id(), new IncidentDraft(war.incident.title(),
                war.incident.kind(), war.incident.severity(), war.incident.commanderId(), "",
                Duration.ofMinutes(30)), war.priya);
        war.publish();

        assertThat(row("Acme").nextUpdate()).isEqualTo("overdue 5 min");
        assertThat(row("Dyson").nextUpdate()).isEqualTo("due in 15 min");
    }

    @Test
    void theFilterMatchesNameTierOrAccountManager() {
        vm.filterProperty().set("priya");
        assertThat(vm.rows()).extracting(Row::name).containsExactly("Bolt");

        vm.filterProperty().set("  SILVER ");
        assertThat(vm.rows()).extracting(Row::name).containsExactly("Crest");

        vm.filterProperty().set("");
        assertThat(vm.rows()).hasSize(4);
    }

    @Test
    void theSelectedCustomerStaysWhileTheBoardReloads() {
        vm.selectedCustomerProperty().set(war.dyson.id());

        war.statusUpdate(war.crest, "12:04");
        war.publish();

        assertThat(vm.selectedCustomerProperty().get()).isEqualTo(war.dyson.id());
    }

    @Test
    void changesOfAnotherIncidentAreNotFollowed() {
        Incident other = war.store.incidents().declare(new IncidentDraft("Another", war.incident.kind(),
                war.incident.severity(), null, "", Duration.ofMinutes(60)), war.priya);
        war.store.close();

        war.workspace.publish(List.of(JournalEntry.of(war.clock.instant(), "Priya Shah", other.id(),
                EntityType.COMMUNICATION, UUID.randomUUID(), JournalAction.LOGGED, Map.of())));

        assertThat(vm.problemProperty().get()).as("nothing was read").isEmpty();
        assertThat(vm.rows()).hasSize(4);
    }

    @Test
    void anotherIncidentsCustomersAreNotShownWhileItLoads() {
        HeldExecutor held = new HeldExecutor();
        CustomerBoardViewModel slow = new CustomerBoardViewModel(war.store, war.workspace, held, war.clock);
        held.runAll();
        assertThat(slow.rows()).hasSize(4);
        Incident other = war.store.incidents().declare(new IncidentDraft("Another", war.incident.kind(),
                war.incident.severity(), null, "", Duration.ofMinutes(60)), war.priya);

        war.workspace.currentIncidentProperty().set(other);

        assertThat(slow.rows()).as("while loading").isEmpty();
        held.runAll();
        assertThat(slow.rows()).as("it affects nobody yet").isEmpty();
        assertThat(slow.summaryProperty().get()).startsWith("0 customers affected");
    }

    @Test
    void withoutAnIncidentTheBoardIsEmpty() {
        war.workspace.currentIncidentProperty().set(null);

        assertThat(vm.rows()).isEmpty();
        assertThat(vm.summaryProperty().get()).isEqualTo("No current incident");
    }

    private Row row(String name) {
        return vm.rows().stream().filter(row -> row.name().equals(name)).findFirst().orElseThrow();
    }
}
