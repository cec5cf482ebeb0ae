package dev.sitrep.ui.comms;

import dev.sitrep.domain.Commitment;
import dev.sitrep.domain.CommitmentState;
import dev.sitrep.domain.Communication;
import dev.sitrep.domain.CommunicationKind;
import dev.sitrep.domain.Contact;
import dev.sitrep.domain.Customer;
import dev.sitrep.domain.DeferredWork;
import dev.sitrep.domain.Device;
import dev.sitrep.domain.DeviceKind;
import dev.sitrep.domain.DeviceStatus;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.IncidentDraft;
import dev.sitrep.domain.IncidentKind;
import dev.sitrep.domain.IncidentTask;
import dev.sitrep.domain.JournalEntry;
import dev.sitrep.domain.Operator;
import dev.sitrep.domain.Priority;
import dev.sitrep.domain.Scope;
import dev.sitrep.domain.Severity;
import dev.sitrep.domain.Site;
import dev.sitrep.domain.SlaTier;
import dev.sitrep.domain.StaffRole;
import dev.sitrep.domain.TaskStatus;
import dev.sitrep.domain.Urgency;
import dev.sitrep.store.DatabaseLocation;
import dev.sitrep.store.Store;
import dev.sitrep.ui.common.SteppingClock;
import dev.sitrep.ui.common.Workspace;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/// A small war room for the customer screens' tests: an Exchange incident declared at 11:00 (UTC, on Monday
/// 23 November 2026) with an hourly update cadence, four affected customers and one that is not, and a
/// clock standing at 12:00. What happens in another console is written straight to the store; [#publish]
/// hands it to the screens as the change feed would.
final class CustomerCareFixture implements AutoCloseable {

    static final Instant DECLARED = Instant.parse("2026-11-23T11:00:00Z");
    static final Instant NOON = Instant.parse("2026-11-23T12:00:00Z");

    final SteppingClock clock = new SteppingClock(DECLARED);
    final Workspace workspace = new Workspace();
    final Store store;
    final Operator priya;
    final Operator sam;
    final Incident incident;
    /// Two sites, three devices, one of them restored.
    final Customer acme;
    final Customer bolt;
    final Customer crest;
    final Customer dyson;
    /// Not affected by the incident: whose work slips.
    final Customer zenith;
    private long seen;

    CustomerCareFixture(Path folder) {
        store = Store.open(DatabaseLocation.ofFile(folder.resolve("db")), clock);
        priya = store.staff().signIn("Priya Shah", StaffRole.COMMANDER);
        sam = store.staff().signIn("Sam Okafor", StaffRole.TAM);
        acme = customer("Acme", SlaTier.GOLD, "Sam Okafor");
        bolt = customer("Bolt", SlaTier.PLATINUM, "Priya Shah");
        crest = customer("Crest", SlaTier.SILVER, "Sam Okafor");
        dyson = customer("Dyson", SlaTier.STANDARD, "Sam Okafor");
        zenith = customer("Zenith", SlaTier.GOLD, "Sam Okafor");
        incident = store.incidents().declare(new IncidentDraft("Exchange zero-day", IncidentKind.VULNERABILITY,
                Severity.SEV1, priya.staffId(), "", Duration.ofMinutes(60)), priya);
        Site leeds = site(acme, "Leeds");
        Device exch01 = device(leeds, "EXCH-01");
        List<Device> affected = List.of(exch01, device(leeds, "EXCH-02"), device(site(acme, "York"), "EXCH-03"),
                device(site(bolt, "Bristol"), "BOLT-EX"), device(site(crest, "Derby"), "CREST-EX"),
                device(site(dyson, "Malmesbury"), "DYSON-EX"));
        device(site(zenith, "Hull"), "ZEN-EX");
        store.impacts().add(incident.id(), affected.stream().map(Device::id).toList(), DeviceStatus.DOWN, priya);
        store.impacts().setStatus(incident.id(), List.of(exch01.id()), DeviceStatus.RESTORED, null, priya);
        clock.advance(Duration.between(DECLARED, NOON));
        workspace.operatorProperty().set(sam);
        seen = store.journal().latestSeq();
    }

    /// 23 November 2026 at `clock` (UTC).
    static Instant at(String clock) {
        return LocalTime.parse(clock).atDate(DECLARED.atZone(ZoneOffset.UTC).toLocalDate())
                .toInstant(ZoneOffset.UTC);
    }

    void setClock(String time) {
        clock.advance(Duration.between(clock.instant(), at(time)));
    }

    /// Hands the journal entries written since the last call to the screens, as the change feed does.
    List<JournalEntry> publish() {
        List<JournalEntry> entries = store.journal().after(seen, 10_000);
        seen = store.journal().latestSeq();
        workspace.publish(entries);
        return entries;
    }

    /// Forgets what was written so far, as a screen that has just loaded does.
    void settle() {
        seen = store.journal().latestSeq();
    }

    Communication statusUpdate(Customer customer, String time) {
        return log(customer, CommunicationKind.STATUS_UPDATE, time, null, "Status update: patching tonight.");
    }

    Communication call(Customer customer, String time, String callbackDue) {
        return log(customer, CommunicationKind.INBOUND_CALL, time, callbackDue == null ? null : at(callbackDue),
                "Asks when webmail is back.");
    }

    private Communication log(Customer customer, CommunicationKind kind, String time, Instant callbackDue,
                              String summary) {
        Communication communication = new Communication(UUID.randomUUID(), incident.id(), customer.id(), kind,
                "Phone", "Jo Bloggs", summary, Urgency.NORMAL, "Priya Shah", at(time), callbackDue, null);
        store.communications().save(communication, priya);
        return communication;
    }

    IncidentTask task(String title, Customer customer, String eta) {
        IncidentTask task = new IncidentTask(UUID.randomUUID(), incident.id(), title, "",
                new Scope(customer.id(), null, null), null, TaskStatus.TODO, "", Priority.P1,
                eta == null ? null : at(eta), null, clock.instant(), clock.instant());
        store.tasks().save(task, priya);
        return task;
    }

    IncidentTask moveEta(IncidentTask task, String eta) {
        IncidentTask moved = new IncidentTask(task.id(), task.incidentId(), task.title(), task.detail(), task.scope(),
                task.assigneeId(), task.status(), task.blockedReason(), task.priority(), at(eta), task.downtime(),
                task.createdAt(), task.updatedAt());
        store.tasks().save(moved, priya);
        return moved;
    }

    Commitment promise(Customer customer, String what, String due, IncidentTask task) {
        Commitment commitment = new Commitment(UUID.randomUUID(), incident.id(), customer.id(), what, at(due),
                task == null ? null : task.id(), CommitmentState.OPEN, clock.instant());
        store.commitments().save(commitment, priya);
        return commitment;
    }

    DeferredWork defer(Customer customer, String what, Instant originalDue, Instant revisedDue) {
        DeferredWork work = new DeferredWork(UUID.randomUUID(), incident.id(), customer.id(), what, originalDue,
                revisedDue, null, "");
        store.deferredWork().save(work, priya);
        return work;
    }

    private Customer customer(String name, SlaTier tier, String tam) {
        Customer customer = new Customer(UUID.randomUUID(), name, tier, tam,
                new Contact("Jo Bloggs", "+44 113 496 0000", "jo@example.com"), "");
        store.inventory().saveCustomer(customer, priya);
        return customer;
    }

    private Site site(Customer customer, String name) {
        Site site = new Site(UUID.randomUUID(), customer.id(), name, name, ZoneOffset.UTC);
        store.inventory().saveSite(site, priya);
        return site;
    }

    private Device device(Site site, String hostname) {
        Device device = new Device(UUID.randomUUID(), site.id(), hostname, DeviceKind.SERVER, "Exchange",
                "2019 CU14", 1, "");
        store.inventory().saveDevice(device, priya);
        return device;
    }

    @Override
    public void close() {
        store.close();
    }
}
