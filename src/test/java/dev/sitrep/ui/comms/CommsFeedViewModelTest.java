package dev.sitrep.ui.comms;

import dev.sitrep.domain.Communication;
import dev.sitrep.domain.CommunicationKind;
import dev.sitrep.domain.Contact;
import dev.sitrep.domain.Customer;
import dev.sitrep.domain.EntityType;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.IncidentDraft;
import dev.sitrep.domain.IncidentKind;
import dev.sitrep.domain.JournalAction;
import dev.sitrep.domain.JournalEntry;
import dev.sitrep.domain.Operator;
import dev.sitrep.domain.Severity;
import dev.sitrep.domain.SlaTier;
import dev.sitrep.domain.StaffRole;
import dev.sitrep.domain.Urgency;
import dev.sitrep.store.DatabaseLocation;
import dev.sitrep.store.Store;
import dev.sitrep.ui.common.CurrentThreadTaskExecutor;
import dev.sitrep.ui.common.SteppingClock;
import dev.sitrep.ui.common.Workspace;
import dev.sitrep.ui.comms.CommsFeedViewModel.CallbackState;
import dev.sitrep.ui.comms.CommsFeedViewModel.FeedRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class CommsFeedViewModelTest {

    private static final Instant NOW = Instant.parse("2026-11-23T14:00:00Z");

    @TempDir
    Path folder;

    private final SteppingClock clock = new SteppingClock(NOW);
    private final Workspace workspace = new Workspace();
    private Store store;
    private Operator priya;
    private Operator sam;
    private Incident incident;
    private Customer zenith;
    private Customer acme;
    private Communication webmail;
    private Communication patchWindow;
    private Communication scanReport;
    private Communication ico;
    private Communication insurer;
    private Communication yesterday;
    private CommsFeedViewModel vm;

    @BeforeEach
    void open() {
        store = Store.open(DatabaseLocation.ofFile(folder.resolve("db")), clock);
        priya = store.staff().signIn("Priya Shah", StaffRole.TAM);
        sam = store.staff().signIn("Sam Lee", StaffRole.TAM);
        zenith = customer("Zenith Logistics");
        acme = customer("Acme");
        incident = store.incidents().declare(new IncidentDraft("Exchange zero-day", IncidentKind.VULNERABILITY,
                Severity.SEV1, priya.staffId(), "", Duration.ofMinutes(60)), priya);
        webmail = log(zenith, CommunicationKind.INBOUND_CALL, "Dana Fox", "Users cannot reach webmail", priya,
                "13:00", "13:35", null);
        patchWindow = log(acme, CommunicationKind.OUTBOUND_CALL, "Ann Lee", "Patch window agreed for Sunday", sam,
                "13:30", "14:10", null);
        scanReport = log(zenith, CommunicationKind.EMAIL, "Dana Fox", "IOC scan report sent", sam, "13:45", null,
                null);
        ico = log(acme, CommunicationKind.INBOUND_CALL, "Ann Lee", "Asks whether they must report to the ICO", priya,
                "12:00", "12:30", "12:20");
        insurer = log(null, CommunicationKind.INTERNAL_NOTE, "", "Insurer asks for a timeline\nBy Friday", priya,
                "13:50", null, null);
        yesterday = store(new Communication(UUID.randomUUID(), incident.id(), zenith.id(),
                CommunicationKind.INBOUND_CALL, "Phone", "Dana Fox", "Wants the post-incident report", Urgency.LOW,
                priya.name(), Instant.parse("2026-11-22T09:00:00Z"), at("15:30"), null));
        workspace.operatorProperty().set(priya);
        vm = new CommsFeedViewModel(store, workspace, new CurrentThreadTaskExecutor(), clock);
        workspace.currentIncidentProperty().set(incident);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void everyCommunicationOfTheIncidentShowsNewestFirst() {
        assertThat(ids()).containsExactly(insurer.id(), scanReport.id(), patchWindow.id(), webmail.id(), ico.id(),
                yesterday.id());
        FeedRow note = row(insurer);
        assertThat(note.time()).isEqualTo("13:50");
        assertThat(note.customer()).isEmpty();
        assertThat(note.firstLine()).isEqualTo("Insurer asks for a timeline …");
        assertThat(row(yesterday).time()).isEqualTo("22 Nov 09:00");
        assertThat(row(webmail).customer()).isEqualTo("Zenith Logistics");
        assertThat(vm.countProperty().get()).isEqualTo("6 communications");
    }

    @Test
    void eachCallbackSaysWhereItStandsInWords() {
        assertThat(row(webmail).callback()).isEqualTo(CallbackState.OVERDUE);
        assertThat(row(webmail).callbackText()).isEqualTo("callback overdue 25 min");
        assertThat(row(patchWindow).callback()).isEqualTo(CallbackState.DUE_SOON);
        assertThat(row(patchWindow).callbackText()).isEqualTo("callback due 14:10 · in 10 min");
        assertThat(row(yesterday).callback()).isEqualTo(CallbackState.DUE);
        assertThat(row(yesterday).callbackText()).isEqualTo("callback due 15:30");
        assertThat(row(ico).callback()).isEqualTo(CallbackState.DONE);
        assertThat(row(ico).callbackText()).isEqualTo("called back 12:20");
        assertThat(row(scanReport).callback()).isEqualTo(CallbackState.NONE);
        assertThat(row(scanReport).callbackText()).isEmpty();
        assertThat(vm.callbacksProperty().get()).isEqualTo("3 callbacks open · 1 overdue · 1 due within 15 min");
        assertThat(vm.mostPressingCallbackProperty().get()).isEqualTo(CallbackState.OVERDUE);
    }

    @Test
    void eachFilterNarrowsTheFeed() {
        vm.customerProperty().set(zenith.id());
        assertThat(ids()).containsExactly(scanReport.id(), webmail.id(), yesterday.id());
        vm.customerProperty().set(null);

        vm.kindProperty().set(CommunicationKind.INBOUND_CALL);
        assertThat(ids()).containsExactly(webmail.id(), ico.id(), yesterday.id());
        vm.kindProperty().set(null);

        vm.loggedByProperty().set("Sam Lee");
        assertThat(ids()).containsExactly(scanReport.id(), patchWindow.id());
        vm.loggedByProperty().set(null);

        vm.textProperty().set("WEBMAIL");
        assertThat(ids()).containsExactly(webmail.id());
        vm.textProperty().set("dana report");
        assertThat(ids()).containsExactly(scanReport.id(), yesterday.id());
        vm.textProperty().set("");

        vm.callbacksOpenOnlyProperty().set(true);
        assertThat(ids()).containsExactly(patchWindow.id(), webmail.id(), yesterday.id());
    }

    @Test
    void filtersCombineAndClearTogether() {
        vm.customerProperty().set(zenith.id());
        vm.callbacksOpenOnlyProperty().set(true);
        assertThat(ids()).containsExactly(webmail.id(), yesterday.id());

        vm.kindProperty().set(CommunicationKind.INBOUND_CALL);
        vm.textProperty().set("post-incident");
        assertThat(ids()).containsExactly(yesterday.id());
        assertThat(vm.countProperty().get()).isEqualTo("1 of 6 communications");

        vm.loggedByProperty().set("Sam Lee");
        assertThat(ids()).isEmpty();

        vm.clearFilters();
        assertThat(ids()).hasSize(6);
    }

    @Test
    void theFiltersOfferTheCustomersAndPeopleInTheFeed() {
        assertThat(vm.customers()).extracting(CommsFeedViewModel.CustomerName::name)
                .containsExactly("Acme", "Zenith Logistics");
        assertThat(vm.loggers()).containsExactly("Priya Shah", "Sam Lee");
    }

    @Test
    void aTickReworksCallbacksFromTheClockAlone() {
        clock.advance(Duration.ofMinutes(11));
        assertThat(row(patchWindow).callback()).isEqualTo(CallbackState.DUE_SOON);
        // A change nobody published: the tick must not read it.
        store.communications().save(withSummary(patchWindow, "Changed behind the feed's back"), sam);

        vm.tick();

        assertThat(row(patchWindow).callback()).isEqualTo(CallbackState.OVERDUE);
        assertThat(row(patchWindow).callbackText()).isEqualTo("callback overdue 1 min");
        assertThat(row(patchWindow).communication().summary()).isEqualTo("Patch window agreed for Sunday");
        assertThat(row(webmail).callbackText()).isEqualTo("callback overdue 36 min");
        assertThat(row(yesterday).callback()).isEqualTo(CallbackState.DUE);
        assertThat(vm.callbacksProperty().get()).isEqualTo("3 callbacks open · 2 overdue");

        clock.advance(Duration.ofMinutes(75));
        vm.tick();
        assertThat(row(yesterday).callbackText()).isEqualTo("callback due 15:30 · in 4 min");
        assertThat(row(webmail).callbackText()).isEqualTo("callback overdue 1 h 51 min");
    }

    @Test
    void aTickAfterMidnightShowsYesterdaysTimesWithTheirDay() {
        clock.advance(Duration.ofHours(11));

        vm.tick();

        assertThat(row(insurer).time()).isEqualTo("23 Nov 13:50");
        assertThat(row(yesterday).callbackText()).isEqualTo("callback overdue 9 h 30 min");
    }

    @Test
    void markingACallbackDoneWritesItJournalsItAndUpdatesTheRow() {
        vm.selectedProperty().set(webmail.id());
        assertThat(vm.markDoneCommand().isExecutable()).isTrue();
        long head = store.journal().latestSeq();
        clock.advance(Duration.ofMinutes(2));

        vm.markDoneCommand().execute();

        assertThat(store.communications().find(webmail.id()).orElseThrow().callbackDoneAt())
                .isEqualTo(NOW.plus(Duration.ofMinutes(2)));
        assertThat(store.journal().after(head, 10)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(JournalAction.CALLBACK_DONE);
            assertThat(entry.entityId()).isEqualTo(webmail.id().toString());
            assertThat(entry.actor()).isEqualTo("Priya Shah");
        });
        assertThat(row(webmail).callback()).isEqualTo(CallbackState.DONE);
        assertThat(row(webmail).callbackText()).isEqualTo("called back 14:02");
        assertThat(vm.selectedRowProperty().get().id()).isEqualTo(webmail.id());
        assertThat(vm.markDoneCommand().isExecutable()).isFalse();
        assertThat(vm.callbacksProperty().get()).isEqualTo("2 callbacks open · 1 due within 15 min");
        assertThat(vm.mostPressingCallbackProperty().get()).isEqualTo(CallbackState.DUE_SOON);
    }

    @Test
    void aCallbackWithNothingOwedCannotBeMarkedDone() {
        vm.selectedProperty().set(scanReport.id());
        assertThat(vm.markDoneCommand().isExecutable()).isFalse();
        vm.selectedProperty().set(ico.id());
        assertThat(vm.markDoneCommand().isExecutable()).isFalse();
    }

    @Test
    void aCallbackAnotherConsoleMadeIsNotMadeAgain() {
        store.communications().save(calledBack(webmail, NOW.minus(Duration.ofMinutes(1))), sam);
        long head = store.journal().latestSeq();

        vm.markCallbackDone(webmail.id());

        assertThat(store.journal().latestSeq()).isEqualTo(head);
        assertThat(row(webmail).callbackText()).isEqualTo("called back 13:59");
    }

    @Test
    void aCallLoggedElsewhereAppearsOnceTheJournalSaysSoKeepingSelectionAndFilters() {
        vm.customerProperty().set(zenith.id());
        vm.selectedProperty().set(webmail.id());
        long head = store.journal().latestSeq();
        clock.advance(Duration.ofMinutes(5));
        Communication newCall = log(zenith, CommunicationKind.INBOUND_CALL, "Dana Fox", "Webmail works again", sam,
                "14:05", null, null);
        log(acme, CommunicationKind.INBOUND_CALL, "Ann Lee", "Not shown: another customer", sam, "14:05", null,
                null);

        workspace.publish(store.journal().after(head, 10));

        assertThat(ids()).containsExactly(newCall.id(), scanReport.id(), webmail.id(), yesterday.id());
        assertThat(vm.selectedProperty().get()).isEqualTo(webmail.id());
        assertThat(vm.selectedRowProperty().get().id()).isEqualTo(webmail.id());
        vm.customerProperty().set(null);
        assertThat(ids()).hasSize(8);
    }

    @Test
    void aChangeMadeElsewhereReplacesItsRow() {
        long head = store.journal().latestSeq();
        store.communications().save(calledBack(patchWindow, NOW), sam);

        workspace.publish(store.journal().after(head, 10));

        assertThat(row(patchWindow).callbackText()).isEqualTo("called back 14:00");
        assertThat(ids()).hasSize(6);
    }

    @Test
    void aReplacedDatabaseReadsEverythingAgain() {
        vm.selectedProperty().set(ico.id());
        Communication unpublished = log(acme, CommunicationKind.EMAIL, "Ann Lee", "Arrived with a snapshot", sam,
                "13:55", null, null);

        workspace.publish(List.of(new JournalEntry(UUID.randomUUID(), store.journal().latestSeq() + 1, NOW,
                "Priya Shah", null, EntityType.DATABASE, "night.json", JournalAction.REPLACED, Map.of())));

        assertThat(ids()).hasSize(7).contains(unpublished.id());
        assertThat(vm.selectedProperty().get()).isEqualTo(ico.id());
    }

    @Test
    void anotherIncidentsCommunicationsAreLetBy() {
        Incident other = store.incidents().declare(new IncidentDraft("Other", IncidentKind.OUTAGE,
                Severity.SEV3, priya.staffId(), "", Duration.ofMinutes(60)), priya);
        long head = store.journal().latestSeq();
        store(new Communication(UUID.randomUUID(), other.id(), acme.id(), CommunicationKind.INBOUND_CALL, "Phone",
                "", "About the other incident", Urgency.NORMAL, "Sam Lee", NOW, null, null));

        workspace.publish(store.journal().after(head, 10));

        assertThat(ids()).hasSize(6);
    }

    private List<UUID> ids() {
        return vm.rows().stream().map(FeedRow::id).toList();
    }

    private FeedRow row(Communication communication) {
        return vm.rows().stream().filter(row -> row.id().equals(communication.id())).findFirst().orElseThrow();
    }

    private Communication log(Customer customer, CommunicationKind kind, String contact, String summary,
                              Operator by, String at, String callbackDue, String callbackDone) {
        return store(new Communication(UUID.randomUUID(), incident.id(), customer == null ? null : customer.id(),
                kind, "Phone", contact, summary, Urgency.NORMAL, by.name(), at(at), at(callbackDue), at(callbackDone)));
    }

    private Communication store(Communication communication) {
        store.communications().save(communication, priya);
        return communication;
    }

    private static Instant at(String clockTime) {
        return clockTime == null ? null : Instant.parse("2026-11-23T" + clockTime + ":00Z");
    }

    private static Communication withSummary(Communication c, String summary) {
        return new Communication(c.id(), c.incidentId(), c.customerId(), c.kind(), c.channel(), c.contact(), summary,
                c.urgency(), c.loggedBy(), c.at(), c.callbackDue(), c.callbackDoneAt());
    }

    private static Communication calledBack(Communication c, Instant done) {
        return new Communication(c.id(), c.incidentId(), c.customerId(), c.kind(), c.channel(), c.contact(),
                c.summary(), c.urgency(), c.loggedBy(), c.at(), c.callbackDue(), done);
    }

    private Customer customer(String name) {
        Customer customer = new Customer(UUID.randomUUID(), name, SlaTier.GOLD, "", Contact.NONE, "");
        store.inventory().saveCustomer(customer, priya);
        return customer;
    }
}
