package dev.sitrep.store;

import dev.sitrep.domain.Commitment;
import dev.sitrep.domain.Communication;
import dev.sitrep.domain.Customer;
import dev.sitrep.domain.DeferredWork;
import dev.sitrep.domain.Device;
import dev.sitrep.domain.EntityType;
import dev.sitrep.domain.Impact;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.IncidentTask;
import dev.sitrep.domain.JournalEntry;
import dev.sitrep.domain.MessageTemplate;
import dev.sitrep.domain.Shift;
import dev.sitrep.domain.Site;
import dev.sitrep.domain.Staff;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/// One collection of a snapshot: which records it holds, in which order they are read and written, what
/// they refer to, and how they are journaled.
///
/// The sections come in dependency order ([#ALL]): every reference points to a section before it, so a
/// snapshot can be written, and read back, one row at a time.
public final class SnapshotSection<T> {

    private final String name;
    private final Class<T> type;
    private final Table<T> table;
    private final String key;
    private final Function<T, List<Object>> identity;
    private final String order;
    private final String incidentScope;
    private final EntityType entity;
    private final Function<T, String> entityId;
    private final Function<T, UUID> incidentId;
    private final Function<T, String> label;
    private final Function<T, Object> naturalKey;
    private final List<Reference<T>> references;

    /// @param key           the columns that identify a row, for lookups and upserts
    /// @param identity      the values of those columns for a row
    /// @param order         the columns rows are read in, so two exports of the same data are identical
    /// @param incidentScope the `WHERE` condition for the rows one incident touches
    /// @param label         how a journal entry names the row
    /// @param naturalKey    what must be unique besides the key (a customer's name), or `null`
    private SnapshotSection(String name, Class<T> type, Table<T> table, String key,
                            Function<T, List<Object>> identity, String order,
                            String incidentScope, EntityType entity, Function<T, String> entityId,
                            Function<T, UUID> incidentId, Function<T, String> label,
                            Function<T, Object> naturalKey, List<Reference<T>> references) {
        this.name = name;
        this.type = type;
        this.table = table;
        this.key = key;
        this.identity = identity;
        this.order = order;
        this.incidentScope = incidentScope;
        this.entity = entity;
        this.entityId = entityId;
        this.incidentId = incidentId;
        this.label = label;
        this.naturalKey = naturalKey;
        this.references = references;
    }

    /// The collection's name in a snapshot file.
    public String name() {
        return name;
    }

    /// The domain record the section holds.
    public Class<T> type() {
        return type;
    }

    Table<T> table() {
        return table;
    }

    String key() {
        return key;
    }

    List<Object> identity(T row) {
        return identity.apply(row);
    }

    String order() {
        return order;
    }

    String incidentScope() {
        return incidentScope;
    }

    /// What journal entries about a row are about; `null` for rows that are not journaled on their own.
    EntityType entity() {
        return entity;
    }

    String entityId(T row) {
        return entityId.apply(row);
    }

    UUID incidentId(T row) {
        return incidentId.apply(row);
    }

    String label(T row) {
        return label.apply(row);
    }

    boolean hasNaturalKey() {
        return naturalKey != null;
    }

    /// What must be unique besides the key, or `null` when nothing else is.
    Object naturalKey(T row) {
        return naturalKey == null ? null : naturalKey.apply(row);
    }

    List<Reference<T>> references() {
        return references;
    }

    /// A field that names a row of an earlier section; `null` values are allowed where the schema allows.
    record Reference<T>(String field, SnapshotSection<?> target, Function<T, List<UUID>> ids) {

        static <T> Reference<T> to(String field, SnapshotSection<?> target, Function<T, UUID> id) {
            return new Reference<>(field, target, row -> {
                UUID value = id.apply(row);
                return value == null ? List.of() : List.of(value);
            });
        }
    }

    // The rows one incident touches; every `?` is the incident's id. Each IN holds an uncorrelated
    // subquery, which H2 evaluates once: a UNION inside IN made it evaluate the union once per row.
    private static final String DEVICES_OF_INCIDENT = "id IN (SELECT device_id FROM impact WHERE incident_id = ?) "
            + "OR id IN (SELECT device_id FROM task WHERE incident_id = ?)";
    private static final String SITES_OF_INCIDENT = "id IN (SELECT d.site_id FROM impact x JOIN device d "
            + "ON d.id = x.device_id WHERE x.incident_id = ?) OR id IN (SELECT site_id FROM task WHERE incident_id = ?)";
    private static final String CUSTOMERS_OF_INCIDENT = "id IN (SELECT s.customer_id FROM impact x "
            + "JOIN device d ON d.id = x.device_id JOIN site s ON s.id = d.site_id WHERE x.incident_id = ?) "
            + "OR id IN (SELECT customer_id FROM task WHERE incident_id = ?) "
            + "OR id IN (SELECT customer_id FROM communication WHERE incident_id = ?) "
            + "OR id IN (SELECT customer_id FROM commitment WHERE incident_id = ?) "
            + "OR id IN (SELECT customer_id FROM deferred_work WHERE incident_id = ?)";
    private static final String STAFF_OF_INCIDENT = "id IN (SELECT commander_id FROM incident WHERE id = ?) "
            + "OR id IN (SELECT engineer_id FROM impact WHERE incident_id = ?) "
            + "OR id IN (SELECT assignee_id FROM task WHERE incident_id = ?) "
            + "OR id IN (SELECT lead_id FROM shift WHERE incident_id = ?) "
            + "OR id IN (SELECT m.staff_id FROM shift_member m JOIN shift s ON s.id = m.shift_id "
            + "WHERE s.incident_id = ?)";

    public static final SnapshotSection<Customer> CUSTOMERS = new SnapshotSection<>("customers", Customer.class,
            Tables.CUSTOMER, "id", byId(Customer::id), "name", CUSTOMERS_OF_INCIDENT, EntityType.CUSTOMER,
            c -> c.id().toString(), _ -> null, Customer::name, Customer::name, List.of());

    public static final SnapshotSection<Site> SITES = new SnapshotSection<>("sites", Site.class,
            Tables.SITE, "id", byId(Site::id), "customer_id, name", SITES_OF_INCIDENT, EntityType.SITE,
            s -> s.id().toString(), _ -> null, Site::name, s -> List.of(s.customerId(), s.name()),
            List.of(Reference.to("customerId", CUSTOMERS, Site::customerId)));

    public static final SnapshotSection<Device> DEVICES = new SnapshotSection<>("devices", Device.class,
            Tables.DEVICE, "id", byId(Device::id), "site_id, hostname", DEVICES_OF_INCIDENT, EntityType.DEVICE,
            d -> d.id().toString(), _ -> null, Device::hostname, d -> List.of(d.siteId(), d.hostname()),
            List.of(Reference.to("siteId", SITES, Device::siteId)));

    public static final SnapshotSection<Staff> STAFF = new SnapshotSection<>("staff", Staff.class,
            Tables.STAFF, "id", byId(Staff::id), "name_key", STAFF_OF_INCIDENT, EntityType.STAFF,
            s -> s.id().toString(), _ -> null, Staff::name, s -> s.name().toLowerCase(Locale.ROOT), List.of());

    /// Templates belong to no incident, so an incident's snapshot holds none.
    public static final SnapshotSection<MessageTemplate> TEMPLATES = new SnapshotSection<>("templates",
            MessageTemplate.class, Tables.TEMPLATE, "id", byId(MessageTemplate::id), "name_key, id", "FALSE",
            EntityType.TEMPLATE, t -> t.id().toString(), _ -> null, MessageTemplate::name,
            t -> t.name().toLowerCase(Locale.ROOT), List.of());

    public static final SnapshotSection<Incident> INCIDENTS = new SnapshotSection<>("incidents", Incident.class,
            Tables.INCIDENT, "id", byId(Incident::id), "declared_at, code", "id = ?", EntityType.INCIDENT,
            i -> i.id().toString(), Incident::id, Incident::code, Incident::code,
            List.of(Reference.to("commanderId", STAFF, Incident::commanderId)));

    public static final SnapshotSection<Impact> IMPACTS = new SnapshotSection<>("impacts", Impact.class,
            Tables.IMPACT, "incident_id, device_id",
            i -> List.of(i.incidentId(), i.deviceId()), "incident_id, device_id", "incident_id = ?", EntityType.IMPACT,
            i -> i.incidentId() + "/" + i.deviceId(), Impact::incidentId, _ -> "", null,
            List.of(Reference.to("incidentId", INCIDENTS, Impact::incidentId),
                    Reference.to("deviceId", DEVICES, Impact::deviceId),
                    Reference.to("engineerId", STAFF, Impact::engineerId)));

    public static final SnapshotSection<IncidentTask> TASKS = new SnapshotSection<>("tasks", IncidentTask.class,
            Tables.TASK, "id", byId(IncidentTask::id), "incident_id, created_at, id", "incident_id = ?", EntityType.TASK,
            t -> t.id().toString(), IncidentTask::incidentId, IncidentTask::title, null,
            List.of(Reference.to("incidentId", INCIDENTS, IncidentTask::incidentId),
                    Reference.to("customerId", CUSTOMERS, t -> t.scope().customerId()),
                    Reference.to("siteId", SITES, t -> t.scope().siteId()),
                    Reference.to("deviceId", DEVICES, t -> t.scope().deviceId()),
                    Reference.to("assigneeId", STAFF, IncidentTask::assigneeId)));

    public static final SnapshotSection<Communication> COMMUNICATIONS = new SnapshotSection<>("communications",
            Communication.class, Tables.COMMUNICATION, "id", byId(Communication::id), "incident_id, at, id", "incident_id = ?",
            EntityType.COMMUNICATION, c -> c.id().toString(), Communication::incidentId, Communication::summary,
            null,
            List.of(Reference.to("incidentId", INCIDENTS, Communication::incidentId),
                    Reference.to("customerId", CUSTOMERS, Communication::customerId)));

    public static final SnapshotSection<Commitment> COMMITMENTS = new SnapshotSection<>("commitments",
            Commitment.class, Tables.COMMITMENT, "id", byId(Commitment::id), "incident_id, created_at, id", "incident_id = ?",
            EntityType.COMMITMENT, c -> c.id().toString(), Commitment::incidentId, Commitment::what, null,
            List.of(Reference.to("incidentId", INCIDENTS, Commitment::incidentId),
                    Reference.to("customerId", CUSTOMERS, Commitment::customerId),
                    Reference.to("taskId", TASKS, Commitment::taskId)));

    /// Revisions have no id of their own: a commitment's due time, changed at a moment, is one revision. They
    /// are part of their commitment's history and not journaled apart from it.
    public static final SnapshotSection<CommitmentRevision> COMMITMENT_REVISIONS = new SnapshotSection<>(
            "commitmentRevisions", CommitmentRevision.class, Tables.COMMITMENT_REVISION,
            "commitment_id, revised_at, new_due", r -> List.of(r.commitmentId(), r.revisedAt(), r.newDue()),
            "commitment_id, revised_at, new_due",
            "commitment_id IN (SELECT id FROM commitment WHERE incident_id = ?)", null,
            r -> r.commitmentId().toString(), _ -> null, _ -> "", null,
            List.of(Reference.to("commitmentId", COMMITMENTS, CommitmentRevision::commitmentId)));

    public static final SnapshotSection<DeferredWork> DEFERRED_WORK = new SnapshotSection<>("deferredWork",
            DeferredWork.class, Tables.DEFERRED_WORK, "id", byId(DeferredWork::id), "incident_id, original_due, id", "incident_id = ?",
            EntityType.DEFERRED_WORK, d -> d.id().toString(), DeferredWork::incidentId, DeferredWork::what,
            null,
            List.of(Reference.to("incidentId", INCIDENTS, DeferredWork::incidentId),
                    Reference.to("customerId", CUSTOMERS, DeferredWork::customerId)));

    /// Shifts carry their members; [Tables#SHIFT] reads the shift's own row only.
    public static final SnapshotSection<Shift> SHIFTS = new SnapshotSection<>("shifts", Shift.class,
            Tables.SHIFT, "id", byId(Shift::id), "incident_id, start_at, id", "incident_id = ?", EntityType.SHIFT,
            s -> s.id().toString(), Shift::incidentId, _ -> "", null,
            List.of(Reference.to("incidentId", INCIDENTS, Shift::incidentId),
                    Reference.to("leadId", STAFF, Shift::leadId),
                    new Reference<>("members/staffId", STAFF,
                            s -> s.members().stream().map(Shift.Member::staffId).toList())));

    /// The journal is written through the transaction, which numbers its entries; `table` is unused.
    public static final SnapshotSection<JournalEntry> JOURNAL = new SnapshotSection<>("journal", JournalEntry.class,
            null, "id", byId(JournalEntry::id), "seq", "incident_id = ?", null, e -> e.id().toString(), JournalEntry::incidentId,
            _ -> "", null, List.of(Reference.to("incidentId", INCIDENTS, JournalEntry::incidentId)));

    /// Every section, each after the ones it refers to.
    public static final List<SnapshotSection<?>> ALL = List.of(CUSTOMERS, SITES, DEVICES, STAFF, TEMPLATES, INCIDENTS,
            IMPACTS, TASKS, COMMUNICATIONS, COMMITMENTS, COMMITMENT_REVISIONS, DEFERRED_WORK, SHIFTS, JOURNAL);

    /// The section called `name` in a snapshot file.
    public static Optional<SnapshotSection<?>> named(String name) {
        return ALL.stream().filter(section -> section.name.equals(name)).findFirst();
    }

    private static <T> Function<T, List<Object>> byId(Function<T, UUID> id) {
        return row -> List.of(id.apply(row));
    }

    /// Number of `?` in [#incidentScope]: each is bound to the incident's id.
    int scopeParameters() {
        return (int) incidentScope.chars().filter(c -> c == '?').count();
    }

    @Override
    public String toString() {
        return name;
    }
}
