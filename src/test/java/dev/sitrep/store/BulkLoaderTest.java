package dev.sitrep.store;

import dev.sitrep.domain.Commitment;
import dev.sitrep.domain.CommitmentState;
import dev.sitrep.domain.Communication;
import dev.sitrep.domain.CommunicationKind;
import dev.sitrep.domain.Customer;
import dev.sitrep.domain.DeferredWork;
import dev.sitrep.domain.Device;
import dev.sitrep.domain.DeviceKind;
import dev.sitrep.domain.DeviceStatus;
import dev.sitrep.domain.EntityType;
import dev.sitrep.domain.Impact;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.IncidentKind;
import dev.sitrep.domain.IncidentTask;
import dev.sitrep.domain.JournalAction;
import dev.sitrep.domain.JournalEntry;
import dev.sitrep.domain.Phase;
import dev.sitrep.domain.Priority;
import dev.sitrep.domain.Scope;
import dev.sitrep.domain.Severity;
import dev.sitrep.domain.Shift;
import dev.sitrep.domain.Site;
import dev.sitrep.domain.SlaTier;
import dev.sitrep.domain.Staff;
import dev.sitrep.domain.StaffRole;
import dev.sitrep.domain.TaskStatus;
import dev.sitrep.domain.Urgency;
import dev.sitrep.store.StoreException.Reason;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class BulkLoaderTest extends StoreTestSupport {

    private static final Instant TWO_WEEKS_AGO = START.minus(Duration.ofDays(14));

    @Test
    void loadsARansomwareSizedIncidentInOneGo() {
        BulkBatch batch = ransomware(3_000, 300, 2_000, 20_000);
        long head = store.journal().latestSeq();

        long started = System.nanoTime();
        store.bulk().insert(batch);
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("Bulk load of 3,000 devices, 300 tasks, 2,000 communications and 20,000 journal entries: "
                + millis + " ms");

        StoreCounts counts = store.counts();
        assertThat(counts.customers()).isEqualTo(1);
        assertThat(counts.sites()).isEqualTo(13);
        assertThat(counts.devices()).isEqualTo(3_000);
        assertThat(counts.staff()).isEqualTo(batch.staff().size() + 1);
        assertThat(counts.impacts()).isEqualTo(3_000);
        assertThat(counts.tasks()).isEqualTo(300);
        assertThat(counts.communications()).isEqualTo(2_000);
        assertThat(counts.commitments()).isEqualTo(1);
        assertThat(counts.deferredWork()).isEqualTo(1);
        assertThat(counts.shifts()).isEqualTo(1);
        assertThat(counts.journal()).isEqualTo(head + 20_000);
        assertThat(store.shifts().forIncident(batch.incidents().getFirst().id()).getFirst().members()).hasSize(2);
    }

    @Test
    void journalEntriesKeepTheirTimeAndActorAndGetFreshSequenceNumbers() {
        BulkBatch batch = ransomware(10, 2, 2, 5);
        long head = store.journal().latestSeq();

        store.bulk().insert(batch);

        List<JournalEntry> loaded = journalAfter(head);
        assertThat(loaded).extracting(JournalEntry::seq).containsExactly(head + 1, head + 2, head + 3, head + 4, head + 5);
        assertThat(loaded).extracting(JournalEntry::at).containsExactlyElementsOf(
                batch.journal().stream().map(JournalEntry::at).toList());
        assertThat(loaded.getFirst().actor()).isEqualTo("Kim Lee");
        assertThat(loaded.getFirst().details()).isEqualTo(batch.journal().getFirst().details());
    }

    @Test
    void aRefusedRowLeavesNothingOfTheBatch() {
        BulkBatch good = ransomware(10, 2, 2, 5);
        List<Device> devices = new ArrayList<>(good.devices());
        Device first = devices.getFirst();
        devices.add(new Device(UUID.randomUUID(), first.siteId(), first.hostname(), DeviceKind.SERVER, "", "", 2, ""));
        BulkBatch duplicate = new BulkBatch(good.customers(), good.sites(), devices, good.staff(), good.incidents(),
                good.impacts(), good.tasks(), good.communications(), good.commitments(), good.deferredWork(),
                good.shifts(), good.journal());
        StoreCounts before = store.counts();

        StoreException refused = catchThrowableOfType(StoreException.class, () -> store.bulk().insert(duplicate));

        assertThat(refused.reason()).isEqualTo(Reason.REJECTED);
        assertThat(refused.getMessage()).startsWith("Device hostname:");
        assertThat(store.counts()).isEqualTo(before);
    }

    /// One customer with headquarters and 12 sites, and an incident two weeks in.
    private BulkBatch ransomware(int deviceCount, int taskCount, int communicationCount, int journalCount) {
        Customer customer = new Customer(UUID.randomUUID(), "Northwind Manufacturing", SlaTier.PLATINUM, "Sam Okafor",
                null, "");
        List<Site> sites = new ArrayList<>();
        sites.add(new Site(UUID.randomUUID(), customer.id(), "Headquarters", "Leeds", ZoneId.of("Europe/London")));
        for (int i = 1; i <= 12; i++) {
            sites.add(new Site(UUID.randomUUID(), customer.id(), "Plant " + i, "City " + i, ZoneId.of("Europe/London")));
        }
        Staff kim = new Staff(UUID.randomUUID(), "Kim Lee", StaffRole.ENGINEER, "", "Windows");
        Staff sam = new Staff(UUID.randomUUID(), "Sam Okafor", StaffRole.TAM, "", "");
        Incident incident = new Incident(UUID.randomUUID(), "INC-2026-0007", "Ransomware at Northwind",
                IncidentKind.RANSOMWARE, Severity.SEV1, Phase.RECOVERING, TWO_WEEKS_AGO, null, kim.id(), "",
                Duration.ofHours(2));
        DeviceKind[] kinds = DeviceKind.values();
        DeviceStatus[] statuses = DeviceStatus.values();
        List<Device> devices = new ArrayList<>();
        List<Impact> impacts = new ArrayList<>();
        for (int i = 0; i < deviceCount; i++) {
            Site site = sites.get(i % sites.size());
            Device device = new Device(UUID.randomUUID(), site.id(), "HOST-%05d".formatted(i), kinds[i % kinds.length],
                    "Windows", "2022", 1 + i % 3, "");
            devices.add(device);
            impacts.add(new Impact(incident.id(), device.id(), statuses[i % statuses.length],
                    i % 2 == 0 ? kim.id() : null, "", TWO_WEEKS_AGO.plusSeconds(i)));
        }
        List<IncidentTask> tasks = new ArrayList<>();
        for (int i = 0; i < taskCount; i++) {
            Device device = devices.get(i % devices.size());
            tasks.add(new IncidentTask(UUID.randomUUID(), incident.id(), "Restore " + device.hostname(), "",
                    new Scope(customer.id(), device.siteId(), device.id()), kim.id(), TaskStatus.IN_PROGRESS, "",
                    Priority.P2, null, null, TWO_WEEKS_AGO.plusSeconds(i), null));
        }
        List<Communication> communications = new ArrayList<>();
        for (int i = 0; i < communicationCount; i++) {
            communications.add(new Communication(UUID.randomUUID(), incident.id(), customer.id(),
                    CommunicationKind.INBOUND_CALL, "phone", "Plant manager", "Asked for an update " + i, Urgency.NORMAL,
                    "Sam Okafor", TWO_WEEKS_AGO.plusSeconds(60L * i), null, null));
        }
        Commitment commitment = new Commitment(UUID.randomUUID(), incident.id(), customer.id(), "ERP back",
                START.plus(Duration.ofDays(1)), tasks.isEmpty() ? null : tasks.getFirst().id(), CommitmentState.OPEN,
                TWO_WEEKS_AGO);
        DeferredWork deferred = new DeferredWork(UUID.randomUUID(), incident.id(), customer.id(), "Firewall refresh",
                START, null, null, "");
        Shift shift = new Shift(UUID.randomUUID(), incident.id(), START.minus(Duration.ofHours(6)), null, kim.id(), "",
                List.of(new Shift.Member(kim.id(), START.minus(Duration.ofHours(6)), null),
                        new Shift.Member(sam.id(), START.minus(Duration.ofHours(5)), null)));
        List<JournalEntry> journal = new ArrayList<>();
        for (int i = 0; i < journalCount; i++) {
            Device device = devices.get(i % devices.size());
            journal.add(JournalEntry.of(TWO_WEEKS_AGO.plusSeconds(30L * i), i % 2 == 0 ? "Kim Lee" : "Sam Okafor",
                    incident.id(), EntityType.IMPACT, incident.id() + "/" + device.id(), JournalAction.STATUS_CHANGED,
                    Map.of("name", device.hostname(), "from", "down", "to", "recovering")));
        }
        return new BulkBatch(List.of(customer), sites, devices, List.of(kim, sam), List.of(incident), impacts, tasks,
                communications, List.of(commitment), List.of(deferred), List.of(shift), journal);
    }
}
