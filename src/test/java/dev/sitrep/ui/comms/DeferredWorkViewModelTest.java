package dev.sitrep.ui.comms;

import dev.sitrep.domain.Communication;
import dev.sitrep.domain.CommunicationKind;
import dev.sitrep.domain.DeferredWork;
import dev.sitrep.domain.EntityType;
import dev.sitrep.domain.JournalAction;
import dev.sitrep.domain.JournalEntry;
import dev.sitrep.domain.Urgency;
import dev.sitrep.ui.comms.DeferredWorkViewModel.Row;
import dev.sitrep.ui.common.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static dev.sitrep.ui.comms.CustomerCareFixture.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class DeferredWorkViewModelTest {

    private static final Instant TUESDAY_NOON = Instant.parse("2026-11-24T12:00:00Z");
    private static final Instant FRIDAY_NOON = Instant.parse("2026-11-27T12:00:00Z");

    @TempDir
    Path folder;

    private CustomerCareFixture war;
    private DeferredWorkViewModel vm;
    private DeferredWork migration;
    private DeferredWork patching;

    /// At noon on Monday: Zenith's mailbox migration moves from Tuesday to Friday, Dyson's patching of 18:00
    /// has no new time yet, and Crest has been told their firewall review moves.
    @BeforeEach
    void open() {
        war = new CustomerCareFixture(folder);
        migration = war.defer(war.zenith, "Mailbox migration", TUESDAY_NOON, FRIDAY_NOON);
        patching = war.defer(war.dyson, "Quarterly patching of file servers", at("18:00"), null);
        DeferredWork review = war.defer(war.crest, "Firewall rule review", at("16:00"), FRIDAY_NOON);
        war.store.deferredWork().tell(review.id(), call(review), war.sam);
        vm = new DeferredWorkViewModel(war.store, war.workspace, new CurrentThreadTaskExecutor(), war.clock);
        war.workspace.currentIncidentProperty().set(war.incident);
        war.settle();
    }

    @AfterEach
    void close() {
        war.close();
    }

    @Test
    void whoHasNotBeenToldComesFirstAndSaysSo() {
        assertThat(vm.rows()).extracting(Row::customer, Row::what, Row::originalDue, Row::revisedDue, Row::told)
                .containsExactly(
                        tuple("Dyson", "Quarterly patching of file servers", "18:00", "no new time yet", "not told"),
                        tuple("Zenith", "Mailbox migration", "Tue 12:00", "Fri 12:00", "not told"),
                        tuple("Crest", "Firewall rule review", "16:00", "Fri 12:00", "told 12:00 by Sam Okafor"));
        assertThat(vm.summaryProperty().get()).isEqualTo("2 not told · 3 deferred jobs");
    }

    @Test
    void notifyingLogsTheCallAndMarksTheWorkToldTogether() {
        vm.selectedProperty().set(migration.id());
        assertThat(vm.notifyCommand().isExecutable()).isTrue();
        long before = war.store.journal().latestSeq();

        vm.notifyCommand().execute();
        NotifyCustomerForm notice = vm.noticeProperty().get();
        assertThat(notice.heading()).isEqualTo("Tell Zenith: Mailbox migration");
        assertThat(notice.channelProperty().get()).as("a phone call unless changed")
                .isEqualTo(CommunicationKind.OUTBOUND_CALL);
        assertThat(notice.contactProperty().get()).isEqualTo("Jo Bloggs");
        assertThat(notice.summaryProperty().get())
                .isEqualTo("Told Zenith that the mailbox migration moves from Tue 12:00 to Fri 12:00.");
        vm.submit(notice);

        assertThat(vm.noticeProperty().get()).isNull();
        DeferredWork told = war.store.deferredWork().find(migration.id()).orElseThrow();
        assertThat(told.toldAt()).isEqualTo(at("12:00"));
        assertThat(told.toldBy()).isEqualTo("Sam Okafor");
        assertThat(war.store.communications().forIncident(war.incident.id()))
                .filteredOn(communication -> war.zenith.id().equals(communication.customerId()))
                .extracting(Communication::kind, Communication::channel, Communication::contact,
                        Communication::summary, Communication::loggedBy)
                .containsExactly(tuple(CommunicationKind.OUTBOUND_CALL, "Phone", "Jo Bloggs",
                        "Told Zenith that the mailbox migration moves from Tue 12:00 to Fri 12:00.", "Sam Okafor"));
        assertThat(war.store.journal().after(before, 10)).extracting(JournalEntry::entity, JournalEntry::action)
                .containsExactly(tuple(EntityType.COMMUNICATION, JournalAction.LOGGED),
                        tuple(EntityType.DEFERRED_WORK, JournalAction.UPDATED));
        assertThat(vm.rows()).extracting(Row::customer, Row::told).last()
                .isEqualTo(tuple("Zenith", "told 12:00 by Sam Okafor"));
        assertThat(vm.notifyCommand().isExecutable()).as("told already").isFalse();
        assertThat(vm.messageProperty().get())
                .isEqualTo("Logged the outbound call to Zenith and marked “Mailbox migration” told.");
    }

    @Test
    void aCustomerMayBeToldByEmailInWordsOfOnesOwn() {
        vm.selectedProperty().set(patching.id());
        vm.notifyCommand().execute();
        NotifyCustomerForm notice = vm.noticeProperty().get();
        assertThat(notice.summaryProperty().get()).isEqualTo("Told Dyson that the quarterly patching of file "
                + "servers, due 18:00, is put back; a new time follows.");

        notice.channelProperty().set(CommunicationKind.EMAIL);
        notice.contactProperty().set("it-desk@dyson.example");
        notice.summaryProperty().set(" ");
        assertThat(notice.summaryProblemProperty().get()).isEqualTo("Say what the customer was told.");
        assertThat(notice.isValid()).isFalse();
        notice.summaryProperty().set("Patching moves to next week; date to follow.");
        vm.submit(notice);

        assertThat(war.store.communications().forIncident(war.incident.id()))
                .filteredOn(communication -> war.dyson.id().equals(communication.customerId()))
                .extracting(Communication::kind, Communication::channel, Communication::contact,
                        Communication::summary)
                .containsExactly(tuple(CommunicationKind.EMAIL, "E-mail", "it-desk@dyson.example",
                        "Patching moves to next week; date to follow."));
    }

    @Test
    void whenAnotherConsoleToldThemFirstNothingMoreIsLogged() {
        vm.selectedProperty().set(migration.id());
        vm.notifyCommand().execute();
        NotifyCustomerForm notice = vm.noticeProperty().get();
        war.store.deferredWork().tell(migration.id(), call(migration), war.priya);
        long before = war.store.journal().latestSeq();

        vm.submit(notice);

        assertThat(vm.noticeProperty().get()).as("the prompt stays, saying why").isSameAs(notice);
        assertThat(notice.problemProperty().get())
                .isEqualTo("Deferred work: the customer was already told about 'Mailbox migration' by Priya Shah.");
        assertThat(war.store.journal().latestSeq()).isEqualTo(before);

        war.publish();
        assertThat(vm.rows()).filteredOn(row -> row.id().equals(migration.id())).extracting(Row::told)
                .containsExactly("told 12:00 by Priya Shah");
    }

    @Test
    void theRecordFormSaysWhichFieldIsWrongAndWhat() {
        vm.recordFor(null);
        DeferredWorkForm form = vm.formProperty().get();
        assertThat(form.customerProblemProperty().get()).isEqualTo("Choose the customer whose work slips.");
        assertThat(form.whatProblemProperty().get()).isEqualTo("Say which work slips, as the customer knows it.");
        assertThat(form.originalDueProblemProperty().get())
                .isEqualTo("Say when it was due: 14:30, +2h, +45m, tomorrow 09:00 or 2026-11-23 14:30.");
        assertThat(form.revisedDueProblemProperty().get()).as("a new time may wait").isEmpty();

        form.originalDueProperty().set("2026-11-23 09:00");
        assertThat(form.originalDueProblemProperty().get()).as("work may have slipped already").isEmpty();
        assertThat(form.originalDueHintProperty().get()).isEqualTo("today 09:00, 3 h 00 min ago");
        form.originalDueProperty().set("tomorrow 10:00");
        form.revisedDueProperty().set("tomorrow 09:00");
        assertThat(form.revisedDueProblemProperty().get())
                .isEqualTo("The new time must come after the original one, tomorrow 10:00.");
        assertThat(form.isValid()).isFalse();
    }

    @Test
    void recordedWorkIsStoredNotToldAndSelected() {
        vm.recordFor(war.bolt.id());
        DeferredWorkForm form = vm.formProperty().get();
        assertThat(form.customerProperty().get()).isEqualTo(war.bolt);
        form.whatProperty().set("Windows 11 pilot, wave 2");
        form.originalDueProperty().set("tomorrow 10:00");
        form.revisedDueProperty().set("2026-11-30 10:00");

        vm.submit(form);

        assertThat(vm.formProperty().get()).isNull();
        assertThat(vm.rows()).filteredOn(row -> row.id().equals(vm.selectedProperty().get()))
                .extracting(Row::customer, Row::what, Row::originalDue, Row::revisedDue, Row::told)
                .containsExactly(tuple("Bolt", "Windows 11 pilot, wave 2", "Tue 10:00", "Mon 30 Nov 10:00",
                        "not told"));
        assertThat(vm.messageProperty().get())
                .isEqualTo("Recorded that “Windows 11 pilot, wave 2” for Bolt slips. They have not been told yet.");
    }

    @Test
    void workRecordedAtAnotherConsoleAppearsOnceTheFeedBringsIt() {
        war.defer(war.acme, "Backup restore test", at("20:00"), null);
        assertThat(vm.rows()).hasSize(3);

        war.publish();

        assertThat(vm.rows()).extracting(Row::customer).containsExactly("Dyson", "Acme", "Zenith", "Crest");
    }

    @Test
    void afterMidnightATickGivesYesterdaysTimesTheirDay() {
        war.clock.advance(Duration.ofHours(13));

        vm.tick();

        assertThat(vm.rows()).extracting(Row::customer, Row::originalDue).first()
                .isEqualTo(tuple("Dyson", "Mon 18:00"));
        assertThat(vm.rows()).extracting(Row::originalDue).contains("12:00");
    }

    @Test
    void theFilterMatchesCustomerOrWork() {
        vm.textProperty().set("firewall");
        assertThat(vm.rows()).extracting(Row::customer).containsExactly("Crest");

        vm.textProperty().set("ZEN");
        assertThat(vm.rows()).extracting(Row::customer).containsExactly("Zenith");
    }

    @Test
    void aNameReadsInASentenceUnlessItsFirstWordHasCapitalsOfItsOwn() {
        assertThat(NotifyCustomerForm.asInSentence("Mailbox migration")).isEqualTo("mailbox migration");
        assertThat(NotifyCustomerForm.asInSentence("SharePoint Online workshop"))
                .isEqualTo("SharePoint Online workshop");
        assertThat(NotifyCustomerForm.asInSentence("VPN renewal")).isEqualTo("VPN renewal");
    }

    private Communication call(DeferredWork work) {
        return new Communication(UUID.randomUUID(), war.incident.id(), work.customerId(),
                CommunicationKind.OUTBOUND_CALL, "Phone", "Jo Bloggs", "Told them it moves", Urgency.NORMAL,
                "Sam Okafor", war.clock.instant(), null, null);
    }
}
