package dev.sitrep.io.snapshot;

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
import dev.sitrep.domain.EntityType;
import dev.sitrep.domain.Impact;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.IncidentKind;
import dev.sitrep.domain.IncidentTask;
import dev.sitrep.domain.JournalAction;
import dev.sitrep.domain.JournalEntry;
import dev.sitrep.domain.MessageTemplate;
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
import dev.sitrep.store.CommitmentRevision;
import dev.sitrep.store.SnapshotSection;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

import static dev.sitrep.io.snapshot.RowCheck.nonBlank;
import static dev.sitrep.io.snapshot.RowCheck.range;
import static dev.sitrep.io.snapshot.RowCheck.required;
import static dev.sitrep.io.snapshot.RowCheck.rule;
import static dev.sitrep.io.snapshot.RowCheck.text;
import static dev.sitrep.io.snapshot.RowCheck.word;

/// The rows of a snapshot file as they are written and read: one record per section, with the file's field
/// names, enums as their lower-case words and text limited to what the database holds.
///
/// These records are the file format; the domain records may change without changing it. Each converts
/// from its domain record, and back with every check a file from elsewhere needs ([RowCheck]).
final class SnapshotRows {

    /// A section's row type and its two conversions.
    record Mapping<T, R extends Row<T>>(SnapshotSection<T> section, Class<R> rowType, Function<T, R> fromDomain) {
    }

    /// A row of the file that becomes a domain record once its checks pass.
    interface Row<T> {
        T toDomain();
    }

    static final List<Mapping<?, ?>> ALL = List.of(
            new Mapping<>(SnapshotSection.CUSTOMERS, CustomerRow.class, CustomerRow::of),
            new Mapping<>(SnapshotSection.SITES, SiteRow.class, SiteRow::of),
            new Mapping<>(SnapshotSection.DEVICES, DeviceRow.class, DeviceRow::of),
            new Mapping<>(SnapshotSection.STAFF, StaffRow.class, StaffRow::of),
            new Mapping<>(SnapshotSection.TEMPLATES, TemplateRow.class, TemplateRow::of),
            new Mapping<>(SnapshotSection.INCIDENTS, IncidentRow.class, IncidentRow::of),
            new Mapping<>(SnapshotSection.IMPACTS, ImpactRow.class, ImpactRow::of),
            new Mapping<>(SnapshotSection.TASKS, TaskRow.class, TaskRow::of),
            new Mapping<>(SnapshotSection.COMMUNICATIONS, CommunicationRow.class, CommunicationRow::of),
            new Mapping<>(SnapshotSection.COMMITMENTS, CommitmentRow.class, CommitmentRow::of),
            new Mapping<>(SnapshotSection.COMMITMENT_REVISIONS, RevisionRow.class, RevisionRow::of),
            new Mapping<>(SnapshotSection.DEFERRED_WORK, DeferredWorkRow.class, DeferredWorkRow::of),
            new Mapping<>(SnapshotSection.SHIFTS, ShiftRow.class, ShiftRow::of),
            new Mapping<>(SnapshotSection.JOURNAL, JournalRow.class, JournalRow::of));

    @SuppressWarnings("unchecked")
    static <T> Mapping<T, ?> of(SnapshotSection<T> section) {
        return (Mapping<T, ?>) ALL.stream().filter(mapping -> mapping.section() == section).findFirst()
                .orElseThrow();
    }

    private SnapshotRows() {
    }

    // Lengths of the database's text columns.
    private static final int NAME = 200;
    private static final int SHORT = 100;
    private static final int NOTE = 2_000;
    private static final int LONG = 20_000;

    record ContactRow(String name, String phone, String email) {

        static ContactRow of(Contact contact) {
            return new ContactRow(contact.name(), contact.phone(), contact.email());
        }

        Contact toDomain() {
            return new Contact(text("contact/name", name, NAME), text("contact/phone", phone, SHORT),
                    text("contact/email", email, 320));
        }
    }

    record CustomerRow(UUID id, String name, String slaTier, String tam, ContactRow contact, String notes)
            implements Row<Customer> {

        static CustomerRow of(Customer c) {
            return new CustomerRow(c.id(), c.name(), c.slaTier().wire(), c.tam(), ContactRow.of(c.primaryContact()),
                    c.notes());
        }

        @Override
        public Customer toDomain() {
            return new Customer(required("id", id), nonBlank("name", name, NAME), word("slaTier", slaTier, SlaTier.class),
                    text("tam", tam, NAME), contact == null ? Contact.NONE : contact.toDomain(),
                    text("notes", notes, LONG));
        }
    }

    record SiteRow(UUID id, UUID customerId, String name, String city, String timeZone) implements Row<Site> {

        static SiteRow of(Site s) {
            return new SiteRow(s.id(), s.customerId(), s.name(), s.city(), s.timeZone().getId());
        }

        @Override
        public Site toDomain() {
            return new Site(required("id", id), required("customerId", customerId), nonBlank("name", name, NAME),
                    text("city", city, NAME), RowCheck.zone("timeZone", timeZone));
        }
    }

    record DeviceRow(UUID id, UUID siteId, String hostname, String kind, String product, String version,
                     Integer criticality, String notes) implements Row<Device> {

        static DeviceRow of(Device d) {
            return new DeviceRow(d.id(), d.siteId(), d.hostname(), d.kind().wire(), d.product(), d.version(),
                    d.criticality(), d.notes());
        }

        @Override
        public Device toDomain() {
            return new Device(required("id", id), required("siteId", siteId), nonBlank("hostname", hostname, 255),
                    word("kind", kind, DeviceKind.class), text("product", product, NAME),
                    text("version", version, SHORT), range("criticality", criticality, 1, 3),
                    text("notes", notes, LONG));
        }
    }

    record StaffRow(UUID id, String name, String role, String phone, String skills) implements Row<Staff> {

        static StaffRow of(Staff s) {
            return new StaffRow(s.id(), s.name(), s.role().wire(), s.phone(), s.skills());
        }

        @Override
        public Staff toDomain() {
            return new Staff(required("id", id), nonBlank("name", name, NAME), word("role", role, StaffRole.class),
                    text("phone", phone, SHORT), text("skills", skills, NOTE));
        }
    }

    record TemplateRow(UUID id, String name, String subject, String body, Instant updatedAt)
            implements Row<MessageTemplate> {

        static TemplateRow of(MessageTemplate t) {
            return new TemplateRow(t.id(), t.name(), t.subject(), t.body(), t.updatedAt());
        }

        @Override
        public MessageTemplate toDomain() {
            return new MessageTemplate(required("id", id), nonBlank("name", name, MessageTemplate.NAME_LENGTH),
                    text("subject", subject, MessageTemplate.SUBJECT_LENGTH),
                    text("body", body, MessageTemplate.BODY_LENGTH), required("updatedAt", updatedAt));
        }
    }

    record IncidentRow(UUID id, String code, String title, String kind, String severity, String phase,
                       Instant declaredAt, Instant resolvedAt, UUID commanderId, String summary,
                       Integer updateCadenceMinutes) implements Row<Incident> {

        static IncidentRow of(Incident i) {
            return new IncidentRow(i.id(), i.code(), i.title(), i.kind().wire(), i.severity().wire(),
                    i.phase().wire(), i.declaredAt(), i.resolvedAt(), i.commanderId(), i.summary(),
                    Math.toIntExact(i.updateCadence().toMinutes()));
        }

        @Override
        public Incident toDomain() {
            Phase phaseWord = word("phase", phase, Phase.class);
            rule((phaseWord == Phase.RESOLVED) == (resolvedAt != null), "resolvedAt",
                    phaseWord == Phase.RESOLVED ? "is missing: a resolved incident says when it was resolved."
                            : "is given, but only a resolved incident has one.");
            return new Incident(required("id", id), nonBlank("code", code, 32), nonBlank("title", title, NAME),
                    word("kind", kind, IncidentKind.class), word("severity", severity, Severity.class), phaseWord,
                    required("declaredAt", declaredAt), resolvedAt, commanderId, text("summary", summary, LONG),
                    Duration.ofMinutes(range("updateCadenceMinutes", updateCadenceMinutes, 1, 10_080)));
        }
    }

    record ImpactRow(UUID incidentId, UUID deviceId, String status, UUID engineerId, String note,
                     Instant changedAt) implements Row<Impact> {

        static ImpactRow of(Impact i) {
            return new ImpactRow(i.incidentId(), i.deviceId(), i.status().wire(), i.engineerId(), i.note(),
                    i.changedAt());
        }

        @Override
        public Impact toDomain() {
            return new Impact(required("incidentId", incidentId), required("deviceId", deviceId),
                    word("status", status, DeviceStatus.class), engineerId, text("note", note, NOTE),
                    required("changedAt", changedAt));
        }
    }

    record WindowRow(Instant start, Instant end) {

        static WindowRow of(TimeWindow window) {
            return window == null ? null : new WindowRow(window.start(), window.end());
        }

        TimeWindow toDomain(String field) {
            required(field + "/start", start);
            required(field + "/end", end);
            rule(end.isAfter(start), field + "/end", "must come after the start.");
            return new TimeWindow(start, end);
        }
    }

    record TaskRow(UUID id, UUID incidentId, String title, String detail, UUID customerId, UUID siteId,
                   UUID deviceId, UUID assigneeId, String status, String blockedReason, String priority, Instant eta,
                   WindowRow downtime, Instant createdAt, Instant updatedAt) implements Row<IncidentTask> {

        static TaskRow of(IncidentTask t) {
            return new TaskRow(t.id(), t.incidentId(), t.title(), t.detail(), t.scope().customerId(),
                    t.scope().siteId(), t.scope().deviceId(), t.assigneeId(), t.status().wire(), t.blockedReason(),
                    t.priority().wire(), t.eta(), WindowRow.of(t.downtime()), t.createdAt(), t.updatedAt());
        }

        @Override
        public IncidentTask toDomain() {
            rule(deviceId == null || siteId != null, "siteId", "is missing: a task on a device names its site.");
            rule(siteId == null || customerId != null, "customerId",
                    "is missing: a task at a site names its customer.");
            return new IncidentTask(required("id", id), required("incidentId", incidentId),
                    nonBlank("title", title, 300), text("detail", detail, LONG), new Scope(customerId, siteId, deviceId),
                    assigneeId, word("status", status, TaskStatus.class), text("blockedReason", blockedReason, NOTE),
                    word("priority", priority, Priority.class), eta,
                    downtime == null ? null : downtime.toDomain("downtime"), required("createdAt", createdAt),
                    required("updatedAt", updatedAt));
        }
    }

    record CommunicationRow(UUID id, UUID incidentId, UUID customerId, String kind, String channel, String contact,
                            String summary, String urgency, String loggedBy, Instant at, Instant callbackDue,
                            Instant callbackDoneAt) implements Row<Communication> {

        static CommunicationRow of(Communication c) {
            return new CommunicationRow(c.id(), c.incidentId(), c.customerId(), c.kind().wire(), c.channel(),
                    c.contact(), c.summary(), c.urgency().wire(), c.loggedBy(), c.at(), c.callbackDue(),
                    c.callbackDoneAt());
        }

        @Override
        public Communication toDomain() {
            return new Communication(required("id", id), required("incidentId", incidentId), customerId,
                    word("kind", kind, CommunicationKind.class), text("channel", channel, SHORT),
                    text("contact", contact, NAME), text("summary", summary, LONG),
                    word("urgency", urgency, Urgency.class), text("loggedBy", loggedBy, NAME), required("at", at),
                    callbackDue, callbackDoneAt);
        }
    }

    record CommitmentRow(UUID id, UUID incidentId, UUID customerId, String what, Instant dueAt, UUID taskId,
                         String state, Instant createdAt) implements Row<Commitment> {

        static CommitmentRow of(Commitment c) {
            return new CommitmentRow(c.id(), c.incidentId(), c.customerId(), c.what(), c.dueAt(), c.taskId(),
                    c.state().wire(), c.createdAt());
        }

        @Override
        public Commitment toDomain() {
            return new Commitment(required("id", id), required("incidentId", incidentId),
                    required("customerId", customerId), text("what", required("what", what), NOTE),
                    required("dueAt", dueAt), taskId, word("state", state, CommitmentState.class),
                    required("createdAt", createdAt));
        }
    }

    record RevisionRow(UUID commitmentId, Instant previousDue, Instant newDue, Instant revisedAt, String revisedBy)
            implements Row<CommitmentRevision> {

        static RevisionRow of(CommitmentRevision r) {
            return new RevisionRow(r.commitmentId(), r.previousDue(), r.newDue(), r.revisedAt(), r.revisedBy());
        }

        @Override
        public CommitmentRevision toDomain() {
            return new CommitmentRevision(required("commitmentId", commitmentId),
                    required("previousDue", previousDue), required("newDue", newDue),
                    required("revisedAt", revisedAt), text("revisedBy", required("revisedBy", revisedBy), NAME));
        }
    }

    record DeferredWorkRow(UUID id, UUID incidentId, UUID customerId, String what, Instant originalDue,
                           Instant revisedDue, Instant toldAt, String toldBy) implements Row<DeferredWork> {

        static DeferredWorkRow of(DeferredWork d) {
            return new DeferredWorkRow(d.id(), d.incidentId(), d.customerId(), d.what(), d.originalDue(),
                    d.revisedDue(), d.toldAt(), d.toldBy());
        }

        @Override
        public DeferredWork toDomain() {
            return new DeferredWork(required("id", id), required("incidentId", incidentId),
                    required("customerId", customerId), text("what", required("what", what), NOTE),
                    required("originalDue", originalDue), revisedDue, toldAt, text("toldBy", toldBy, NAME));
        }
    }

    record MemberRow(UUID staffId, Instant joinedAt, Instant leftAt) {

        static MemberRow of(Shift.Member member) {
            return new MemberRow(member.staffId(), member.joinedAt(), member.leftAt());
        }
    }

    record ShiftRow(UUID id, UUID incidentId, Instant start, Instant end, UUID leadId, String handoverNotes,
                    List<MemberRow> members) implements Row<Shift> {

        static ShiftRow of(Shift s) {
            return new ShiftRow(s.id(), s.incidentId(), s.start(), s.end(), s.leadId(), s.handoverNotes(),
                    s.members().stream().map(MemberRow::of).toList());
        }

        @Override
        public Shift toDomain() {
            required("start", start);
            rule(end == null || !end.isBefore(start), "end", "comes before the start.");
            List<MemberRow> rows = Objects.requireNonNullElse(members, List.of());
            rule(rows.size() <= 10_000, "members", "holds " + rows.size() + " people; at most 10000 fit a shift.");
            for (int i = 0; i < rows.size(); i++) {
                MemberRow member = rows.get(i);
                String field = "members/" + i;
                rule(member != null, field, "is empty.");
                required(field + "/staffId", member.staffId());
                required(field + "/joinedAt", member.joinedAt());
                rule(member.leftAt() == null || !member.leftAt().isBefore(member.joinedAt()), field + "/leftAt",
                        "comes before the time they joined.");
            }
            return new Shift(required("id", id), required("incidentId", incidentId), start, end, leadId,
                    text("handoverNotes", handoverNotes, LONG), rows.stream()
                    .map(m -> new Shift.Member(m.staffId(), m.joinedAt(), m.leftAt())).toList());
        }
    }

    record JournalRow(UUID id, Instant at, String actor, UUID incidentId, String entity, String entityId,
                      String action, Map<String, String> details) implements Row<JournalEntry> {

        static JournalRow of(JournalEntry e) {
            // Sorted, so the same entry always reads the same.
            return new JournalRow(e.id(), e.at(), e.actor(), e.incidentId(), e.entity().wire(), e.entityId(),
                    e.action().wire(), new TreeMap<>(e.details()));
        }

        @Override
        public JournalEntry toDomain() {
            Map<String, String> values = Objects.requireNonNullElse(details, Map.of());
            int size = 0;
            for (Map.Entry<String, String> detail : values.entrySet()) {
                rule(detail.getValue() != null, "details/" + detail.getKey(), "is null; details are text.");
                size += detail.getKey().length() + detail.getValue().length() + 6;
            }
            rule(size <= 90_000, "details", "are " + size + " characters long; at most 90000 fit.");
            JournalAction actionWord = word("action", action, JournalAction.class);
            return new JournalEntry(required("id", id), 0, required("at", at), text("actor", actor, NAME),
                    incidentId, word("entity", entity, EntityType.class), nonBlank("entityId", entityId, SHORT),
                    actionWord, values);
        }
    }
}
