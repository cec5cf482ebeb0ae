package dev.sitrep.io.demo;

import dev.sitrep.domain.Text;
import dev.sitrep.domain.Commitment;
import dev.sitrep.domain.CommitmentState;
import dev.sitrep.domain.Communication;
import dev.sitrep.domain.Customer;
import dev.sitrep.domain.DeferredWork;
import dev.sitrep.domain.Device;
import dev.sitrep.domain.DeviceStatus;
import dev.sitrep.domain.EntityType;
import dev.sitrep.domain.Impact;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.IncidentTask;
import dev.sitrep.domain.JournalAction;
import dev.sitrep.domain.JournalEntry;
import dev.sitrep.domain.Phase;
import dev.sitrep.domain.Shift;
import dev.sitrep.domain.Site;
import dev.sitrep.domain.Staff;
import dev.sitrep.domain.TaskStatus;
import dev.sitrep.domain.WireEnum;
import dev.sitrep.store.BulkBatch;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/// Collects a demo data set's rows and writes the journal a real war room would have left behind them,
/// with the details the store itself writes for each change (names as they were, wire words for values).
final class DemoBuilder {

    /// Longest `name` taken from free text such as a call summary, as the store cuts it.

    /// One status an impact went through: who set it, when, and the note they left, if any.
    record ImpactStep(Instant at, DeviceStatus status, String actor, String note) {
    }

    /// One status a task went through; `reason` is the blocked reason.
    record TaskStep(Instant at, TaskStatus status, String actor, String reason) {
    }

    final List<Customer> customers = new ArrayList<>();
    final List<Site> sites = new ArrayList<>();
    final List<Device> devices = new ArrayList<>();
    final List<Staff> staff = new ArrayList<>();
    final List<Incident> incidents = new ArrayList<>();
    final List<Impact> impacts = new ArrayList<>();
    final List<IncidentTask> tasks = new ArrayList<>();
    final List<Communication> communications = new ArrayList<>();
    final List<Commitment> commitments = new ArrayList<>();
    final List<DeferredWork> deferredWork = new ArrayList<>();
    final List<Shift> shifts = new ArrayList<>();
    private final List<JournalEntry> journal = new ArrayList<>();

    private final Map<UUID, Customer> customersById = new HashMap<>();
    private final Map<UUID, Site> sitesById = new HashMap<>();
    private final Map<UUID, Device> devicesById = new HashMap<>();
    private final Map<UUID, Staff> staffById = new LinkedHashMap<>();

    // Inventory and staff

    Customer add(Customer customer) {
        customers.add(customer);
        customersById.put(customer.id(), customer);
        return customer;
    }

    Site add(Site site) {
        sites.add(site);
        sitesById.put(site.id(), site);
        return site;
    }

    Device add(Device device) {
        devices.add(device);
        devicesById.put(device.id(), device);
        return device;
    }

    Staff add(Staff member) {
        staff.add(member);
        staffById.put(member.id(), member);
        return member;
    }

    Site site(UUID id) {
        return sitesById.get(id);
    }

    Customer customer(UUID id) {
        return customersById.get(id);
    }

    String staffName(UUID id) {
        return id == null ? "" : staffById.get(id).name();
    }

    /// Journals the inventory as one import per customer, and each member of staff as added, at `at`.
    void journalInventory(Instant at, String actor) {
        Map<UUID, Integer> sitesPerCustomer = new HashMap<>();
        Map<UUID, Integer> devicesPerCustomer = new HashMap<>();
        sites.forEach(site -> sitesPerCustomer.merge(site.customerId(), 1, Integer::sum));
        devices.forEach(device -> devicesPerCustomer.merge(site(device.siteId()).customerId(), 1, Integer::sum));
        for (Customer customer : customers) {
            journal(at, actor, null, EntityType.CUSTOMER, customer.id(), JournalAction.IMPORTED, details(
                    "name", customer.name(),
                    "sites", String.valueOf(sitesPerCustomer.getOrDefault(customer.id(), 0)),
                    "devices", String.valueOf(devicesPerCustomer.getOrDefault(customer.id(), 0))));
        }
        for (Staff member : staff) {
            journal(at, actor, null, EntityType.STAFF, member.id(), JournalAction.CREATED,
                    details("name", member.name(), "role", member.role().wire()));
        }
    }

    // The incident

    /// Adds the incident as it stands now and journals its declaration and each phase it went through.
    ///
    /// @param phases the phases after identified, each with the time it was entered, oldest first
    void declare(Incident incident, String commander, List<Map.Entry<Phase, Instant>> phases) {
        incidents.add(incident);
        journal(incident.declaredAt(), commander, incident.id(), EntityType.INCIDENT, incident.id(),
                JournalAction.DECLARED, details("name", incident.code(), "title", incident.title(),
                        "kind", incident.kind().wire(), "severity", incident.severity().wire(),
                        "phase", Phase.IDENTIFIED.wire()));
        Phase from = Phase.IDENTIFIED;
        for (Map.Entry<Phase, Instant> move : phases) {
            JournalAction action = move.getKey().isResolved() ? JournalAction.RESOLVED : JournalAction.PHASE_CHANGED;
            journal(move.getValue(), commander, incident.id(), EntityType.INCIDENT, incident.id(), action,
                    details("name", incident.code(), "from", from.wire(), "to", move.getKey().wire()));
            from = move.getKey();
        }
    }

    /// Adds a device to the incident and journals its history: created at the first step, then a status
    /// change per further step (a step that keeps the status only changes the note). The impact ends at the
    /// last step's status and time.
    ///
    /// @param engineer   the engineer put on it, or `null`
    /// @param assignedAt when they were put on it (journaled), between the first and second step
    Impact impact(Incident incident, Device device, List<ImpactStep> steps, UUID engineer, Instant assignedAt,
                  String assignedBy) {
        Site site = site(device.siteId());
        Map<String, String> place = details("name", device.hostname(), "site", site.name(),
                "customer", customer(site.customerId()).name());
        String entityId = incident.id() + "/" + device.id();
        ImpactStep first = steps.getFirst();
        journal(first.at(), first.actor(), incident.id(), EntityType.IMPACT, entityId, JournalAction.CREATED,
                with(place, "status", first.status()));
        if (engineer != null) {
            journal(assignedAt, assignedBy, incident.id(), EntityType.IMPACT, entityId, JournalAction.ASSIGNED,
                    with(place, "engineer", staffName(engineer)));
        }
        String note = first.note();
        for (int i = 1; i < steps.size(); i++) {
            ImpactStep step = steps.get(i);
            boolean statusChanged = step.status() != steps.get(i - 1).status();
            Map<String, String> change = statusChanged
                    ? with(with(place, "from", steps.get(i - 1).status()), "to", step.status())
                    : with(place, "fields", "note");
            if (!step.note().isEmpty()) {
                change.put("note", step.note());
                note = step.note();
            }
            journal(step.at(), step.actor(), incident.id(), EntityType.IMPACT, entityId,
                    statusChanged ? JournalAction.STATUS_CHANGED : JournalAction.UPDATED, change);
        }
        ImpactStep last = steps.getLast();
        Instant changedAt = engineer != null && assignedAt.isAfter(last.at()) ? assignedAt : last.at();
        Impact impact = new Impact(incident.id(), device.id(), last.status(), engineer, note, changedAt);
        impacts.add(impact);
        return impact;
    }

    /// Adds a task as it stands after `steps` and journals its creation (with the assignee) and every
    /// status change. The task's own status, reason and times must match the steps.
    void task(IncidentTask task, List<TaskStep> steps) {
        Map<String, String> place = taskPlace(task);
        TaskStep first = steps.getFirst();
        Map<String, String> created = with(with(place, "status", first.status()), "priority", task.priority());
        created.put("engineer", staffName(task.assigneeId()));
        journal(first.at(), first.actor(), task.incidentId(), EntityType.TASK, task.id(), JournalAction.CREATED,
                created);
        for (int i = 1; i < steps.size(); i++) {
            TaskStep step = steps.get(i);
            Map<String, String> change = with(with(place, "from", steps.get(i - 1).status()), "to", step.status());
            if (step.status() == TaskStatus.BLOCKED) {
                change.put("reason", step.reason());
            }
            journal(step.at(), step.actor(), task.incidentId(), EntityType.TASK, task.id(),
                    JournalAction.STATUS_CHANGED, change);
        }
        tasks.add(task);
    }

    /// Adds a communication and journals it as logged and, when its call back was made, as done.
    void communication(Communication communication, String callbackBy) {
        Map<String, String> details = details("name", Text.firstWords(communication.summary(), JournalEntry.SHORT_TEXT));
        if (communication.customerId() != null) {
            details.put("customer", customer(communication.customerId()).name());
        }
        Map<String, String> logged = with(with(details, "kind", communication.kind()), "urgency",
                communication.urgency());
        journal(communication.at(), communication.loggedBy(), communication.incidentId(), EntityType.COMMUNICATION,
                communication.id(), JournalAction.LOGGED, logged);
        if (communication.callbackDoneAt() != null) {
            journal(communication.callbackDoneAt(), callbackBy, communication.incidentId(),
                    EntityType.COMMUNICATION, communication.id(), JournalAction.CALLBACK_DONE, details);
        }
        communications.add(communication);
    }

    /// Adds a commitment and journals its making, a change of its due time when it was revised, and its
    /// final state when that is no longer open.
    ///
    /// @param promisedDue the due time first promised; differs from the commitment's when it was revised
    /// @param settledAt   when it was met, missed or revised; ignored while it is open
    void commitment(Commitment commitment, Instant promisedDue, String actor, Instant settledAt) {
        Map<String, String> details = details("name", commitment.what(),
                "customer", customer(commitment.customerId()).name());
        journal(commitment.createdAt(), actor, commitment.incidentId(), EntityType.COMMITMENT, commitment.id(),
                JournalAction.CREATED, with(with(details, "due", promisedDue.toString()), "state",
                        CommitmentState.OPEN));
        if (commitment.state() != CommitmentState.OPEN) {
            journal(settledAt, actor, commitment.incidentId(), EntityType.COMMITMENT, commitment.id(),
                    JournalAction.STATUS_CHANGED, with(with(details, "from", CommitmentState.OPEN), "to",
                            commitment.state()));
        }
        if (!promisedDue.equals(commitment.dueAt())) {
            Map<String, String> revised = with(details, "fields", "dueAt");
            revised.put("previousDue", promisedDue.toString());
            revised.put("due", commitment.dueAt().toString());
            journal(settledAt, actor, commitment.incidentId(), EntityType.COMMITMENT, commitment.id(),
                    JournalAction.UPDATED, revised);
        }
        commitments.add(commitment);
    }

    /// Adds deferred work, journals its recording and, once the customer was told, the update saying so.
    void deferredWork(DeferredWork work, Instant recordedAt, String recordedBy) {
        Map<String, String> details = details("name", work.what(), "customer", customer(work.customerId()).name());
        journal(recordedAt, recordedBy, work.incidentId(), EntityType.DEFERRED_WORK, work.id(), JournalAction.CREATED,
                details);
        if (work.isTold()) {
            journal(work.toldAt(), work.toldBy(), work.incidentId(), EntityType.DEFERRED_WORK, work.id(),
                    JournalAction.UPDATED, with(details, "fields", "revisedDue,toldAt,toldBy"));
        }
        deferredWork.add(work);
    }

    /// Adds a shift and journals its start, each member signing in, and its end once it has ended.
    void shift(Shift shift) {
        String lead = staffName(shift.leadId());
        Map<String, String> details = details("name", lead, "lead", lead);
        journal(shift.start(), lead, shift.incidentId(), EntityType.SHIFT, shift.id(), JournalAction.SHIFT_STARTED,
                with(details, "members", String.valueOf(shift.members().size())));
        for (Shift.Member member : shift.members()) {
            Staff person = staffById.get(member.staffId());
            journal(member.joinedAt(), person.name(), null, EntityType.STAFF, person.id(), JournalAction.SIGNED_IN,
                    details("name", person.name(), "role", person.role().wire()));
        }
        if (shift.end() != null) {
            journal(shift.end(), lead, shift.incidentId(), EntityType.SHIFT, shift.id(), JournalAction.SHIFT_ENDED,
                    details);
        }
        shifts.add(shift);
    }

    /// Everything collected, the journal oldest first (entries at the same time keep the order they were made).
    BulkBatch build() {
        List<JournalEntry> sorted = new ArrayList<>(journal);
        sorted.sort(Comparator.comparing(JournalEntry::at));
        return new BulkBatch(customers, sites, devices, staff, incidents, impacts, tasks, communications,
                commitments, deferredWork, shifts, sorted);
    }

    private Map<String, String> taskPlace(IncidentTask task) {
        Map<String, String> place = details("name", task.title());
        if (task.scope().customerId() != null) {
            place.put("customer", customer(task.scope().customerId()).name());
        }
        if (task.scope().siteId() != null) {
            place.put("site", site(task.scope().siteId()).name());
        }
        if (task.scope().deviceId() != null) {
            place.put("device", devicesById.get(task.scope().deviceId()).hostname());
        }
        return place;
    }

    private void journal(Instant at, String actor, UUID incidentId, EntityType entity, Object entityId,
                         JournalAction action, Map<String, String> details) {
        // The same demo gets the same ids; the thing's own (seeded) id keeps two demos' entries apart.
        UUID id = UUID.nameUUIDFromBytes((journal.size() + "/" + entity + "/" + entityId + "/" + at)
                .getBytes(StandardCharsets.UTF_8));
        journal.add(new JournalEntry(id, 0, at, actor, incidentId, entity, String.valueOf(entityId), action,
                details));
    }

    private static Map<String, String> details(String... keysAndValues) {
        Map<String, String> details = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            details.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return details;
    }

    private static Map<String, String> with(Map<String, String> details, String key, Object value) {
        Map<String, String> copy = new LinkedHashMap<>(details);
        copy.put(key, value instanceof WireEnum word ? word.wire() : String.valueOf(value));
        return copy;
    }
}
