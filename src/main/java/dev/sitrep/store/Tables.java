package dev.sitrep.store;

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
import dev.sitrep.domain.Impact;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.MessageTemplate;
import dev.sitrep.domain.IncidentKind;
import dev.sitrep.domain.IncidentTask;
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
import dev.sitrep.domain.TimeWindow;
import dev.sitrep.domain.Urgency;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static dev.sitrep.store.Sql.instant;
import static dev.sitrep.store.Sql.uuid;
import static dev.sitrep.store.Sql.word;

/// The mapping of every domain record to its table, shared by the repositories and the [BulkLoader].
final class Tables {

    private Tables() {
    }

    static final Table<Customer> CUSTOMER = new Table<>("customer",
            "id, name, sla_tier, tam, contact_name, contact_phone, contact_email, notes",
            row -> new Customer(uuid(row, "id"), row.getString("name"), word(row, "sla_tier", SlaTier.class),
                    row.getString("tam"), new Contact(row.getString("contact_name"),
                    row.getString("contact_phone"), row.getString("contact_email")), row.getString("notes")),
            "INSERT INTO customer (id, name, sla_tier, tam, contact_name, contact_phone, contact_email, notes) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            c -> new Object[]{c.id(), c.name(), c.slaTier(), c.tam(), c.primaryContact().name(),
                    c.primaryContact().phone(), c.primaryContact().email(), c.notes()});

    static final Table<Site> SITE = new Table<>("site",
            "id, customer_id, name, city, time_zone",
            row -> new Site(uuid(row, "id"), uuid(row, "customer_id"), row.getString("name"),
                    row.getString("city"), ZoneId.of(row.getString("time_zone"))),
            "INSERT INTO site (id, customer_id, name, city, time_zone) VALUES (?, ?, ?, ?, ?)",
            s -> new Object[]{s.id(), s.customerId(), s.name(), s.city(), s.timeZone().getId()});

    static final Table<Device> DEVICE = new Table<>("device",
            "id, site_id, hostname, kind, product, version, criticality, notes",
            row -> new Device(uuid(row, "id"), uuid(row, "site_id"), row.getString("hostname"),
                    word(row, "kind", DeviceKind.class), row.getString("product"), row.getString("version"),
                    row.getInt("criticality"), row.getString("notes")),
            "INSERT INTO device (id, site_id, hostname, kind, product, version, criticality, notes) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            d -> new Object[]{d.id(), d.siteId(), d.hostname(), d.kind(), d.product(), d.version(),
                    d.criticality(), d.notes()});

    static final Table<Staff> STAFF = new Table<>("staff",
            "id, name, role, phone, skills",
            row -> new Staff(uuid(row, "id"), row.getString("name"), word(row, "role", StaffRole.class),
                    row.getString("phone"), row.getString("skills")),
            "INSERT INTO staff (id, name, role, phone, skills) VALUES (?, ?, ?, ?, ?)",
            s -> new Object[]{s.id(), s.name(), s.role(), s.phone(), s.skills()});

    static final Table<Incident> INCIDENT = new Table<>("incident",
            "id, code, title, kind, severity, phase, declared_at, resolved_at, commander_id, summary, "
                    + "update_cadence_minutes",
            row -> new Incident(uuid(row, "id"), row.getString("code"), row.getString("title"),
                    word(row, "kind", IncidentKind.class), word(row, "severity", Severity.class),
                    word(row, "phase", Phase.class), instant(row, "declared_at"), instant(row, "resolved_at"),
                    uuid(row, "commander_id"), row.getString("summary"),
                    Duration.ofMinutes(row.getInt("update_cadence_minutes"))),
            "INSERT INTO incident (id, code, title, kind, severity, phase, declared_at, resolved_at, "
                    + "commander_id, summary, update_cadence_minutes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            i -> new Object[]{i.id(), i.code(), i.title(), i.kind(), i.severity(), i.phase(), i.declaredAt(),
                    i.resolvedAt(), i.commanderId(), i.summary(), cadenceMinutes(i.updateCadence())});

    static final Table<Impact> IMPACT = new Table<>("impact",
            "incident_id, device_id, status, engineer_id, note, changed_at",
            row -> new Impact(uuid(row, "incident_id"), uuid(row, "device_id"),
                    word(row, "status", DeviceStatus.class), uuid(row, "engineer_id"), row.getString("note"),
                    instant(row, "changed_at")),
            "INSERT INTO impact (incident_id, device_id, status, engineer_id, note, changed_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?)",
            i -> new Object[]{i.incidentId(), i.deviceId(), i.status(), i.engineerId(), i.note(), i.changedAt()});

    static final Table<IncidentTask> TASK = new Table<>("task",
            "id, incident_id, title, detail, customer_id, site_id, device_id, assignee_id, status, "
                    + "blocked_reason, priority, eta, downtime_start, downtime_end, created_at, updated_at",
            row -> new IncidentTask(uuid(row, "id"), uuid(row, "incident_id"), row.getString("title"),
                    row.getString("detail"),
                    new Scope(uuid(row, "customer_id"), uuid(row, "site_id"), uuid(row, "device_id")),
                    uuid(row, "assignee_id"), word(row, "status", TaskStatus.class),
                    row.getString("blocked_reason"), word(row, "priority", Priority.class), instant(row, "eta"),
                    window(instant(row, "downtime_start"), instant(row, "downtime_end")),
                    instant(row, "created_at"), instant(row, "updated_at")),
            "INSERT INTO task (id, incident_id, title, detail, customer_id, site_id, device_id, assignee_id, "
                    + "status, blocked_reason, priority, eta, downtime_start, downtime_end, created_at, updated_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            t -> new Object[]{t.id(), t.incidentId(), t.title(), t.detail(), t.scope().customerId(),
                    t.scope().siteId(), t.scope().deviceId(), t.assigneeId(), t.status(), t.blockedReason(),
                    t.priority(), t.eta(), t.downtime() == null ? null : t.downtime().start(),
                    t.downtime() == null ? null : t.downtime().end(), t.createdAt(), t.updatedAt()});

    static final Table<Communication> COMMUNICATION = new Table<>("communication",
            "id, incident_id, customer_id, kind, channel, contact, summary, urgency, logged_by, at, "
                    + "callback_due, callback_done_at",
            row -> new Communication(uuid(row, "id"), uuid(row, "incident_id"), uuid(row, "customer_id"),
                    word(row, "kind", CommunicationKind.class), row.getString("channel"),
                    row.getString("contact"), row.getString("summary"), word(row, "urgency", Urgency.class),
                    row.getString("logged_by"), instant(row, "at"), instant(row, "callback_due"),
                    instant(row, "callback_done_at")),
            "INSERT INTO communication (id, incident_id, customer_id, kind, channel, contact, summary, urgency, "
                    + "logged_by, at, callback_due, callback_done_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            c -> new Object[]{c.id(), c.incidentId(), c.customerId(), c.kind(), c.channel(), c.contact(),
                    c.summary(), c.urgency(), c.loggedBy(), c.at(), c.callbackDue(), c.callbackDoneAt()});

    static final Table<Commitment> COMMITMENT = new Table<>("commitment",
            "id, incident_id, customer_id, what, due_at, task_id, state, created_at",
            row -> new Commitment(uuid(row, "id"), uuid(row, "incident_id"), uuid(row, "customer_id"),
                    row.getString("what"), instant(row, "due_at"), uuid(row, "task_id"),
                    word(row, "state", CommitmentState.class), instant(row, "created_at")),
            "INSERT INTO commitment (id, incident_id, customer_id, what, due_at, task_id, state, created_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            c -> new Object[]{c.id(), c.incidentId(), c.customerId(), c.what(), c.dueAt(), c.taskId(), c.state(),
                    c.createdAt()});

    static final Table<DeferredWork> DEFERRED_WORK = new Table<>("deferred_work",
            "id, incident_id, customer_id, what, original_due, revised_due, told_at, told_by",
            row -> new DeferredWork(uuid(row, "id"), uuid(row, "incident_id"), uuid(row, "customer_id"),
                    row.getString("what"), instant(row, "original_due"), instant(row, "revised_due"),
                    instant(row, "told_at"), row.getString("told_by")),
            "INSERT INTO deferred_work (id, incident_id, customer_id, what, original_due, revised_due, told_at, "
                    + "told_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            d -> new Object[]{d.id(), d.incidentId(), d.customerId(), d.what(), d.originalDue(), d.revisedDue(),
                    d.toldAt(), d.toldBy()});

    static final Table<CommitmentRevision> COMMITMENT_REVISION = new Table<>("commitment_revision",
            "commitment_id, previous_due, new_due, revised_at, revised_by",
            row -> new CommitmentRevision(uuid(row, "commitment_id"), instant(row, "previous_due"),
                    instant(row, "new_due"), instant(row, "revised_at"), row.getString("revised_by")),
            "INSERT INTO commitment_revision (commitment_id, previous_due, new_due, revised_at, revised_by) "
                    + "VALUES (?, ?, ?, ?, ?)",
            r -> new Object[]{r.commitmentId(), r.previousDue(), r.newDue(), r.revisedAt(), r.revisedBy()});

    /// A status-update template; `name_key`, the lower-case name that keeps names unique ignoring case, is
    /// worked out by the database.
    static final Table<MessageTemplate> TEMPLATE = new Table<>("message_template",
            "id, name, subject, body, updated_at",
            row -> new MessageTemplate(uuid(row, "id"), row.getString("name"), row.getString("subject"),
                    row.getString("body"), instant(row, "updated_at")),
            "INSERT INTO message_template (id, name, subject, body, updated_at) VALUES (?, ?, ?, ?, ?)",
            t -> new Object[]{t.id(), t.name(), t.subject(), t.body(), t.updatedAt()});

    /// A shift's own row; its members live in [#SHIFT_MEMBER]. Rows read without members.
    static final Table<Shift> SHIFT = new Table<>("shift",
            "id, incident_id, start_at, end_at, lead_id, handover_notes",
            row -> new Shift(uuid(row, "id"), uuid(row, "incident_id"), instant(row, "start_at"),
                    instant(row, "end_at"), uuid(row, "lead_id"), row.getString("handover_notes"), List.of()),
            "INSERT INTO shift (id, incident_id, start_at, end_at, lead_id, handover_notes) "
                    + "VALUES (?, ?, ?, ?, ?, ?)",
            s -> new Object[]{s.id(), s.incidentId(), s.start(), s.end(), s.leadId(), s.handoverNotes()});

    /// One stint of one person on one shift.
    record ShiftMember(UUID shiftId, Shift.Member member) {

        static List<ShiftMember> of(Shift shift) {
            return shift.members().stream().map(member -> new ShiftMember(shift.id(), member)).toList();
        }
    }

    static final Table<ShiftMember> SHIFT_MEMBER = new Table<>("shift_member",
            "shift_id, staff_id, joined_at, left_at",
            row -> new ShiftMember(uuid(row, "shift_id"),
                    new Shift.Member(uuid(row, "staff_id"), instant(row, "joined_at"), instant(row, "left_at"))),
            "INSERT INTO shift_member (shift_id, staff_id, joined_at, left_at) VALUES (?, ?, ?, ?)",
            m -> new Object[]{m.shiftId(), m.member().staffId(), m.member().joinedAt(), m.member().leftAt()});

    private static long cadenceMinutes(Duration cadence) {
        return cadence.toMinutes();
    }

    private static TimeWindow window(Instant start, Instant end) {
        return start == null || end == null ? null : new TimeWindow(start, end);
    }
}
