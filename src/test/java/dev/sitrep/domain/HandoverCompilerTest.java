package dev.sitrep.domain;

import dev.sitrep.domain.HandoverSheet.EngineerTasks;
import dev.sitrep.domain.HandoverSheet.EtaState;
import dev.sitrep.domain.HandoverSheet.PromiseState;
import dev.sitrep.domain.HandoverSheet.ShiftActivity;
import dev.sitrep.domain.HandoverSheet.TaskChange;
import dev.sitrep.domain.HandoverSheet.TeamMember;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/// A day shift of a small incident, 08:00 to 20:00, with the sheet made at 20:00.
class HandoverCompilerTest {

    private static final Instant EIGHT = Instant.parse("2026-11-23T08:00:00Z");
    private static final Instant NOW = EIGHT.plus(Duration.ofHours(12));
    private static final TimeWindow DAY_SHIFT = new TimeWindow(EIGHT, NOW);

    private final Incident incident = new Incident(UUID.randomUUID(), "INC-2026-0002", "Ransomware at Acme",
            IncidentKind.RANSOMWARE, Severity.SEV1, Phase.RECOVERING, EIGHT.minus(Duration.ofDays(2)), null, null,
            "", Duration.ofHours(2));
    private final Customer acme = new Customer(UUID.randomUUID(), "Acme", SlaTier.GOLD, "", Contact.NONE, "");
    private final Customer zenith = new Customer(UUID.randomUUID(), "Zenith", SlaTier.GOLD, "", Contact.NONE, "");
    private final Site leeds = new Site(UUID.randomUUID(), acme.id(), "Leeds", "Leeds", ZoneId.of("Europe/London"));
    private final Site york = new Site(UUID.randomUUID(), acme.id(), "York", "York", ZoneId.of("Europe/London"));
    private final Device db01 = device(leeds, "DB-01");
    private final Device db02 = device(leeds, "DB-02");
    private final Device fs01 = device(york, "FS-01");
    private final Device fs02 = device(york, "FS-02");
    private final Staff priya = new Staff(UUID.randomUUID(), "Priya Shah", StaffRole.COMMANDER, "0113 496 0000", "");
    private final Staff sam = new Staff(UUID.randomUUID(), "Sam Lee", StaffRole.ENGINEER, "07700 900123", "");
    private final Staff ana = new Staff(UUID.randomUUID(), "Ana Costa", StaffRole.ENGINEER, "", "");

    private final List<Impact> impacts = new ArrayList<>();
    private final List<IncidentTask> tasks = new ArrayList<>();
    private final List<Commitment> commitments = new ArrayList<>();
    private final List<Communication> communications = new ArrayList<>();
    private final List<DeferredWork> deferred = new ArrayList<>();
    private final List<Shift> shifts = new ArrayList<>();
    private final List<JournalEntry> journal = new ArrayList<>();

    @Test
    void theSituationComparesTheDevicesAtTheStartOfTheShiftWithNow() {
        impact(db01, DeviceStatus.RESTORED);
        impact(db02, DeviceStatus.DOWN);
        impact(fs01, DeviceStatus.VERIFIED);
        statusChanged(db01, DeviceStatus.DOWN, DeviceStatus.RESTORED, EIGHT.plus(Duration.ofHours(3)));
        statusChanged(fs01, DeviceStatus.ISOLATED, DeviceStatus.RESTORED, EIGHT.plus(Duration.ofHours(4)));
        statusChanged(fs01, DeviceStatus.RESTORED, DeviceStatus.VERIFIED, EIGHT.plus(Duration.ofHours(5)));
        // FS-02 was found during the shift: it was not part of the incident at 08:00.
        impact(fs02, DeviceStatus.AT_RISK);
        journal.add(entry(EIGHT.plus(Duration.ofHours(6)), EntityType.IMPACT, impactId(fs02), JournalAction.CREATED,
                Map.of("name", "FS-02", "site", "York", "status", "at_risk")));

        HandoverSheet sheet = compile();

        StatusTotals start = sheet.situation().atStart();
        assertThat(start.count(DeviceStatus.DOWN)).isEqualTo(2);
        assertThat(start.count(DeviceStatus.ISOLATED)).isEqualTo(1);
        assertThat(start.total()).isEqualTo(3);
        StatusTotals end = sheet.situation().atEnd();
        assertThat(end.recovered()).isEqualTo(2);
        assertThat(end.count(DeviceStatus.AT_RISK)).isEqualTo(1);
        assertThat(sheet.situation().sites().shown())
                .extracting(HandoverSheet.SiteProgress::site, HandoverSheet.SiteProgress::worst,
                        HandoverSheet.SiteProgress::recovered, HandoverSheet.SiteProgress::total,
                        HandoverSheet.SiteProgress::recoveredAtStart, HandoverSheet.SiteProgress::totalAtStart)
                .containsExactly(
                        tuple("Leeds", DeviceStatus.DOWN, 1, 2, 0, 2),
                        tuple("York", DeviceStatus.AT_RISK, 1, 2, 0, 1));
    }

    @Test
    void whatHappenedIsReadFromTheJournalInsideTheWindowOnly() {
        impact(db01, DeviceStatus.RESTORED);
        impact(db02, DeviceStatus.VERIFIED);
        statusChanged(db01, DeviceStatus.DOWN, DeviceStatus.RESTORED, EIGHT.minus(Duration.ofHours(1)));
        statusChanged(db02, DeviceStatus.DOWN, DeviceStatus.RESTORED, EIGHT.plus(Duration.ofHours(1)));
        statusChanged(db02, DeviceStatus.RESTORED, DeviceStatus.VERIFIED, EIGHT.plus(Duration.ofHours(2)));
        IncidentTask blocked = task("Restore SAP", sam, TaskStatus.BLOCKED, null);
        IncidentTask unblocked = task("Rebuild DC", sam, TaskStatus.IN_PROGRESS, null);
        taskStatus(task("Patch DB-01", sam, TaskStatus.DONE, null), TaskStatus.DONE, "", EIGHT.plus(Duration.ofHours(2)));
        taskStatus(blocked, TaskStatus.BLOCKED, "vendor key", EIGHT.plus(Duration.ofHours(3)));
        taskStatus(unblocked, TaskStatus.BLOCKED, "tapes", EIGHT.plus(Duration.ofHours(4)));
        logged(acme, CommunicationKind.INBOUND_CALL, EIGHT.plus(Duration.ofHours(1)));
        logged(acme, CommunicationKind.STATUS_UPDATE, EIGHT.plus(Duration.ofHours(2)));
        logged(zenith, CommunicationKind.OUTBOUND_CALL, EIGHT.plus(Duration.ofHours(2)));
        logged(zenith, CommunicationKind.INTERNAL_NOTE, EIGHT.plus(Duration.ofHours(2)));
        logged(acme, CommunicationKind.INBOUND_CALL, NOW.plus(Duration.ofMinutes(5)));
        journal.add(entry(EIGHT.plus(Duration.ofHours(5)), EntityType.COMMITMENT, UUID.randomUUID(),
                JournalAction.STATUS_CHANGED, Map.of("from", "open", "to", "met")));
        journal.add(entry(EIGHT.plus(Duration.ofHours(6)), EntityType.INCIDENT, incident.id(),
                JournalAction.PHASE_CHANGED, Map.of("name", "INC-2026-0002", "from", "responding", "to", "recovering")));

        ShiftActivity activity = compile().activity();

        assertThat(activity.restored()).isEqualTo(1);
        assertThat(activity.verified()).isEqualTo(1);
        assertThat(activity.recovery().shown()).singleElement()
                .satisfies(site -> {
                    assertThat(site.site()).isEqualTo("Leeds");
                    assertThat(site.devices()).containsExactly("DB-02");
                });
        assertThat(activity.tasksDone().shown()).extracting(TaskChange::title).containsExactly("Patch DB-01");
        assertThat(activity.newBlockers().shown())
                .extracting(TaskChange::title, TaskChange::reason, TaskChange::stillBlocked)
                .containsExactly(tuple("Restore SAP", "vendor key", true),
                        tuple("Rebuild DC", "tapes", false));
        assertThat(activity.calls().shown()).extracting(HandoverSheet.CustomerCalls::customer,
                        HandoverSheet.CustomerCalls::total)
                .containsExactly(tuple("Acme", 2),
                        tuple("Zenith", 1));
        assertThat(activity.promisesMet()).isEqualTo(1);
        assertThat(activity.incidentChanges()).singleElement()
                .satisfies(change -> assertThat(change.what()).isEqualTo("moved INC-2026-0002 from responding to recovering"));
    }

    @Test
    void openTasksAreByEngineerWithUnassignedWorkFirstAndThePromiseBreakersOnTop() {
        task("Unowned", null, TaskStatus.TODO, null);
        task("Late", sam, TaskStatus.IN_PROGRESS, NOW.minus(Duration.ofMinutes(30)));
        IncidentTask breaker = task("Breaks promise", sam, TaskStatus.TODO, NOW.plus(Duration.ofHours(5)));
        task("Soon", sam, TaskStatus.TODO, NOW.plus(Duration.ofMinutes(30)));
        task("Blocked", sam, TaskStatus.BLOCKED, null);
        for (int i = 0; i < 4; i++) {
            task("Routine " + i, sam, TaskStatus.TODO, NOW.plus(Duration.ofHours(9)));
        }
        task("Finished", sam, TaskStatus.DONE, null);
        commitments.add(new Commitment(UUID.randomUUID(), incident.id(), acme.id(), "Mail back by 22:00",
                NOW.plus(Duration.ofHours(2)), breaker.id(), CommitmentState.OPEN, EIGHT));

        HandoverSheet.OpenWork work = compile().openWork();

        assertThat(work.open()).isEqualTo(9);
        assertThat(work.blocked()).isEqualTo(1);
        assertThat(work.engineers()).extracting(EngineerTasks::engineer).containsExactly("", "Sam Lee");
        EngineerTasks samsTasks = work.engineers().get(1);
        assertThat(samsTasks.tasks().shown()).extracting(HandoverSheet.TaskLine::title)
                .startsWith("Breaks promise", "Late", "Soon", "Blocked");
        assertThat(samsTasks.tasks().shown()).extracting(HandoverSheet.TaskLine::etaState)
                .startsWith(EtaState.BREAKS_PROMISE, EtaState.OVERDUE, EtaState.SOON, EtaState.NONE);
        assertThat(samsTasks.tasks().shown()).hasSize(HandoverLimits.ROOMY.mostTasksEach());
        assertThat(samsTasks.tasks().more()).isEqualTo(8 - HandoverLimits.ROOMY.mostTasksEach());
    }

    @Test
    void whatComesNextCoversTheNext24HoursAndWhatIsOwed() {
        task("Patch now", sam, TaskStatus.IN_PROGRESS, null,
                new TimeWindow(NOW.minus(Duration.ofMinutes(30)), NOW.plus(Duration.ofHours(1))));
        task("Patch tonight", null, TaskStatus.TODO, null, TimeWindow.of(NOW.plus(Duration.ofHours(3)), Duration.ofHours(2)));
        task("Patch next week", sam, TaskStatus.TODO, null, TimeWindow.of(NOW.plus(Duration.ofDays(6)), Duration.ofHours(2)));
        task("Done earlier", sam, TaskStatus.DONE, null, TimeWindow.of(NOW.plus(Duration.ofHours(1)), Duration.ofHours(2)));
        commitments.add(commitment("Overdue", NOW.minus(Duration.ofHours(1)), null, CommitmentState.OPEN));
        commitments.add(commitment("Tomorrow", NOW.plus(Duration.ofHours(12)), null, CommitmentState.REVISED));
        commitments.add(commitment("Next week", NOW.plus(Duration.ofDays(7)), null, CommitmentState.OPEN));
        commitments.add(commitment("Kept", NOW.plus(Duration.ofHours(1)), null, CommitmentState.MET));
        communications.add(callback(NOW.minus(Duration.ofMinutes(40)), null));
        communications.add(callback(NOW.plus(Duration.ofMinutes(40)), null));
        communications.add(callback(NOW.minus(Duration.ofHours(2)), NOW.minus(Duration.ofHours(1))));
        deferred.add(new DeferredWork(UUID.randomUUID(), incident.id(), zenith.id(), "Firewall upgrade",
                NOW.plus(Duration.ofDays(1)), null, null, ""));
        deferred.add(new DeferredWork(UUID.randomUUID(), incident.id(), zenith.id(), "Told already",
                NOW.plus(Duration.ofDays(1)), null, NOW, "Priya Shah"));

        HandoverSheet sheet = compile();

        assertThat(sheet.downtime().shown()).extracting(HandoverSheet.DowntimeLine::task,
                        HandoverSheet.DowntimeLine::running, HandoverSheet.DowntimeLine::engineer)
                .containsExactly(tuple("Patch now", true, "Sam Lee"),
                        tuple("Patch tonight", false, ""));
        assertThat(sheet.promises().shown()).extracting(HandoverSheet.PromiseLine::what,
                        HandoverSheet.PromiseLine::state)
                .containsExactly(tuple("Overdue", PromiseState.OVERDUE),
                        tuple("Tomorrow", PromiseState.DUE));
        assertThat(sheet.callbacks().shown()).extracting(HandoverSheet.CallbackLine::overdue)
                .containsExactly(true, false);
        assertThat(sheet.deferred().shown()).extracting(HandoverSheet.DeferredLine::what)
                .containsExactly("Firewall upgrade");
    }

    @Test
    void theOutgoingTeamCarriesItsHoursAndTheIncomingTeamIsWhoeverSignedOnSince() {
        Shift day = Shift.startedBy(incident.id(), priya.id(), EIGHT.minus(Duration.ofHours(1)))
                .join(sam.id(), EIGHT.plus(Duration.ofHours(6)));
        shifts.add(day);
        HandoverSheet before = compile(new HandoverRequest(DAY_SHIFT, "Priya Shah", "", "", NOW, "Priya Shah"));
        shifts.set(0, day.join(ana.id(), NOW.plus(Duration.ofMinutes(1))));
        HandoverSheet after = compile(new HandoverRequest(DAY_SHIFT, "Priya Shah", "Ana Costa", "",
                NOW.plus(Duration.ofMinutes(5)), "Priya Shah"));

        assertThat(before.outgoingTeam()).extracting(TeamMember::name, TeamMember::lead, TeamMember::level)
                .containsExactly(tuple("Priya Shah", true, ShiftHours.Level.TOO_LONG),
                        tuple("Sam Lee", false, ShiftHours.Level.FINE));
        assertThat(before.incomingTeam()).isEmpty();
        assertThat(after.incomingTeam()).extracting(TeamMember::name, TeamMember::lead)
                .containsExactly(tuple("Ana Costa", true));
    }

    @Test
    void longListsAreCutWithACountOfTheRest() {
        for (int i = 0; i < HandoverLimits.ROOMY.callbacks() + 5; i++) {
            communications.add(callback(NOW.plus(Duration.ofMinutes(i)), null));
        }

        HandoverSheet sheet = compile();

        assertThat(sheet.callbacks().shown()).hasSize(HandoverLimits.ROOMY.callbacks());
        assertThat(sheet.callbacks().more()).isEqualTo(5);
        assertThat(sheet.callbacks().shown().getFirst().due()).isEqualTo(NOW);
    }

    @Test
    void tighterLimitsCutEveryListUntilOneLineOfEachIsLeft() {
        HandoverLimits roomy = HandoverLimits.ROOMY;
        HandoverLimits tighter = roomy.tighter();

        assertThat(tighter.callbacks()).isLessThan(roomy.callbacks());
        assertThat(tighter.openTaskRows()).isLessThan(roomy.openTaskRows());
        assertThat(tighter.fewestTasksEach()).isEqualTo(roomy.fewestTasksEach() - 1);
        HandoverLimits limits = roomy;
        int steps = 0;
        while (!limits.isTightest()) {
            limits = limits.tighter();
            steps++;
        }
        assertThat(steps).isBetween(2, 12);
        assertThat(limits.fewestTasksEach()).isEqualTo(1);
        assertThat(limits.callbacks()).isEqualTo(3);
    }

    // Fixture

    private HandoverSheet compile() {
        return compile(new HandoverRequest(DAY_SHIFT, "Priya Shah", "", "", NOW, "Priya Shah"));
    }

    private HandoverSheet compile(HandoverRequest request) {
        return HandoverCompiler.compile(new HandoverFacts(incident, List.of(acme, zenith), List.of(leeds, york),
                List.of(db01, db02, fs01, fs02), List.of(priya, sam, ana), impacts, tasks, commitments, communications,
                deferred, shifts, journal), request, HandoverLimits.ROOMY);
    }

    private Device device(Site site, String name) {
        return new Device(UUID.randomUUID(), site.id(), name, DeviceKind.SERVER, "", "", 1, "");
    }

    private void impact(Device device, DeviceStatus status) {
        impacts.add(new Impact(incident.id(), device.id(), status, null, "", NOW));
    }

    private String impactId(Device device) {
        return incident.id() + "/" + device.id();
    }

    private void statusChanged(Device device, DeviceStatus from, DeviceStatus to, Instant at) {
        String site = device.siteId().equals(leeds.id()) ? "Leeds" : "York";
        journal.add(entry(at, EntityType.IMPACT, impactId(device), JournalAction.STATUS_CHANGED,
                Map.of("name", device.hostname(), "site", site, "customer", "Acme", "from", from.wire(), "to", to.wire())));
    }

    private IncidentTask task(String title, Staff assignee, TaskStatus status, Instant eta) {
        return task(title, assignee, status, eta, null);
    }

    private IncidentTask task(String title, Staff assignee, TaskStatus status, Instant eta, TimeWindow downtime) {
        IncidentTask task = new IncidentTask(UUID.randomUUID(), incident.id(), title, "", new Scope(acme.id(), leeds.id(), null),
                assignee == null ? null : assignee.id(), status, status == TaskStatus.BLOCKED ? "waiting" : "",
                Priority.P2, eta, downtime, EIGHT, EIGHT);
        tasks.add(task);
        return task;
    }

    private void taskStatus(IncidentTask task, TaskStatus to, String reason, Instant at) {
        journal.add(entry(at, EntityType.TASK, task.id(), JournalAction.STATUS_CHANGED,
                Map.of("name", task.title(), "site", "Leeds", "customer", "Acme", "from", "todo", "to", to.wire(),
                        "reason", reason)));
    }

    private void logged(Customer customer, CommunicationKind kind, Instant at) {
        journal.add(entry(at, EntityType.COMMUNICATION, UUID.randomUUID(), JournalAction.LOGGED,
                Map.of("customer", customer.name(), "kind", kind.wire(), "name", "a call")));
    }

    private Commitment commitment(String what, Instant due, IncidentTask task, CommitmentState state) {
        return new Commitment(UUID.randomUUID(), incident.id(), acme.id(), what, due, task == null ? null : task.id(),
                state, EIGHT);
    }

    private Communication callback(Instant due, Instant done) {
        return new Communication(UUID.randomUUID(), incident.id(), acme.id(), CommunicationKind.INBOUND_CALL, "phone",
                "Jo Bloggs", "Wants an ETA for SAP", Urgency.NORMAL, "Sam Lee", EIGHT, due, done);
    }

    private JournalEntry entry(Instant at, EntityType entity, Object entityId, JournalAction action,
                               Map<String, String> details) {
        return new JournalEntry(UUID.randomUUID(), journal.size() + 1, at, "Sam Lee", incident.id(), entity,
                String.valueOf(entityId), action, details);
    }
}
