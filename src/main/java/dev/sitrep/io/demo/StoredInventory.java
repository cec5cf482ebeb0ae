package dev.sitrep.io.demo;

import dev.sitrep.domain.Commitment;
import dev.sitrep.domain.Communication;
import dev.sitrep.domain.Customer;
import dev.sitrep.domain.DeferredWork;
import dev.sitrep.domain.Device;
import dev.sitrep.domain.EntityType;
import dev.sitrep.domain.Impact;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.IncidentTask;
import dev.sitrep.domain.JournalAction;
import dev.sitrep.domain.JournalEntry;
import dev.sitrep.domain.Scope;
import dev.sitrep.domain.Shift;
import dev.sitrep.domain.Site;
import dev.sitrep.domain.Staff;
import dev.sitrep.store.BulkBatch;
import dev.sitrep.store.Store;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/// What a database holds already, and how a generated demo fits in with it: inventory and staff found under
/// the same names are reused (their rows are not written again), and the incident takes the next free code.
final class StoredInventory {

    private static final Pattern CODE = Pattern.compile("INC-(\\d{4})-(\\d+)");

    private final Map<String, UUID> customers;
    private final Map<String, UUID> sites;
    private final Map<String, UUID> devices;
    private final Map<String, UUID> staff;
    private final Map<UUID, String> incidentCodes;

    private StoredInventory(Map<String, UUID> customers, Map<String, UUID> sites, Map<String, UUID> devices,
                            Map<String, UUID> staff, Map<UUID, String> incidentCodes) {
        this.customers = customers;
        this.sites = sites;
        this.devices = devices;
        this.staff = staff;
        this.incidentCodes = incidentCodes;
    }

    static StoredInventory of(Store store) {
        return new StoredInventory(
                index(store.inventory().customers(), Customer::name, Customer::id),
                index(store.inventory().sites(), site -> key(site.customerId(), site.name()), Site::id),
                index(store.inventory().devices(), device -> key(device.siteId(), device.hostname()), Device::id),
                index(store.staff().all(), member -> nameKey(member.name()), Staff::id),
                store.incidents().all().stream().collect(Collectors.toMap(Incident::id, Incident::code)));
    }

    /// `batch` rewritten to join what is stored.
    ///
    /// @throws IllegalStateException when the batch's incident is stored already: the same demo loaded twice
    BulkBatch fit(BulkBatch batch, DemoScenario scenario, int scale, long seed) {
        for (Incident incident : batch.incidents()) {
            String stored = incidentCodes.get(incident.id());
            if (stored != null) {
                throw new IllegalStateException("The " + scenario.commandName() + " demo with seed " + seed
                        + " at scale " + scale + " is loaded already, as " + stored
                        + "; load it with another seed to add another incident.");
            }
        }
        Map<UUID, UUID> reused = reusedIds(batch);
        Map<String, String> codes = newCodes(batch.incidents());
        if (reused.isEmpty() && codes.isEmpty()) {
            return batch;
        }
        return new Rewrite(reused, codes).apply(batch);
    }

    /// Batch ids of rows the store has under the same names, mapped to the stored ids.
    private Map<UUID, UUID> reusedIds(BulkBatch batch) {
        Map<UUID, UUID> reused = new HashMap<>();
        batch.customers().forEach(customer -> reuse(reused, customer.id(), customers.get(customer.name())));
        batch.sites().forEach(site -> reuse(reused, site.id(),
                sites.get(key(reused.getOrDefault(site.customerId(), site.customerId()), site.name()))));
        batch.devices().forEach(device -> reuse(reused, device.id(),
                devices.get(key(reused.getOrDefault(device.siteId(), device.siteId()), device.hostname()))));
        batch.staff().forEach(member -> reuse(reused, member.id(), staff.get(nameKey(member.name()))));
        return reused;
    }

    private static void reuse(Map<UUID, UUID> reused, UUID batchId, UUID storedId) {
        if (storedId != null) {
            reused.put(batchId, storedId);
        }
    }

    /// New codes for incidents whose code is taken: the next free number of the same year.
    private Map<String, String> newCodes(List<Incident> incidents) {
        Set<String> taken = new HashSet<>(incidentCodes.values());
        Map<String, String> codes = new HashMap<>();
        for (Incident incident : incidents) {
            Matcher code = CODE.matcher(incident.code());
            if (!taken.contains(incident.code()) || !code.matches()) {
                continue;
            }
            String year = code.group(1);
            int highest = taken.stream().map(CODE::matcher).filter(Matcher::matches)
                    .filter(other -> other.group(1).equals(year))
                    .mapToInt(other -> Integer.parseInt(other.group(2))).max().orElse(0);
            String fresh = String.format("INC-%s-%04d", year, highest + 1);
            codes.put(incident.code(), fresh);
            taken.add(fresh);
        }
        return codes;
    }

    private static String key(UUID parent, String name) {
        return parent + "\n" + name;
    }

    private static String nameKey(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static <T> Map<String, UUID> index(Collection<T> rows, Function<T, String> key, Function<T, UUID> id) {
        Map<String, UUID> index = new LinkedHashMap<>();
        rows.forEach(row -> index.put(key.apply(row), id.apply(row)));
        return index;
    }

    /// Rewrites every reference in a batch: reused rows are left out, their ids replaced by the stored ones.
    private record Rewrite(Map<UUID, UUID> ids, Map<String, String> codes) {

        BulkBatch apply(BulkBatch batch) {
            return new BulkBatch(
                    batch.customers().stream().filter(this::isNew).toList(),
                    batch.sites().stream().filter(this::isNew)
                            .map(s -> new Site(s.id(), id(s.customerId()), s.name(), s.city(), s.timeZone())).toList(),
                    batch.devices().stream().filter(this::isNew)
                            .map(d -> new Device(d.id(), id(d.siteId()), d.hostname(), d.kind(), d.product(),
                                    d.version(), d.criticality(), d.notes())).toList(),
                    batch.staff().stream().filter(this::isNew).toList(),
                    batch.incidents().stream().map(this::incident).toList(),
                    batch.impacts().stream().map(i -> new Impact(i.incidentId(), id(i.deviceId()), i.status(),
                            id(i.engineerId()), i.note(), i.changedAt())).toList(),
                    batch.tasks().stream().map(this::task).toList(),
                    batch.communications().stream().map(this::communication).toList(),
                    batch.commitments().stream().map(c -> new Commitment(c.id(), c.incidentId(), id(c.customerId()),
                            c.what(), c.dueAt(), c.taskId(), c.state(), c.createdAt())).toList(),
                    batch.deferredWork().stream().map(w -> new DeferredWork(w.id(), w.incidentId(),
                            id(w.customerId()), w.what(), w.originalDue(), w.revisedDue(), w.toldAt(), w.toldBy()))
                            .toList(),
                    batch.shifts().stream().map(this::shift).toList(),
                    batch.journal().stream().filter(this::keeps).map(this::entry).toList());
        }

        private boolean isNew(Customer customer) {
            return !ids.containsKey(customer.id());
        }

        private boolean isNew(Site site) {
            return !ids.containsKey(site.id());
        }

        private boolean isNew(Device device) {
            return !ids.containsKey(device.id());
        }

        private boolean isNew(Staff member) {
            return !ids.containsKey(member.id());
        }

        private UUID id(UUID id) {
            return id == null ? null : ids.getOrDefault(id, id);
        }

        private Incident incident(Incident i) {
            return new Incident(i.id(), codes.getOrDefault(i.code(), i.code()), i.title(), i.kind(), i.severity(),
                    i.phase(), i.declaredAt(), i.resolvedAt(), id(i.commanderId()), i.summary(), i.updateCadence());
        }

        private IncidentTask task(IncidentTask t) {
            Scope s = t.scope();
            return new IncidentTask(t.id(), t.incidentId(), t.title(), t.detail(),
                    new Scope(id(s.customerId()), id(s.siteId()), id(s.deviceId())), id(t.assigneeId()), t.status(),
                    t.blockedReason(), t.priority(), t.eta(), t.downtime(), t.createdAt(), t.updatedAt());
        }

        private Communication communication(Communication c) {
            return new Communication(c.id(), c.incidentId(), id(c.customerId()), c.kind(), c.channel(), c.contact(),
                    c.summary(), c.urgency(), c.loggedBy(), c.at(), c.callbackDue(), c.callbackDoneAt());
        }

        private Shift shift(Shift s) {
            return new Shift(s.id(), s.incidentId(), s.start(), s.end(), id(s.leadId()), s.handoverNotes(),
                    s.members().stream().map(m -> new Shift.Member(id(m.staffId()), m.joinedAt(), m.leftAt()))
                            .toList());
        }

        /// The stored rows were journaled when they were written; their creation is not journaled again.
        private boolean keeps(JournalEntry entry) {
            boolean creation = entry.action() == JournalAction.CREATED || entry.action() == JournalAction.IMPORTED;
            return !(creation && isInventory(entry.entity()) && ids.containsKey(UUID.fromString(entry.entityId())));
        }

        private JournalEntry entry(JournalEntry e) {
            String entityId = switch (e.entity()) {
                case IMPACT -> {
                    String[] parts = e.entityId().split("/");
                    yield parts[0] + "/" + id(UUID.fromString(parts[1]));
                }
                case CUSTOMER, SITE, DEVICE, STAFF -> id(UUID.fromString(e.entityId())).toString();
                default -> e.entityId();
            };
            Map<String, String> details = e.details();
            if (e.entity() == EntityType.INCIDENT && codes.containsKey(e.detail("name"))) {
                details = new LinkedHashMap<>(details);
                details.put("name", codes.get(e.detail("name")));
            }
            return new JournalEntry(e.id(), e.seq(), e.at(), e.actor(), e.incidentId(), e.entity(), entityId, e.action(),
                    details);
        }

        private static boolean isInventory(EntityType entity) {
            return entity == EntityType.CUSTOMER || entity == EntityType.SITE || entity == EntityType.DEVICE
                    || entity == EntityType.STAFF;
        }
    }
}
