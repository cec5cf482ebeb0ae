package dev.sitrep.ui.comms;

import dev.sitrep.domain.Communication;
import dev.sitrep.domain.CommunicationKind;
import dev.sitrep.domain.Contact;
import dev.sitrep.domain.Customer;
import dev.sitrep.domain.Device;
import dev.sitrep.domain.DeviceKind;
import dev.sitrep.domain.DeviceStatus;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.IncidentDraft;
import dev.sitrep.domain.IncidentKind;
import dev.sitrep.domain.JournalAction;
import dev.sitrep.domain.Operator;
import dev.sitrep.domain.Severity;
import dev.sitrep.domain.Site;
import dev.sitrep.domain.SlaTier;
import dev.sitrep.domain.StaffRole;
import dev.sitrep.domain.Urgency;
import dev.sitrep.store.DatabaseLocation;
import dev.sitrep.store.Store;
import dev.sitrep.ui.common.CurrentThreadTaskExecutor;
import dev.sitrep.ui.common.SteppingClock;
import dev.sitrep.ui.common.TaskExecutor;
import dev.sitrep.ui.common.Workspace;
import dev.sitrep.ui.comms.CallLogViewModel.CallbackPick;
import dev.sitrep.ui.comms.CallLogViewModel.CustomerChoice;
import dev.sitrep.ui.comms.CallLogViewModel.Direction;
import dev.sitrep.ui.comms.CallLogViewModel.Field;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

class CallLogViewModelTest {

    private static final Instant NOW = Instant.parse("2026-11-23T14:00:00Z");

    @TempDir
    Path folder;

    private final SteppingClock clock = new SteppingClock(NOW);
    private final Workspace workspace = new Workspace();
    private Store store;
    private Operator hannah;
    private Incident incident;
    private Customer zenith;
    private CallLogViewModel vm;

    @BeforeEach
    void open() {
        store = Store.open(DatabaseLocation.ofFile(folder.resolve("db")), clock);
        hannah = store.staff().signIn("Hannah Okafor", StaffRole.TAM);
        zenith = customer("Zenith Logistics", new Contact("Dana Fox", "+44 113 496 0000", "dana@zenith.example"));
        customer("Zenon Foods", new Contact("Ravi Patel", "", ""));
        customer("Arden Zenobia Trust", Contact.NONE);
        customer("Acme", new Contact("Ann Lee", "+44 20 7946 0000", ""));
        incident = store.incidents().declare(new IncidentDraft("Exchange zero-day", IncidentKind.VULNERABILITY,
                Severity.SEV1, hannah.staffId(), "", Duration.ofMinutes(60)), hannah);
        affect(zenith);
        workspace.operatorProperty().set(hannah);
        workspace.currentIncidentProperty().set(incident);
        vm = new CallLogViewModel(store, workspace, new CurrentThreadTaskExecutor(), clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aFewLettersOfferTheIncidentsAffectedCustomersFirstThenNamesThatBeginWithThem() {
        vm.customerTextProperty().set("zen");

        assertThat(vm.suggestions()).extracting(CustomerChoice::name)
                .containsExactly("Zenith Logistics", "Zenon Foods", "Arden Zenobia Trust");
        assertThat(vm.suggestions().getFirst().affected()).isTrue();
        assertThat(vm.customerProperty().get()).isNull();
    }

    @Test
    void withNothingTypedTheAffectedCustomersAreOffered() {
        assertThat(vm.suggestions()).extracting(CustomerChoice::name).containsExactly("Zenith Logistics");
    }

    @Test
    void choosingACustomerFillsInItsPrimaryContactAndShowsHowToReachThem() {
        vm.customerTextProperty().set("zen");
        vm.chooseCustomer(vm.suggestions().getFirst());

        assertThat(vm.customerProperty().get().id()).isEqualTo(zenith.id());
        assertThat(vm.customerTextProperty().get()).isEqualTo("Zenith Logistics");
        assertThat(vm.contactProperty().get()).isEqualTo("Dana Fox");
        assertThat(vm.contactHintProperty().get())
                .isEqualTo("Primary contact: Dana Fox · +44 113 496 0000 · dana@zenith.example");
        assertThat(vm.suggestions()).isEmpty();
    }

    @Test
    void theContactFollowsTheCustomerUnlessTheOperatorTypedAnother() {
        vm.customerTextProperty().set("zenith logistics");
        assertThat(vm.contactProperty().get()).isEqualTo("Dana Fox");

        vm.customerTextProperty().set("Acme");
        assertThat(vm.contactProperty().get()).isEqualTo("Ann Lee");

        vm.contactProperty().set("Their CISO");
        vm.customerTextProperty().set("Zenon Foods");
        assertThat(vm.contactProperty().get()).isEqualTo("Their CISO");
        assertThat(vm.contactHintProperty().get()).isEqualTo("Primary contact: Ravi Patel");
    }

    @Test
    void loggingWritesAnInboundCallOfTheIncidentByTheOperatorNowAndJournalsIt() {
        long head = store.journal().latestSeq();
        fillIn("Zenith Logistics", "Dana asks whether webmail is safe to reopen.");
        vm.urgencyProperty().set(Urgency.HIGH);

        vm.logCommand().execute();

        Communication call = onlyCall();
        assertThat(call.incidentId()).isEqualTo(incident.id());
        assertThat(call.customerId()).isEqualTo(zenith.id());
        assertThat(call.kind()).isEqualTo(CommunicationKind.INBOUND_CALL);
        assertThat(call.contact()).isEqualTo("Dana Fox");
        assertThat(call.channel()).isEqualTo("Phone");
        assertThat(call.summary()).isEqualTo("Dana asks whether webmail is safe to reopen.");
        assertThat(call.urgency()).isEqualTo(Urgency.HIGH);
        assertThat(call.loggedBy()).isEqualTo("Hannah Okafor");
        assertThat(call.at()).isEqualTo(NOW);
        assertThat(call.callbackDue()).isNull();
        assertThat(store.journal().after(head, 10)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(JournalAction.LOGGED);
            assertThat(entry.entityId()).isEqualTo(call.id().toString());
            assertThat(entry.actor()).isEqualTo("Hannah Okafor");
            assertThat(entry.detail("customer")).isEqualTo("Zenith Logistics");
            assertThat(entry.detail("kind")).isEqualTo("inbound_call");
        });
    }

    @Test
    void anOutboundCallIsLoggedAsOne() {
        fillIn("Acme", "Told Ann the patch window moved to 20:00.");
        vm.directionProperty().set(Direction.OUTBOUND);

        vm.logCommand().execute();

        assertThat(onlyCall().kind()).isEqualTo(CommunicationKind.OUTBOUND_CALL);
    }

    @ParameterizedTest(name = "{0} → due {1}")
    @CsvSource({"IN_15_MINUTES, 2026-11-23T14:17:00Z", "IN_30_MINUTES, 2026-11-23T14:32:00Z",
            "IN_1_HOUR, 2026-11-23T15:02:00Z", "NONE, "})
    void aQuickPickCountsFromWhenTheCallIsLogged(CallbackPick pick, Instant due) {
        fillIn("Zenith Logistics", "Wants a call when the scan is done.");
        vm.callbackProperty().set(pick);
        clock.advance(Duration.ofMinutes(2));

        vm.logCommand().execute();

        assertThat(onlyCall().callbackDue()).isEqualTo(due);
    }

    @Test
    void aTypedCallbackTimeIsReadAsPeopleWriteIt() {
        fillIn("Zenith Logistics", "Call back after their board meeting.");
        vm.callbackTextProperty().set("16:30");
        assertThat(vm.callbackProperty().get()).isEqualTo(CallbackPick.CUSTOM);
        assertThat(vm.callbackPreviewProperty().get()).isEqualTo("Callback due 16:30");

        vm.logCommand().execute();

        assertThat(onlyCall().callbackDue()).isEqualTo(Instant.parse("2026-11-23T16:30:00Z"));
        assertThat(vm.loggedProperty().get()).isEqualTo("Call with Zenith Logistics logged; callback due 16:30.");
    }

    @Test
    void pickingAQuickPickDropsATypedTime() {
        vm.callbackTextProperty().set("+2h");
        vm.callbackProperty().set(CallbackPick.IN_30_MINUTES);

        assertThat(vm.callbackTextProperty().get()).isEmpty();
        assertThat(vm.callbackPreviewProperty().get()).isEqualTo("Callback due 14:30");
    }

    @Test
    void afterLoggingTheFormIsEmptyForTheNextCallButKeepsTheChannel() {
        fillIn("Zenith Logistics", "Asks about ActiveSync.");
        vm.directionProperty().set(Direction.OUTBOUND);
        vm.channelProperty().set("Teams");
        vm.urgencyProperty().set(Urgency.LOW);
        vm.callbackProperty().set(CallbackPick.IN_15_MINUTES);

        vm.logCommand().execute();

        assertThat(vm.loggedProperty().get()).isEqualTo("Call with Zenith Logistics logged; callback due 14:15.");
        assertThat(vm.customerTextProperty().get()).isEmpty();
        assertThat(vm.customerProperty().get()).isNull();
        assertThat(vm.contactProperty().get()).isEmpty();
        assertThat(vm.contactHintProperty().get()).isEmpty();
        assertThat(vm.summaryProperty().get()).isEmpty();
        assertThat(vm.directionProperty().get()).isEqualTo(Direction.INBOUND);
        assertThat(vm.urgencyProperty().get()).isEqualTo(Urgency.NORMAL);
        assertThat(vm.callbackProperty().get()).isEqualTo(CallbackPick.NONE);
        assertThat(vm.channelProperty().get()).isEqualTo("Teams");
        for (Field field : Field.values()) {
            assertThat(vm.problemProperty(field).get()).isEmpty();
        }

        fillIn("Acme", "Second call in a row.");
        vm.logCommand().execute();
        assertThat(store.communications().forIncident(incident.id())).hasSize(2);
        assertThat(vm.loggedProperty().get()).isEqualTo("Call with Acme logged.");
    }

    @Test
    void aMisspelledCustomerAndAMissingSummaryAreNamedAndNothingIsWritten() {
        long head = store.journal().latestSeq();
        vm.customerTextProperty().set("Zentih");

        vm.logCommand().execute();

        assertThat(vm.problemProperty(Field.CUSTOMER).get())
                .isEqualTo("Customer: no customer called \"Zentih\"; pick one from the list.");
        assertThat(vm.problemProperty(Field.SUMMARY).get()).isEqualTo("Summary: say what the call was about.");
        assertThat(vm.fieldToFix()).contains(Field.CUSTOMER);
        assertThat(store.communications().forIncident(incident.id())).isEmpty();
        assertThat(store.journal().latestSeq()).isEqualTo(head);
        assertThat(vm.customerTextProperty().get()).isEqualTo("Zentih");
    }

    @Test
    void anEmptyCustomerAsksWhoCalledOrWhoWasCalled() {
        vm.logCommand().execute();
        assertThat(vm.problemProperty(Field.CUSTOMER).get())
                .isEqualTo("Customer: say who called; type a few letters of the name.");

        vm.directionProperty().set(Direction.OUTBOUND);
        assertThat(vm.problemProperty(Field.CUSTOMER).get())
                .isEqualTo("Customer: say who was called; type a few letters of the name.");
    }

    @Test
    void aFieldShowsItsProblemOnceLeftAndClearsItWhenFixed() {
        vm.customerTextProperty().set("Zentih");
        assertThat(vm.problemProperty(Field.CUSTOMER).get()).isEmpty();

        vm.fieldLeft(Field.CUSTOMER);
        assertThat(vm.problemProperty(Field.CUSTOMER).get()).startsWith("Customer: no customer called");
        assertThat(vm.problemProperty(Field.SUMMARY).get()).isEmpty();

        vm.customerTextProperty().set("Zenith Logistics");
        assertThat(vm.problemProperty(Field.CUSTOMER).get()).isEmpty();
    }

    @Test
    void aFieldLeftEmptyIsNotWrongUntilTheOperatorTriesToLog() {
        vm.fieldLeft(Field.CUSTOMER);
        vm.fieldLeft(Field.CALLBACK);

        assertThat(vm.problemProperty(Field.CUSTOMER).get()).isEmpty();
        assertThat(vm.problemProperty(Field.CALLBACK).get()).isEmpty();
    }

    @Test
    void whatIsTypedWhileACallIsBeingWrittenStaysForTheNextCall() {
        DeferredExecutor later = new DeferredExecutor();
        CallLogViewModel slow = new CallLogViewModel(store, workspace, later, clock);
        later.runPending();
        slow.customerTextProperty().set("Zenith Logistics");
        slow.summaryProperty().set("Asks about ActiveSync.");
        slow.logCommand().execute();
        assertThat(slow.logCommand().isExecutable()).as("one call at a time").isFalse();

        slow.customerTextProperty().set("Acme");
        later.runPending();

        assertThat(onlyCall().customerId()).isEqualTo(zenith.id());
        assertThat(slow.customerTextProperty().get()).isEqualTo("Acme");
        assertThat(slow.contactProperty().get()).isEqualTo("Ann Lee");
        assertThat(slow.summaryProperty().get()).isEmpty();
        assertThat(slow.logCommand().isExecutable()).isTrue();
    }

    /// Runs the store work only when the test says so, as the console's one background thread does later.
    private static final class DeferredExecutor implements TaskExecutor {

        private final List<Runnable> pending = new ArrayList<>();

        @Override
        public <T> void execute(Callable<T> work, Consumer<? super T> onSuccess,
                                Consumer<? super Throwable> onFailure) {
            pending.add(() -> new CurrentThreadTaskExecutor().execute(work, onSuccess, onFailure));
        }

        @Override
        public void runOnUiThread(Runnable action) {
            action.run();
        }

        void runPending() {
            List<Runnable> now = List.copyOf(pending);
            pending.clear();
            now.forEach(Runnable::run);
        }
    }

    @Test
    void aCallbackTimeThatIsNoTimeOrHasPassedIsExplained() {
        fillIn("Zenith Logistics", "Wants a call back.");
        vm.callbackTextProperty().set("after lunch");
        vm.logCommand().execute();
        assertThat(vm.problemProperty(Field.CALLBACK).get())
                .isEqualTo("Callback: \"after lunch\" is not a time: write 14:30, +2h, +45m, tomorrow 09:00 or "
                        + "2026-11-23 14:30.");

        vm.callbackTextProperty().set("2026-11-23 09:00");
        assertThat(vm.problemProperty(Field.CALLBACK).get())
                .isEqualTo("Callback: 09:00 has passed; write a time still to come.");

        vm.callbackTextProperty().set("tomorrow 09:00");
        assertThat(vm.problemProperty(Field.CALLBACK).get()).isEmpty();
        assertThat(vm.callbackPreviewProperty().get()).isEqualTo("Callback due Tue 24 Nov 09:00");
        assertThat(store.communications().forIncident(incident.id())).isEmpty();
    }

    @Test
    void withoutAnIncidentNothingIsLoggedAndTheFormSaysWhy() {
        workspace.currentIncidentProperty().set(null);
        fillIn("Zenith Logistics", "A call with no incident open.");

        vm.logCommand().execute();

        assertThat(vm.problemProperty().get()).startsWith("No incident is open");
        assertThat(vm.summaryProperty().get()).isEqualTo("A call with no incident open.");
    }

    @Test
    void aFailedWriteKeepsEverythingTyped() {
        fillIn("Zenith Logistics", "Typed while the database went away.");
        store.close();

        vm.logCommand().execute();

        assertThat(vm.problemProperty().get()).isNotEmpty();
        assertThat(vm.loggedProperty().get()).isEmpty();
        assertThat(vm.summaryProperty().get()).isEqualTo("Typed while the database went away.");
        assertThat(vm.busyProperty().get()).isFalse();
        store = Store.open(DatabaseLocation.ofFile(folder.resolve("db")), clock);
        assertThat(store.communications().forIncident(incident.id())).isEmpty();
    }

    @Test
    void aCustomerAddedAtAnotherConsoleCanBeChosenOnceTheJournalSaysSo() {
        long head = store.journal().latestSeq();
        customer("Zephyr Airways", Contact.NONE);
        vm.customerTextProperty().set("zeph");
        assertThat(vm.suggestions()).isEmpty();

        workspace.publish(store.journal().after(head, 10));

        assertThat(vm.suggestions()).extracting(CustomerChoice::name).containsExactly("Zephyr Airways");
    }

    private void fillIn(String customerName, String summary) {
        vm.customerTextProperty().set(customerName);
        vm.summaryProperty().set(summary);
    }

    private Communication onlyCall() {
        List<Communication> calls = store.communications().forIncident(incident.id());
        assertThat(calls).hasSize(1);
        return calls.getFirst();
    }

    private Customer customer(String name, Contact contact) {
        Customer customer = new Customer(UUID.randomUUID(), name, SlaTier.GOLD, "", contact, "");
        store.inventory().saveCustomer(customer, hannah);
        return customer;
    }

    private void affect(Customer customer) {
        Site site = new Site(UUID.randomUUID(), customer.id(), "Leeds", "Leeds", ZoneId.of("Europe/London"));
        store.inventory().saveSite(site, hannah);
        Device device = new Device(UUID.randomUUID(), site.id(), "EXCH-01", DeviceKind.SERVER, "", "", 1, "");
        store.inventory().saveDevice(device, hannah);
        store.impacts().add(incident.id(), List.of(device.id()), DeviceStatus.AT_RISK, hannah);
    }
}
