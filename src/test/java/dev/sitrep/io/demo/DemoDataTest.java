package dev.sitrep.io.demo;

import dev.sitrep.domain.CommunicationKind;
import dev.sitrep.domain.Customer;
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
import dev.sitrep.domain.Severity;
import dev.sitrep.domain.Site;
import dev.sitrep.domain.SiteRollup;
import dev.sitrep.domain.Staff;
import dev.sitrep.domain.StatusTotals;
import dev.sitrep.domain.TaskStatus;
import dev.sitrep.domain.UpdateSchedule;
import dev.sitrep.domain.WireEnum;
import dev.sitrep.store.BulkBatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static dev.sitrep.io.demo.DemoScenario.RANSOMWARE;
import static dev.sitrep.io.demo.DemoScenario.ZERO_DAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemoDataTest {

    static final Instant NOW = Instant.parse("2026-03-12T14:37:21Z");
    private static final Map<DemoScenario, BulkBatch> GENERATED = new HashMap<>();

    static BulkBatch generated(DemoScenario scenario) {
        return GENERATED.computeIfAbsent(scenario, s -> DemoData.generate(s, 1, DemoData.DEFAULT_SEED, NOW));
    }

    // Determinism and scale

    @ParameterizedTest
    @EnumSource(DemoScenario.class)
    void theSameSeedGivesTheSameData(DemoScenario scenario) {
        assertThat(DemoData.generate(scenario, 1, DemoData.DEFAULT_SEED, NOW)).isEqualTo(generated(scenario));
    }

    @ParameterizedTest
    @EnumSource(DemoScenario.class)
    void anotherSeedGivesOtherData(DemoScenario scenario) {
        BulkBatch other = DemoData.generate(scenario, 1, 7, NOW);

        assertThat(other).isNotEqualTo(generated(scenario));
        assertThat(other.incidents().getFirst().id()).isNotEqualTo(generated(scenario).incidents().getFirst().id());
    }

    @Test
    void theTwoScenariosShareNoIdsForTheSameSeed() {
        assertThat(generated(ZERO_DAY).incidents().getFirst().id())
                .isNotEqualTo(generated(RANSOMWARE).incidents().getFirst().id());
        Set<UUID> zeroDayStaff = ids(generated(ZERO_DAY).staff(), Staff::id);
        assertThat(ids(generated(RANSOMWARE).staff(), Staff::id)).doesNotContainAnyElementsOf(zeroDayStaff);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, DemoData.LARGEST_SCALE + 1})
    void refusesAScaleOutOfRange(int scale) {
        assertThatThrownBy(() -> DemoData.generate(RANSOMWARE, scale, 1, NOW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Scale")
                .hasMessageContaining(String.valueOf(scale));
    }

    @Test
    void scaleTwoDoublesTheRansomwareDevicesTasksAndCommunications() {
        BulkBatch doubled = DemoData.generate(RANSOMWARE, 2, DemoData.DEFAULT_SEED, NOW);

        assertThat(doubled.devices()).hasSize(6_000);
        assertThat(doubled.impacts()).hasSize(6_000);
        assertThat(doubled.tasks()).hasSize(600);
        assertThat(doubled.communications()).hasSize(4_000);
        assertThat(doubled.sites()).hasSameSizeAs(generated(RANSOMWARE).sites());
        assertThat(doubled.journal().size()).isBetween(36_000, 44_000);
    }

    @Test
    void scaleTwoDoublesTheZeroDayServersAndTasks() {
        BulkBatch doubled = DemoData.generate(ZERO_DAY, 2, DemoData.DEFAULT_SEED, NOW);

        assertThat(exchangeServers(doubled)).hasSize(80);
        assertThat(doubled.impacts()).hasSize(80);
        assertThat(doubled.tasks()).hasSize(160);
        assertThat(doubled.customers()).hasSize(26);
        assertThat(conversations(doubled)).isBetween(conversations(generated(ZERO_DAY)) * 3 / 2,
                conversations(generated(ZERO_DAY)) * 5 / 2);
        assertThat(statusUpdates(doubled)).as("status updates follow the cadence, not the scale")
                .isBetween(statusUpdates(generated(ZERO_DAY)) * 9 / 10, statusUpdates(generated(ZERO_DAY)) * 11 / 10);
    }

    // What each scenario holds

    @Test
    void zeroDayHasTwentySixCustomersAndFortyExchangeServersAtRisk() {
        BulkBatch batch = generated(ZERO_DAY);
        Incident incident = batch.incidents().getFirst();

        assertThat(batch.customers()).hasSize(26);
        assertThat(batch.customers()).extracting(Customer::name).doesNotHaveDuplicates();
        assertThat(exchangeServers(batch)).hasSize(40)
                .allSatisfy(device -> assertThat(device.hostname()).matches("EXCH-\\d{2}"));
        assertThat(batch.devices().size()).isGreaterThan(40);
        assertThat(batch.impacts()).extracting(Impact::deviceId)
                .containsExactlyInAnyOrderElementsOf(ids(exchangeServers(batch), Device::id));
        assertThat(batch.sites()).anySatisfy(site -> assertThat(site.timeZone().getId()).isNotEqualTo("Europe/London"));
        assertThat(batch.staff()).hasSize(10).extracting(Staff::name)
                .contains("Zoë Łukasiewicz", "Nguyễn Văn An", "Priya Shah");
        assertThat(batch.tasks()).hasSize(80);
        assertThat(batch.tasks()).anySatisfy(task -> assertThat(task.status()).isEqualTo(TaskStatus.BLOCKED));
        assertThat(batch.tasks()).anySatisfy(task -> assertThat(task.downtime()).isNotNull());
        assertThat(batch.communications()).anySatisfy(c -> assertThat(c.callbackPending()).isTrue());
        assertThat(batch.commitments()).isNotEmpty();
        assertThat(batch.deferredWork()).isNotEmpty();
        assertThat(batch.shifts()).isNotEmpty();

        assertThat(incident.kind()).isEqualTo(IncidentKind.VULNERABILITY);
        assertThat(incident.severity()).isEqualTo(Severity.SEV1);
        assertThat(incident.phase()).isIn(Phase.RESPONDING, Phase.RECOVERING);
        assertThat(incident.updateCadence()).isEqualTo(Duration.ofMinutes(120));
        assertThat(Duration.between(incident.declaredAt(), NOW)).isBetween(Duration.ofHours(17), Duration.ofHours(19));
    }

    @Test
    void zeroDayServersAreInEveryStageWithSomeDown() {
        StatusTotals totals = StatusTotals.of(generated(ZERO_DAY).impacts());

        assertThat(totals.count(DeviceStatus.DOWN)).isBetween(1, 3);
        for (DeviceStatus status : List.of(DeviceStatus.AT_RISK, DeviceStatus.ISOLATED, DeviceStatus.RECOVERING,
                DeviceStatus.RESTORED, DeviceStatus.VERIFIED)) {
            assertThat(totals.count(status)).as(status.label()).isPositive();
        }
    }

    @Test
    void zeroDayHasCustomersWhoseUpdateIsOverdueAndOthersWhoseIsNot() {
        BulkBatch batch = generated(ZERO_DAY);
        List<SiteRollup> rollups = SiteRollup.forIncident(batch.sites(), batch.devices(), batch.impacts());
        UpdateSchedule schedule = UpdateSchedule.of(batch.incidents().getFirst(), SiteRollup.customersOf(rollups),
                batch.communications());

        assertThat(schedule.due()).hasSize(26);
        assertThat(schedule.isOverdue(NOW)).isTrue();
        assertThat(schedule.overdue(NOW).size()).isBetween(3, 10);
    }

    @Test
    void ransomwareHitsOneManufacturerAtThirteenSites() {
        BulkBatch batch = generated(RANSOMWARE);
        Incident incident = batch.incidents().getFirst();
        Customer manufacturer = batch.customers().getFirst();
        List<Site> sites = batch.sites().stream().filter(s -> s.customerId().equals(manufacturer.id())).toList();

        assertThat(sites).hasSize(13);
        assertThat(sites).extracting(Site::name).contains("Birmingham Headquarters");
        assertThat(batch.devices()).hasSize(3_000);
        assertThat(batch.devices()).allSatisfy(d -> assertThat(ids(sites, Site::id)).contains(d.siteId()));
        assertThat(batch.devices().stream().map(Device::kind).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.allOf(DeviceKind.class));
        assertThat(batch.devices().stream().filter(d -> d.kind() == DeviceKind.WORKSTATION).count())
                .isGreaterThan(1_500);
        assertThat(batch.tasks()).hasSize(300);
        assertThat(batch.communications()).hasSize(2_000);
        assertThat(batch.journal().size()).isBetween(18_000, 22_000);
        assertThat(batch.customers().size()).isBetween(2, 8);
        assertThat(batch.deferredWork()).isNotEmpty()
                .allSatisfy(work -> assertThat(work.customerId()).isNotEqualTo(manufacturer.id()));

        assertThat(incident.kind()).isEqualTo(IncidentKind.RANSOMWARE);
        assertThat(incident.severity()).isEqualTo(Severity.SEV1);
        assertThat(incident.phase()).isEqualTo(Phase.RECOVERING);
        assertThat(Duration.between(incident.declaredAt(), NOW)).isBetween(Duration.ofDays(13), Duration.ofDays(15));
        assertThat(batch.shifts()).allSatisfy(shift -> {
            if (shift.end() != null) {
                assertThat(Duration.between(shift.start(), shift.end())).isLessThanOrEqualTo(Duration.ofHours(12));
            }
        });
        assertThat(batch.shifts()).filteredOn(shift -> shift.end() == null).hasSize(1);
    }

    @Test
    void ransomwareRecoveryIsWellUnderWayButNotDone() {
        BulkBatch batch = generated(RANSOMWARE);
        List<SiteRollup> rollups = SiteRollup.forIncident(batch.sites(), batch.devices(), batch.impacts());
        StatusTotals totals = SiteRollup.total(rollups);

        assertThat(totals.progress()).isBetween(0.5, 0.9);
        for (DeviceStatus status : DeviceStatus.values()) {
            assertThat(totals.count(status)).as(status.label()).isPositive();
        }
        assertThat(rollups).hasSize(13);
        double best = rollups.stream().mapToDouble(SiteRollup::progress).max().orElseThrow();
        double worst = rollups.stream().mapToDouble(SiteRollup::progress).min().orElseThrow();
        assertThat(best - worst).as("some plants lag well behind").isGreaterThan(0.2);
    }

    // Consistency

    @ParameterizedTest
    @EnumSource(DemoScenario.class)
    void everyReferenceInTheBatchResolves(DemoScenario scenario) {
        BulkBatch batch = generated(scenario);
        Set<UUID> customers = ids(batch.customers(), Customer::id);
        Set<UUID> sites = ids(batch.sites(), Site::id);
        Set<UUID> devices = ids(batch.devices(), Device::id);
        Set<UUID> staff = ids(batch.staff(), Staff::id);
        Set<UUID> incidents = ids(batch.incidents(), Incident::id);
        Set<UUID> tasks = ids(batch.tasks(), IncidentTask::id);
        Map<UUID, Site> sitesById = byId(batch.sites(), Site::id);
        Map<UUID, Device> devicesById = byId(batch.devices(), Device::id);

        assertThat(batch.sites()).allSatisfy(s -> assertThat(customers).contains(s.customerId()));
        assertThat(batch.devices()).allSatisfy(d -> assertThat(sites).contains(d.siteId()));
        assertThat(batch.incidents()).allSatisfy(i -> assertThat(staff).contains(i.commanderId()));
        assertThat(batch.impacts()).allSatisfy(i -> {
            assertThat(incidents).contains(i.incidentId());
            assertThat(devices).contains(i.deviceId());
            assertThat(i.engineerId() == null || staff.contains(i.engineerId())).isTrue();
        });
        assertThat(batch.tasks()).allSatisfy(t -> {
            assertThat(incidents).contains(t.incidentId());
            assertThat(t.assigneeId() == null || staff.contains(t.assigneeId())).isTrue();
            if (t.scope().deviceId() != null) {
                assertThat(devicesById.get(t.scope().deviceId()).siteId()).isEqualTo(t.scope().siteId());
            }
            if (t.scope().siteId() != null) {
                assertThat(sitesById.get(t.scope().siteId()).customerId()).isEqualTo(t.scope().customerId());
            }
            assertThat(t.scope().isNone() || customers.contains(t.scope().customerId())).isTrue();
        });
        assertThat(batch.communications()).allSatisfy(c -> {
            assertThat(incidents).contains(c.incidentId());
            assertThat(c.customerId() == null || customers.contains(c.customerId())).isTrue();
        });
        assertThat(batch.commitments()).allSatisfy(c -> {
            assertThat(customers).contains(c.customerId());
            assertThat(c.taskId() == null || tasks.contains(c.taskId())).isTrue();
        });
        assertThat(batch.deferredWork()).allSatisfy(w -> assertThat(customers).contains(w.customerId()));
        assertThat(batch.shifts()).allSatisfy(s -> {
            assertThat(staff).contains(s.leadId());
            s.members().forEach(m -> assertThat(staff).contains(m.staffId()));
        });
        assertThat(batch.journal()).allSatisfy(e -> assertThat(e.incidentId() == null
                || incidents.contains(e.incidentId())).isTrue());
    }

    @ParameterizedTest
    @EnumSource(DemoScenario.class)
    void namesAreUniqueWhereTheStoreRequiresIt(DemoScenario scenario) {
        BulkBatch batch = generated(scenario);

        assertThat(batch.customers()).extracting(Customer::name).doesNotHaveDuplicates();
        assertThat(batch.staff()).extracting(s -> s.name().toLowerCase()).doesNotHaveDuplicates();
        assertThat(batch.sites()).extracting(s -> s.customerId() + "/" + s.name()).doesNotHaveDuplicates();
        assertThat(batch.devices()).extracting(d -> d.siteId() + "/" + d.hostname()).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @EnumSource(DemoScenario.class)
    void theJournalIsInTimeOrderByKnownPeopleAndNothingLiesInTheFuture(DemoScenario scenario) {
        BulkBatch batch = generated(scenario);
        Set<String> people = batch.staff().stream().map(Staff::name).collect(Collectors.toSet());

        assertThat(batch.journal()).isSortedAccordingTo(Comparator.comparing(JournalEntry::at));
        assertThat(batch.journal()).allSatisfy(e -> {
            assertThat(e.at()).isBeforeOrEqualTo(NOW);
            assertThat(people).contains(e.actor());
        });
        assertThat(batch.impacts()).allSatisfy(i -> assertThat(i.changedAt()).isBeforeOrEqualTo(NOW));
        assertThat(batch.tasks()).allSatisfy(t -> assertThat(t.updatedAt()).isBeforeOrEqualTo(NOW));
        assertThat(batch.communications()).allSatisfy(c -> assertThat(c.at()).isBeforeOrEqualTo(NOW));
    }

    @ParameterizedTest
    @EnumSource(DemoScenario.class)
    void theJournalOpensWithTheDeclaration(DemoScenario scenario) {
        BulkBatch batch = generated(scenario);
        Incident incident = batch.incidents().getFirst();
        List<JournalEntry> aboutIncident = batch.journal().stream()
                .filter(e -> e.entity() == EntityType.INCIDENT).toList();

        assertThat(aboutIncident.getFirst().action()).isEqualTo(JournalAction.DECLARED);
        assertThat(aboutIncident.getFirst().at()).isEqualTo(incident.declaredAt());
        assertThat(aboutIncident.getFirst().detail("name")).isEqualTo(incident.code());
        assertThat(aboutIncident.getFirst().detail("title")).isEqualTo(incident.title());
        assertThat(aboutIncident.getLast().detail("to")).isEqualTo(incident.phase().wire());
        assertThat(batch.journal().stream().filter(e -> incident.id().equals(e.incidentId()))
                .allMatch(e -> !e.at().isBefore(incident.declaredAt()))).isTrue();
    }

    @ParameterizedTest
    @EnumSource(DemoScenario.class)
    void everyImpactsHistoryEndsAtItsCurrentStatusAndTime(DemoScenario scenario) {
        BulkBatch batch = generated(scenario);
        Map<String, List<JournalEntry>> history = byEntity(batch, EntityType.IMPACT);
        Map<UUID, Device> devices = byId(batch.devices(), Device::id);
        Map<UUID, Site> sites = byId(batch.sites(), Site::id);

        assertThat(history).hasSameSizeAs(batch.impacts());
        for (Impact impact : batch.impacts()) {
            List<JournalEntry> entries = history.get(impact.incidentId() + "/" + impact.deviceId());
            Device device = devices.get(impact.deviceId());
            assertThat(entries.getFirst().action()).isEqualTo(JournalAction.CREATED);
            assertThat(entries).allSatisfy(e -> {
                assertThat(e.detail("name")).isEqualTo(device.hostname());
                assertThat(e.detail("site")).isEqualTo(sites.get(device.siteId()).name());
            });
            String status = entries.getFirst().detail("status");
            for (JournalEntry entry : entries) {
                if (entry.action() == JournalAction.STATUS_CHANGED) {
                    assertThat(entry.detail("from")).isEqualTo(status);
                    assertThat(entry.detail("to")).isNotEqualTo(status);
                    status = entry.detail("to");
                }
            }
            assertThat(status).isEqualTo(impact.status().wire());
            assertThat(entries.getLast().at()).isEqualTo(impact.changedAt());
        }
    }

    @ParameterizedTest
    @EnumSource(DemoScenario.class)
    void everyTasksHistoryEndsAtItsCurrentStatus(DemoScenario scenario) {
        BulkBatch batch = generated(scenario);
        Map<String, List<JournalEntry>> history = byEntity(batch, EntityType.TASK);

        assertThat(history).hasSameSizeAs(batch.tasks());
        for (IncidentTask task : batch.tasks()) {
            List<JournalEntry> entries = history.get(task.id().toString());
            assertThat(entries.getFirst().action()).isEqualTo(JournalAction.CREATED);
            assertThat(entries.getFirst().at()).isEqualTo(task.createdAt());
            assertThat(entries.getFirst().detail("name")).isEqualTo(task.title());
            String status = entries.getFirst().detail("status");
            for (JournalEntry entry : entries.subList(1, entries.size())) {
                assertThat(entry.detail("from")).isEqualTo(status);
                status = entry.detail("to");
                if (status.equals(TaskStatus.BLOCKED.wire())) {
                    assertThat(entry.detail("reason")).isNotBlank();
                }
            }
            assertThat(status).isEqualTo(task.status().wire());
            assertThat(entries.getLast().at()).isEqualTo(task.updatedAt());
            assertThat(task.status() != TaskStatus.BLOCKED || !task.blockedReason().isBlank()).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(DemoScenario.class)
    void everyCommunicationIsLoggedOnceAndItsCallBackJournaledWhenDone(DemoScenario scenario) {
        BulkBatch batch = generated(scenario);
        Map<String, List<JournalEntry>> history = byEntity(batch, EntityType.COMMUNICATION);

        assertThat(history).hasSameSizeAs(batch.communications());
        batch.communications().forEach(c -> {
            List<JournalEntry> entries = history.get(c.id().toString());
            assertThat(entries.getFirst().action()).isEqualTo(JournalAction.LOGGED);
            assertThat(entries.getFirst().at()).isEqualTo(c.at());
            assertThat(entries.getFirst().detail("kind")).isEqualTo(c.kind().wire());
            assertThat(c.summary()).startsWith(entries.getFirst().detail("name").replace("…", ""));
            assertThat(entries).hasSize(c.callbackDoneAt() == null ? 1 : 2);
        });
    }

    @ParameterizedTest
    @EnumSource(DemoScenario.class)
    void detailsHoldWireWords(DemoScenario scenario) {
        for (JournalEntry entry : generated(scenario).journal()) {
            if (entry.action() == JournalAction.STATUS_CHANGED && entry.entity() == EntityType.IMPACT) {
                assertThat(WireEnum.parse(DeviceStatus.class, entry.detail("from"))).isPresent();
                assertThat(WireEnum.parse(DeviceStatus.class, entry.detail("to"))).isPresent();
            }
            if (entry.action() == JournalAction.PHASE_CHANGED) {
                assertThat(WireEnum.parse(Phase.class, entry.detail("to"))).isPresent();
            }
        }
    }

    /// Calls, e-mails and notes: what the customers' questions bring, more servers more questions.
    private static long conversations(BulkBatch batch) {
        return batch.communications().size() - statusUpdates(batch);
    }

    private static long statusUpdates(BulkBatch batch) {
        return batch.communications().stream().filter(c -> c.kind() == CommunicationKind.STATUS_UPDATE).count();
    }

    private static List<Device> exchangeServers(BulkBatch batch) {
        return batch.devices().stream().filter(d -> d.product().equals("Microsoft Exchange Server")).toList();
    }

    private static Map<String, List<JournalEntry>> byEntity(BulkBatch batch, EntityType entity) {
        Map<String, List<JournalEntry>> history = new HashMap<>();
        batch.journal().stream().filter(e -> e.entity() == entity)
                .forEach(e -> history.computeIfAbsent(e.entityId(), _ -> new ArrayList<>()).add(e));
        return history;
    }

    private static <T> Set<UUID> ids(List<T> rows, Function<T, UUID> id) {
        return rows.stream().map(id).collect(Collectors.toSet());
    }

    private static <T> Map<UUID, T> byId(List<T> rows, Function<T, UUID> id) {
        return rows.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
