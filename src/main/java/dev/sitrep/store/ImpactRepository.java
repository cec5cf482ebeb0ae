package dev.sitrep.store;

import dev.sitrep.domain.DeviceStatus;
import dev.sitrep.domain.EntityType;
import dev.sitrep.domain.Impact;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.JournalAction;
import dev.sitrep.domain.Operator;
import dev.sitrep.domain.Text;
import dev.sitrep.store.Lookups.DevicePlace;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static dev.sitrep.store.StoreException.rejected;

/// Which devices an incident affects, and how each stands.
///
/// Journal entries about an impact use the id `<incidentId>/<deviceId>` and name the device, its site and
/// its customer as they were at the time.
public final class ImpactRepository {

    private static final String UPDATE_STATUS =
            "UPDATE impact SET status = ?, note = ?, changed_at = ? WHERE incident_id = ? AND device_id = ?";
    private static final String UPDATE_ENGINEER =
            "UPDATE impact SET engineer_id = ?, changed_at = ? WHERE incident_id = ? AND device_id = ?";

    private final Transactions transactions;

    ImpactRepository(Transactions transactions) {
        this.transactions = transactions;
    }

    /// The incident's impacts, by customer, site and hostname.
    public List<Impact> forIncident(UUID incidentId) {
        return transactions.read(c -> Sql.list(c, "SELECT i.incident_id, i.device_id, i.status, i.engineer_id, "
                        + "i.note, i.changed_at FROM impact i JOIN device d ON d.id = i.device_id "
                        + "JOIN site s ON s.id = d.site_id JOIN customer c ON c.id = s.customer_id "
                        + "WHERE i.incident_id = ? ORDER BY c.name, s.name, d.hostname, d.id",
                Tables.IMPACT.mapper(), incidentId));
    }

    /// The customers with a device in the incident, by id: who is owed status updates.
    public Set<UUID> affectedCustomers(UUID incidentId) {
        return transactions.read(c -> new HashSet<>(Sql.list(c, "SELECT DISTINCT s.customer_id FROM impact i "
                        + "JOIN device d ON d.id = i.device_id JOIN site s ON s.id = d.site_id WHERE i.incident_id = ?",
                row -> row.getObject(1, UUID.class), incidentId)));
    }

    public Optional<Impact> find(UUID incidentId, UUID deviceId) {
        return transactions.read(c -> Sql.one(c, Tables.IMPACT.select("WHERE incident_id = ? AND device_id = ?"),
                Tables.IMPACT.mapper(), incidentId, deviceId));
    }

    /// Adds devices to an incident with a first status (unknown when `null`); devices already in it are left
    /// as they are. Journals `CREATED` per device added.
    public void add(UUID incidentId, Collection<UUID> deviceIds, DeviceStatus status, Operator by) {
        DeviceStatus first = Objects.requireNonNullElse(status, DeviceStatus.UNKNOWN);
        List<UUID> ids = distinct(deviceIds);
        transactions.write(tx -> {
            Lookups.requireIncident(tx.connection(), incidentId);
            Map<UUID, DevicePlace> places = Lookups.requireDevices(tx.connection(), ids, "Device");
            Map<UUID, Impact> existing = current(tx, incidentId, ids);
            List<Impact> added = ids.stream()
                    .filter(id -> !existing.containsKey(id))
                    .map(id -> new Impact(incidentId, id, first, null, "", tx.now()))
                    .toList();
            Tables.IMPACT.insertAll(tx.connection(), added);
            for (Impact impact : added) {
                tx.journal(by, incidentId, EntityType.IMPACT, entityId(impact), JournalAction.CREATED,
                        place(places.get(impact.deviceId())).and("status", first).map());
            }
        });
    }

    /// Sets the status (and, when not `null`, the note) of the given devices in one transaction.
    ///
    /// Journals `STATUS_CHANGED` (with `from`, `to` and the note) for each device whose status changed, and
    /// `UPDATED` for one whose note alone changed; devices already so are left alone. Refuses devices that
    /// are not part of the incident.
    public void setStatus(UUID incidentId, Collection<UUID> deviceIds, DeviceStatus status, String note,
                          Operator by) {
        if (status == null) {
            throw rejected("Status: choose the devices' new status.");
        }
        List<UUID> ids = distinct(deviceIds);
        transactions.write(tx -> {
            Map<UUID, Impact> impacts = requireImpacts(tx, incidentId, ids);
            Map<UUID, DevicePlace> places = Lookups.requireDevices(tx.connection(), ids, "Device");
            List<Object[]> updates = new ArrayList<>();
            for (Impact old : impacts.values()) {
                String newNote = note == null ? old.note() : Text.orEmpty(note);
                boolean statusChanged = old.status() != status;
                boolean noteChanged = !newNote.equals(old.note());
                if (!statusChanged && !noteChanged) {
                    continue;
                }
                updates.add(new Object[]{status, newNote, tx.now(), incidentId, old.deviceId()});
                Details details = place(places.get(old.deviceId()));
                if (statusChanged) {
                    details.and("from", old.status()).and("to", status);
                } else {
                    details.and("fields", "note");
                }
                if (!newNote.isEmpty() && note != null) {
                    details.and("note", newNote);
                }
                tx.journal(by, incidentId, EntityType.IMPACT, entityId(old),
                        statusChanged ? JournalAction.STATUS_CHANGED : JournalAction.UPDATED, details.map());
            }
            Sql.batch(tx.connection(), UPDATE_STATUS, updates);
        });
    }

    /// Puts an engineer (or nobody, with `null`) on the given devices; journals `ASSIGNED` with the
    /// engineer's name (empty for nobody) for each device whose engineer changed.
    public void assign(UUID incidentId, Collection<UUID> deviceIds, UUID engineerId, Operator by) {
        List<UUID> ids = distinct(deviceIds);
        transactions.write(tx -> {
            String engineer = Lookups.staffNameOrEmpty(tx.connection(), engineerId, "Engineer");
            Map<UUID, Impact> impacts = requireImpacts(tx, incidentId, ids);
            Map<UUID, DevicePlace> places = Lookups.requireDevices(tx.connection(), ids, "Device");
            List<Object[]> updates = new ArrayList<>();
            for (Impact old : impacts.values()) {
                if (Objects.equals(old.engineerId(), engineerId)) {
                    continue;
                }
                updates.add(new Object[]{engineerId, tx.now(), incidentId, old.deviceId()});
                tx.journal(by, incidentId, EntityType.IMPACT, entityId(old), JournalAction.ASSIGNED,
                        place(places.get(old.deviceId())).and("engineer", engineer).map());
            }
            Sql.batch(tx.connection(), UPDATE_ENGINEER, updates);
        });
    }

    /// The stored impacts of `ids` in the incident, in the order of `ids`; refuses any device not in it.
    private static Map<UUID, Impact> requireImpacts(WriteTx tx, UUID incidentId, List<UUID> ids)
            throws SQLException {
        Incident incident = Lookups.requireIncident(tx.connection(), incidentId);
        Map<UUID, Impact> found = current(tx, incidentId, ids);
        Map<UUID, Impact> ordered = new LinkedHashMap<>();
        for (UUID id : ids) {
            Impact impact = found.get(id);
            if (impact == null) {
                String device = Lookups.device(tx.connection(), id)
                        .map(place -> "'" + place.hostname() + "' (" + place.site() + ", " + place.customer() + ")")
                        .orElse("with id " + id);
                throw rejected("Device: the device " + device + " is not part of " + incident.code()
                        + "; add it to the incident first.");
            }
            ordered.put(id, impact);
        }
        return ordered;
    }

    private static Map<UUID, Impact> current(WriteTx tx, UUID incidentId, List<UUID> ids) throws SQLException {
        return tx.list(Tables.IMPACT.select("WHERE incident_id = ? AND device_id = ANY(?)"),
                        Tables.IMPACT.mapper(), incidentId, Lookups.uuids(ids))
                .stream()
                .collect(Collectors.toMap(Impact::deviceId, Function.identity()));
    }

    private static Details place(DevicePlace place) {
        return Details.of("name", place.hostname()).and("site", place.site()).and("customer", place.customer());
    }

    private static String entityId(Impact impact) {
        return impact.incidentId() + "/" + impact.deviceId();
    }

    private static List<UUID> distinct(Collection<UUID> ids) {
        return List.copyOf(new LinkedHashSet<>(ids));
    }
}
