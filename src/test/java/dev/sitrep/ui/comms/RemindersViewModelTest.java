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
import dev.sitrep.domain.Operator;
import dev.sitrep.domain.Severity;
import dev.sitrep.domain.Site;
import dev.sitrep.domain.SlaTier;
import dev.sitrep.domain.StaffRole;
import dev.sitrep.domain.Urgency;
import dev.sitrep.store.DatabaseLocation;
import dev.sitrep.store.Store;
import dev.sitrep.ui.comms.RemindersViewModel.Notice;
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
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class RemindersViewModelTest {

    private static final Instant DECLARED = Instant.parse("2026-11-21T20:00:00Z");
    private static final Duration CADENCE = Duration.ofMinutes(60);

    @TempDir
    Path folder;

    private final SteppingClock clock = new SteppingClock(DECLARED);
    private final Workspace workspace = new Workspace();
    private final List<Notice> notices = new ArrayList<>();
    private Store store;
    private Operator tam;
    private Incident incident;
    private RemindersViewModel vm;

    @BeforeEach
    void open() {
        store = Store.open(DatabaseLocation.ofFile(folder.resolve("db")), clock);
        tam = store.staff().signIn("Chloé Dubois", StaffRole.TAM);
        incident = store.incidents().declare(new IncidentDraft("Ransomware at Zenith", IncidentKind.RANSOMWARE,
                Severity.SEV1, tam.staffId(), "", CADENCE), tam);
        workspace.operatorProperty().set(tam);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void anOverdueUpdateIsAnnouncedOnceAndCounted() {
        affectedCustomer("Zenith Manufacturing");
        start();
        assertThat(vm.attentionProperty().get()).isZero();

        clock.advance(CADENCE.plusMinutes(1));
        vm.tick();
        vm.tick();

        assertThat(vm.attentionProperty().get()).isEqualTo(1);
        assertThat(notices).containsExactly(new Notice("Status update overdue",
                "Zenith Manufacturing was due a status update at 21:00.", true));
    }

    @Test
    void aCallBackThatFallsDueIsAnnouncedWithWhoToCall() {
        UUID zenith = affectedCustomer("Zenith Manufacturing");
        start();
        long seen = store.journal().latestSeq();
        store.communications().save(call(zenith, DECLARED.plus(Duration.ofMinutes(15))), tam);
        workspace.publish(store.journal().after(seen, 10));

        clock.advance(Duration.ofMinutes(15));
        vm.tick();

        assertThat(notices).containsExactly(new Notice("Call back due",
                "Call back Jo Marsh at Zenith Manufacturing (due 20:15).", false));
    }

    @Test
    void manyEventsAtOnceMakeOneNotice() {
        affectedCustomer("Zenith Manufacturing");
        affectedCustomer("Beacon Credit Union");
        affectedCustomer("Calder Valley Foods");
        clock.advance(CADENCE.plusHours(1));

        start();

        assertThat(vm.attentionProperty().get()).isEqualTo(3);
        assertThat(notices).containsExactly(new Notice("Customers need attention",
                "3 status updates overdue. The Comms screen lists them.", true));
    }

    @Test
    void anUpdateSentStopsTheReminderAndTheNextLateOneIsANewEvent() {
        UUID zenith = affectedCustomer("Zenith Manufacturing");
        start();
        clock.advance(CADENCE.plusMinutes(5));
        vm.tick();
        long seen = store.journal().latestSeq();

        store.communications().save(new Communication(UUID.randomUUID(), incident.id(), zenith,
                CommunicationKind.STATUS_UPDATE, "E-mail", "Jo Marsh", "Restores under way", Urgency.NORMAL,
                tam.name(), clock.instant(), null, null), tam);
        workspace.publish(store.journal().after(seen, 10));
        assertThat(vm.attentionProperty().get()).isZero();

        clock.advance(CADENCE.plusMinutes(1));
        vm.tick();

        assertThat(vm.attentionProperty().get()).isEqualTo(1);
        assertThat(notices).hasSize(2);
    }

    private void start() {
        vm = new RemindersViewModel(store, workspace, new CurrentThreadTaskExecutor(), clock);
        vm.setOnNotice(notices::add);
        workspace.currentIncidentProperty().set(incident);
    }

    private UUID affectedCustomer(String name) {
        Customer customer = new Customer(UUID.randomUUID(), name, SlaTier.GOLD, "",
                new Contact("Jo Marsh", "", ""), "");
        store.inventory().saveCustomer(customer, tam);
        Site site = new Site(UUID.randomUUID(), customer.id(), "Head office", "", ZoneId.of("UTC"));
        store.inventory().saveSite(site, tam);
        Device device = new Device(UUID.randomUUID(), site.id(), name.substring(0, 3) + "-FS01", DeviceKind.SERVER,
                "", "", 1, "");
        store.inventory().saveDevice(device, tam);
        store.impacts().add(incident.id(), List.of(device.id()), DeviceStatus.DOWN, tam);
        return customer.id();
    }

    private Communication call(UUID customer, Instant callbackDue) {
        return new Communication(UUID.randomUUID(), incident.id(), customer, CommunicationKind.INBOUND_CALL, "Phone",
                "Jo Marsh", "Wants the ETA for the ERP servers", Urgency.HIGH, tam.name(), clock.instant(),
                callbackDue, null);
    }
}
