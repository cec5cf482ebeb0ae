package dev.sitrep.domain;

import dev.sitrep.domain.HandoverSheet.CallbackLine;
import dev.sitrep.domain.HandoverSheet.DeferredLine;
import dev.sitrep.domain.HandoverSheet.DowntimeLine;
import dev.sitrep.domain.HandoverSheet.EngineerTasks;
import dev.sitrep.domain.HandoverSheet.EtaState;
import dev.sitrep.domain.HandoverSheet.OpenWork;
import dev.sitrep.domain.HandoverSheet.PromiseLine;
import dev.sitrep.domain.HandoverSheet.PromiseState;
import dev.sitrep.domain.HandoverSheet.Situation;
import dev.sitrep.domain.HandoverSheet.SiteProgress;
import dev.sitrep.domain.HandoverSheet.TaskLine;
import dev.sitrep.domain.HandoverSheet.TeamMember;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/// Works out a [HandoverSheet] from an incident's [HandoverFacts]: the situation then and now, what the
/// journal says happened during the shift, and what the next shift inherits, each list cut to the entries
/// that matter most so that even the largest incident prints on a few pages.
public final class HandoverCompiler {

    private static final Duration AHEAD = Duration.ofHours(24);
    private static final Duration SOON = Duration.ofHours(1);

    private final HandoverFacts facts;
    private final HandoverRequest request;
    private final HandoverLimits limits;
    private final Instant now;
    private final Map<UUID, String> customers;
    private final Map<UUID, String> sites;
    private final Map<UUID, String> devices;
    private final Map<UUID, Staff> staff;
    private final TaskPlaces places;

    private HandoverCompiler(HandoverFacts facts, HandoverRequest request, HandoverLimits limits) {
        this.facts = facts;
        this.request = request;
        this.limits = limits;
        this.now = request.generatedAt();
        this.customers = byId(facts.customers(), Customer::id, Customer::name);
        this.sites = byId(facts.sites(), Site::id, Site::name);
        this.devices = byId(facts.devices(), Device::id, Device::hostname);
        this.staff = byId(facts.staff(), Staff::id, Function.identity());
        this.places = new TaskPlaces(SiteRollup.customersOf(
                SiteRollup.forIncident(facts.sites(), facts.devices(), facts.impacts())).size() > 1);
    }

    /// The sheet with its lists cut to `limits`.
    public static HandoverSheet compile(HandoverFacts facts, HandoverRequest request, HandoverLimits limits) {
        return new HandoverCompiler(facts, request, limits).sheet();
    }

    private HandoverSheet sheet() {
        Set<UUID> blockedNow = facts.tasks().stream()
                .filter(task -> task.status() == TaskStatus.BLOCKED)
                .map(IncidentTask::id)
                .collect(Collectors.toSet());
        TimeWindow happened = new TimeWindow(request.shift().start(),
                request.shiftEndSoFar().isAfter(request.shift().start()) ? request.shiftEndSoFar()
                        : request.shift().start().plusNanos(1));
        List<UUID> outgoing = outgoingPeople();
        return new HandoverSheet(facts.incident(), request, situation(),
                ShiftJournal.read(happened, facts.journal(), blockedNow, places, limits), openWork(), downtime(), promises(),
                callbacks(), deferred(), team(outgoing, ShiftHours.lastDay(facts.shifts(), request.shiftEndSoFar()),
                request.outgoingLead()), incomingTeam(outgoing));
    }

    // The devices then and now

    private Situation situation() {
        Map<UUID, DeviceStatus> atStart = StatusHistory.at(request.shift().start(), facts.impacts(), facts.journal());
        Map<UUID, DeviceStatus> atEnd = StatusHistory.at(request.shiftEndSoFar(), facts.impacts(), facts.journal());
        Map<UUID, SiteRollup> startBySite = rollups(atStart).stream()
                .collect(Collectors.toMap(SiteRollup::siteId, Function.identity()));
        List<SiteProgress> progress = rollups(atEnd).stream()
                .map(end -> siteProgress(end, startBySite.get(end.siteId())))
                .toList();
        return new Situation(StatusTotals.ofStatuses(atStart.values()), StatusTotals.ofStatuses(atEnd.values()),
                Shortlist.of(progress, limits.sites()));
    }

    private List<SiteRollup> rollups(Map<UUID, DeviceStatus> statuses) {
        UUID incident = facts.incident().id();
        List<Impact> impacts = statuses.entrySet().stream()
                .map(entry -> new Impact(incident, entry.getKey(), entry.getValue(), null, "", now))
                .toList();
        return SiteRollup.forIncident(facts.sites(), facts.devices(), impacts);
    }

    private SiteProgress siteProgress(SiteRollup end, SiteRollup start) {
        return new SiteProgress(end.siteName(), customers.getOrDefault(end.customerId(), ""), end.worstStatus(),
                end.total(), end.recovered(), start == null ? 0 : start.total(), start == null ? 0 : start.recovered());
    }

    // What the next shift inherits

    private OpenWork openWork() {
        Set<UUID> breakingPromises = EtaRisk.tasksBreakingPromises(facts.commitments(), facts.tasks());
        Map<UUID, List<IncidentTask>> byAssignee = new LinkedHashMap<>();
        List<IncidentTask> open = facts.tasks().stream().filter(IncidentTask::isOpen).toList();
        open.forEach(task -> byAssignee.computeIfAbsent(task.assigneeId(), _ -> new ArrayList<>()).add(task));
        int each = Math.clamp(limits.openTaskRows() / Math.max(1, byAssignee.size()), limits.fewestTasksEach(),
                limits.mostTasksEach());
        List<EngineerTasks> engineers = new ArrayList<>();
        byAssignee.forEach((assignee, tasks) -> engineers.add(engineerTasks(assignee, tasks, breakingPromises, each)));
        engineers.sort(Comparator.comparing((EngineerTasks line) -> !line.isNobody())
                .thenComparing(EngineerTasks::engineer, String.CASE_INSENSITIVE_ORDER));
        return new OpenWork(open.size(), count(open, TaskStatus.BLOCKED), engineers);
    }

    private EngineerTasks engineerTasks(UUID assignee, List<IncidentTask> tasks, Set<UUID> breakingPromises,
                                        int shown) {
        List<TaskLine> lines = tasks.stream()
                .map(task -> taskLine(task, breakingPromises.contains(task.id())))
                .sorted(MOST_PRESSING)
                .toList();
        String name = assignee == null ? "" : staff.containsKey(assignee) ? staff.get(assignee).name() : "someone removed";
        return new EngineerTasks(name, tasks.size(), count(tasks, TaskStatus.BLOCKED),
                Shortlist.of(lines, shown));
    }

    /// Promises in danger first, then what is late, blocked, most urgent and due soonest.
    private static final Comparator<TaskLine> MOST_PRESSING = Comparator
            .comparing((TaskLine line) -> pressure(line.etaState()))
            .thenComparing(line -> line.status() != TaskStatus.BLOCKED)
            .thenComparing(TaskLine::priority)
            .thenComparing(TaskLine::eta, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(TaskLine::title, String.CASE_INSENSITIVE_ORDER);

    private static int pressure(EtaState state) {
        return switch (state) {
            case BREAKS_PROMISE -> 0;
            case OVERDUE -> 1;
            case SOON -> 2;
            case ON_TIME, NONE -> 3;
        };
    }

    private TaskLine taskLine(IncidentTask task, boolean breaksPromise) {
        return new TaskLine(task.title(), place(task), task.status(), task.blockedReason(), task.priority(),
                task.eta(), etaState(task.eta(), breaksPromise), task.downtime());
    }

    private EtaState etaState(Instant eta, boolean breaksPromise) {
        if (eta == null) {
            return EtaState.NONE;
        }
        if (breaksPromise) {
            return EtaState.BREAKS_PROMISE;
        }
        if (eta.isBefore(now)) {
            return EtaState.OVERDUE;
        }
        return eta.isBefore(now.plus(SOON)) ? EtaState.SOON : EtaState.ON_TIME;
    }

    private Shortlist<DowntimeLine> downtime() {
        TimeWindow ahead = TimeWindow.of(now, AHEAD);
        List<DowntimeLine> lines = facts.tasks().stream()
                .filter(task -> task.isOpen() && task.downtime() != null && task.downtime().overlaps(ahead))
                .sorted(Comparator.comparing((IncidentTask task) -> task.downtime().start()))
                .map(task -> new DowntimeLine(task.downtime(), task.title(), place(task),
                        person(task.assigneeId()), task.downtime().contains(now)))
                .toList();
        return Shortlist.of(lines, limits.downtime());
    }

    private Shortlist<PromiseLine> promises() {
        Map<UUID, IncidentTask> tasks = byId(facts.tasks(), IncidentTask::id, Function.identity());
        List<PromiseLine> lines = new ArrayList<>();
        for (Commitment commitment : facts.commitments()) {
            if (!commitment.state().isPending()) {
                continue;
            }
            IncidentTask task = commitment.taskId() == null ? null : tasks.get(commitment.taskId());
            PromiseState state = commitment.dueAt().isBefore(now) ? PromiseState.OVERDUE
                    : EtaRisk.atRisk(commitment, tasks) ? PromiseState.AT_RISK
                    : commitment.dueAt().isBefore(now.plus(AHEAD)) ? PromiseState.DUE : null;
            if (state != null) {
                lines.add(new PromiseLine(customers.getOrDefault(commitment.customerId(), ""), commitment.what(),
                        commitment.dueAt(), state, task == null ? null : task.eta()));
            }
        }
        lines.sort(Comparator.comparing(PromiseLine::state).thenComparing(PromiseLine::due));
        return Shortlist.of(lines, limits.promises());
    }

    private Shortlist<CallbackLine> callbacks() {
        List<CallbackLine> lines = facts.communications().stream()
                .filter(Communication::callbackPending)
                .sorted(Comparator.comparing(Communication::callbackDue))
                .map(call -> new CallbackLine(customers.getOrDefault(call.customerId(), ""), call.contact(),
                        call.callbackDue(), call.summary(), call.loggedBy(), call.callbackDue().isBefore(now)))
                .toList();
        return Shortlist.of(lines, limits.callbacks());
    }

    private Shortlist<DeferredLine> deferred() {
        List<DeferredLine> lines = facts.deferred().stream()
                .filter(work -> !work.isTold())
                .sorted(Comparator.comparing(DeferredWork::originalDue))
                .map(work -> new DeferredLine(customers.getOrDefault(work.customerId(), ""), work.what(),
                        work.originalDue(), work.revisedDue()))
                .toList();
        return Shortlist.of(lines, limits.deferred());
    }

    // Who hands over and who takes over

    /// Everyone who was on shift during the window. The sheet gives their hours in the 24 hours to its end:
    /// who must rest before they come back.
    private List<UUID> outgoingPeople() {
        Instant end = request.shiftEndSoFar();
        List<UUID> people = new ArrayList<>();
        for (Shift shift : facts.shifts()) {
            for (Shift.Member member : shift.members()) {
                boolean overlaps = member.joinedAt().isBefore(end)
                        && (member.leftAt() == null || member.leftAt().isAfter(request.shift().start()));
                if (overlaps && !people.contains(member.staffId())) {
                    people.add(member.staffId());
                }
            }
        }
        return people;
    }

    /// Those on shift now who were not on the outgoing team, or joined after its window ended; and the
    /// incoming lead. Empty when the next shift has not signed on yet: the sheet leaves lines to write in.
    private List<TeamMember> incomingTeam(List<UUID> outgoing) {
        Instant end = request.shiftEndSoFar();
        List<UUID> people = new ArrayList<>();
        for (Shift shift : facts.shifts()) {
            for (Shift.Member member : shift.members()) {
                boolean onNow = shift.isOn(member.staffId()) && member.leftAt() == null;
                boolean joinedAfter = !member.joinedAt().isBefore(end);
                if (onNow && (joinedAfter || !outgoing.contains(member.staffId()))
                        && !people.contains(member.staffId())) {
                    people.add(member.staffId());
                }
            }
        }
        UUID lead = staffIdOf(request.incomingLead());
        if (lead != null && !people.contains(lead)) {
            people.addFirst(lead);
        }
        return team(people, ShiftHours.lastDay(facts.shifts(), now), request.incomingLead());
    }

    private List<TeamMember> team(List<UUID> people, Map<UUID, Duration> hours, String leadName) {
        return people.stream()
                .map(staff::get)
                .filter(Objects::nonNull)
                .map(person -> {
                    Duration onShift = hours.getOrDefault(person.id(), Duration.ZERO);
                    return new TeamMember(person.name(), person.role(), person.phone(), onShift,
                            ShiftHours.level(onShift), person.name().equals(leadName));
                })
                .sorted(Comparator.comparing((TeamMember member) -> !member.lead())
                        .thenComparing(TeamMember::role)
                        .thenComparing(TeamMember::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private UUID staffIdOf(String name) {
        return staff.values().stream().filter(person -> person.name().equals(name)).map(Staff::id)
                .findFirst().orElse(null);
    }

    // Names

    private String place(IncidentTask task) {
        Scope scope = task.scope();
        return places.of(task.title(), devices.get(scope.deviceId()), sites.get(scope.siteId()),
                customers.get(scope.customerId()));
    }

    private String person(UUID staffId) {
        Staff person = staffId == null ? null : staff.get(staffId);
        return person == null ? "" : person.name();
    }

    private static int count(List<IncidentTask> tasks, TaskStatus status) {
        return (int) tasks.stream().filter(task -> task.status() == status).count();
    }

    private static <T, V> Map<UUID, V> byId(List<T> items, Function<T, UUID> id, Function<T, V> value) {
        Map<UUID, V> map = new HashMap<>();
        items.forEach(item -> map.put(id.apply(item), value.apply(item)));
        return map;
    }
}
