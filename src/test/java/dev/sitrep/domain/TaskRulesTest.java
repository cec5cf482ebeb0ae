package dev.sitrep.domain;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/// The task board's rules: hours on shift, bulk creation, clashing downtime and promises at risk.
class TaskRulesTest {

    private static final Instant NOW = Instant.parse("2026-03-14T20:00:00Z");
    private static final UUID INCIDENT = UUID.randomUUID();
    private static final UUID ACME = UUID.randomUUID();
    private static final UUID LEEDS = UUID.randomUUID();
    private static final UUID YORK = UUID.randomUUID();

    @Nested
    class HoursOnShift {

        private final UUID sam = UUID.randomUUID();
        private final UUID kim = UUID.randomUUID();

        @Test
        void countsTheLastDayOnlyWithAStintStillRunningUntilNowAndOverlapsOnce() {
            Shift night = shift(new Shift.Member(sam, NOW.minus(Duration.ofHours(30)), NOW.minus(Duration.ofHours(20))),
                    new Shift.Member(kim, NOW.minus(Duration.ofHours(3)), null));
            Shift day = shift(new Shift.Member(sam, NOW.minus(Duration.ofHours(11)), null),
                    new Shift.Member(sam, NOW.minus(Duration.ofHours(5)), NOW.minus(Duration.ofHours(2))));

            Map<UUID, Duration> hours = ShiftHours.lastDay(List.of(night, day), NOW);

            assertThat(hours.get(sam)).isEqualTo(Duration.ofHours(4 + 11));
            assertThat(hours.get(kim)).isEqualTo(Duration.ofHours(3));
        }

        @Test
        void tenHoursIsLongAndTwelveTooLong() {
            assertThat(ShiftHours.level(Duration.ofMinutes(9 * 60 + 59))).isEqualTo(ShiftHours.Level.FINE);
            assertThat(ShiftHours.level(Duration.ofHours(10))).isEqualTo(ShiftHours.Level.LONG);
            assertThat(ShiftHours.level(Duration.ofHours(12))).isEqualTo(ShiftHours.Level.TOO_LONG);
        }
    }

    @Nested
    class BulkCreation {

        @Test
        void spreadsWindowsSoManyAtATimeAndTakesEngineersInTurn() {
            UUID ana = UUID.randomUUID();
            UUID ben = UUID.randomUUID();
            BulkTasks template = new BulkTasks("Apply patch to {name}", NOW, Duration.ofHours(1), 2, List.of(ana, ben));
            List<BulkTasks.Item> servers = List.of(item("EXCH-01"), item("EXCH-02"), item("EXCH-03"));

            List<BulkTasks.Planned> planned = template.plan(servers);

            assertThat(planned).extracting(BulkTasks.Planned::title)
                    .containsExactly("Apply patch to EXCH-01", "Apply patch to EXCH-02", "Apply patch to EXCH-03");
            assertThat(planned).extracting(task -> task.downtime().start())
                    .containsExactly(NOW, NOW, NOW.plus(Duration.ofHours(1)));
            assertThat(planned).extracting(BulkTasks.Planned::assigneeId).containsExactly(ana, ben, ana);
            assertThat(planned).extracting(BulkTasks.Planned::eta)
                    .containsExactly(NOW.plus(Duration.ofHours(1)), NOW.plus(Duration.ofHours(1)),
                            NOW.plus(Duration.ofHours(2)));
        }

        @Test
        void withoutDowntimeTasksHaveNoWindowNorEtaAndEngineersStillTakeTurns() {
            UUID ana = UUID.randomUUID();
            UUID ben = UUID.randomUUID();
            BulkTasks template = BulkTasks.withoutDowntime("Restore {name} from backup", List.of(ana, ben));

            List<BulkTasks.Planned> planned = template.plan(List.of(item("FS-01"), item("FS-02"), item("FS-03")));

            assertThat(template.plansDowntime()).isFalse();
            assertThat(planned).extracting(BulkTasks.Planned::title).first().isEqualTo("Restore FS-01 from backup");
            assertThat(planned).extracting(BulkTasks.Planned::downtime).containsOnlyNulls();
            assertThat(planned).extracting(BulkTasks.Planned::eta).containsOnlyNulls();
            assertThat(planned).extracting(BulkTasks.Planned::assigneeId).containsExactly(ana, ben, ana);
        }

        @Test
        void aPlannedTaskIsStoredToDoWithItsWindowAndEta() {
            BulkTasks.Planned planned = new BulkTasks("Verify {name}", NOW, Duration.ofMinutes(30), 1, List.of())
                    .plan(List.of(item("EXCH-01"))).getFirst();
            UUID id = UUID.randomUUID();

            IncidentTask task = planned.task(id, INCIDENT, Priority.P1, NOW);

            assertThat(task.id()).isEqualTo(id);
            assertThat(task.title()).isEqualTo("Verify EXCH-01");
            assertThat(task.status()).isEqualTo(TaskStatus.TODO);
            assertThat(task.priority()).isEqualTo(Priority.P1);
            assertThat(task.assigneeId()).isNull();
            assertThat(task.downtime()).isEqualTo(TimeWindow.of(NOW, Duration.ofMinutes(30)));
            assertThat(task.eta()).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
        }

        @Test
        void refusesATemplateWithoutTitleWindowOrParallelism() {
            assertThatThrownBy(() -> new BulkTasks(" ", NOW, Duration.ofHours(1), 1, List.of()))
                    .hasMessageStartingWith("Title:");
            assertThatThrownBy(() -> new BulkTasks("Verify", NOW, Duration.ZERO, 1, List.of()))
                    .hasMessageStartingWith("Downtime:");
            assertThatThrownBy(() -> new BulkTasks("Verify", NOW, Duration.ofHours(1), 0, List.of()))
                    .hasMessageStartingWith("At a time:");
        }

        private BulkTasks.Item item(String name) {
            return new BulkTasks.Item(new Scope(ACME, LEEDS, UUID.randomUUID()), name);
        }
    }

    @Nested
    class Downtime {

        @Test
        void windowsAtTheSameSiteThatOverlapClashAndOthersDoNot() {
            IncidentTask first = task(LEEDS, NOW, 2, null);
            IncidentTask overlapping = task(LEEDS, NOW.plus(Duration.ofHours(1)), 2, null);
            IncidentTask elsewhere = task(YORK, NOW, 2, null);
            IncidentTask later = task(LEEDS, NOW.plus(Duration.ofHours(5)), 1, null);

            List<DowntimeOverlaps.Entry> entries = DowntimeOverlaps.of(List.of(later, elsewhere, overlapping, first));

            assertThat(entries).extracting(entry -> entry.task().downtime().start())
                    .isSorted();
            assertThat(entries).filteredOn(DowntimeOverlaps.Entry::isClashing).extracting(DowntimeOverlaps.Entry::task)
                    .containsExactlyInAnyOrder(first, overlapping);
        }

        @Test
        void aNewWindowClashesWithExistingOnesAtItsSiteOrWithCustomerWideOnesAndNotWithDoneTasks() {
            IncidentTask atLeeds = task(LEEDS, NOW, 2, null);
            IncidentTask atYork = task(YORK, NOW, 2, null);
            IncidentTask customerWide = new IncidentTask(UUID.randomUUID(), INCIDENT, "Freeze changes", "",
                    new Scope(ACME, null, null), null, TaskStatus.TODO, "", Priority.P2, null,
                    TimeWindow.of(NOW.plus(Duration.ofHours(1)), Duration.ofHours(1)), NOW, NOW);
            IncidentTask done = new IncidentTask(UUID.randomUUID(), INCIDENT, "Patch", "", new Scope(ACME, LEEDS, null),
                    null, TaskStatus.DONE, "", Priority.P2, null, TimeWindow.of(NOW, Duration.ofHours(2)), NOW, NOW);
            DowntimeOverlaps.Existing existing = DowntimeOverlaps.existing(
                    List.of(atLeeds, atYork, customerWide, done));
            Scope leedsServer = new Scope(ACME, LEEDS, UUID.randomUUID());

            assertThat(existing.clashes(leedsServer, TimeWindow.of(NOW.plus(Duration.ofMinutes(90)),
                    Duration.ofHours(1)))).containsExactlyInAnyOrder(atLeeds, customerWide);
            assertThat(existing.clashes(leedsServer, TimeWindow.of(NOW.plus(Duration.ofHours(2)),
                    Duration.ofHours(1)))).isEmpty();
            assertThat(existing.clashes(new Scope(ACME, null, null), TimeWindow.of(NOW, Duration.ofMinutes(30))))
                    .containsExactlyInAnyOrder(atLeeds, atYork);
            assertThat(existing.clashes(new Scope(UUID.randomUUID(), null, null), TimeWindow.of(NOW,
                    Duration.ofHours(1)))).isEmpty();
        }
    }

    @Nested
    class PromisesAtRisk {

        @Test
        void aPromiseIsAtRiskWhenItsTaskIsExpectedLaterAndNotDone() {
            IncidentTask late = task(LEEDS, null, 0, NOW.plus(Duration.ofHours(4)));
            IncidentTask onTime = task(LEEDS, null, 0, NOW.plus(Duration.ofHours(1)));
            Commitment toLate = commitment(late, CommitmentState.OPEN);
            Commitment toOnTime = commitment(onTime, CommitmentState.OPEN);
            Commitment alreadyMet = commitment(late, CommitmentState.MET);

            List<Commitment> commitments = List.of(toLate, toOnTime, alreadyMet);
            List<IncidentTask> tasks = List.of(late, onTime);

            assertThat(EtaRisk.commitmentsAtRisk(commitments, tasks)).containsExactly(toLate.id());
            assertThat(EtaRisk.tasksBreakingPromises(commitments, tasks)).containsExactly(late.id());
        }

        private Commitment commitment(IncidentTask task, CommitmentState state) {
            return new Commitment(UUID.randomUUID(), INCIDENT, ACME, "Exchange back", NOW.plus(Duration.ofHours(2)),
                    task.id(), state, NOW);
        }
    }

    private static Shift shift(Shift.Member... members) {
        return new Shift(UUID.randomUUID(), INCIDENT, NOW.minus(Duration.ofDays(2)), null, null, "", List.of(members));
    }

    private static IncidentTask task(UUID site, Instant downtimeStart, int hours, Instant eta) {
        TimeWindow downtime = downtimeStart == null ? null : TimeWindow.of(downtimeStart, Duration.ofHours(hours));
        return new IncidentTask(UUID.randomUUID(), INCIDENT, "Patch", "", new Scope(ACME, site, null), null,
                TaskStatus.TODO, "", Priority.P2, eta, downtime, NOW, NOW);
    }
}
