package dev.sitrep.store;

import dev.sitrep.domain.Incident;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static dev.sitrep.store.StoreException.rejected;

/// Finds the things a change refers to: to refuse a reference to nothing with a sentence naming the field
/// and the id, and to fetch the names a journal entry records.
final class Lookups {

    private Lookups() {
    }

    /// A site with the name of its customer.
    record SitePlace(UUID siteId, String site, UUID customerId, String customer) {
    }

    /// A device with the names of its site and customer.
    record DevicePlace(UUID deviceId, String hostname, UUID siteId, String site, UUID customerId,
                       String customer) {
    }

    private static final String DEVICE_PLACE = "SELECT d.id, d.hostname, s.id AS site_id, s.name AS site, "
            + "c.id AS customer_id, c.name AS customer FROM device d JOIN site s ON s.id = d.site_id "
            + "JOIN customer c ON c.id = s.customer_id ";

    private static final Sql.RowMapper<DevicePlace> DEVICE_PLACE_ROW = row -> new DevicePlace(
            Sql.uuid(row, "id"), row.getString("hostname"), Sql.uuid(row, "site_id"), row.getString("site"),
            Sql.uuid(row, "customer_id"), row.getString("customer"));

    static Optional<String> customerName(Connection connection, UUID id) throws SQLException {
        return Sql.one(connection, "SELECT name FROM customer WHERE id = ?", row -> row.getString(1), id);
    }

    static String requireCustomer(Connection connection, UUID id, String field) throws SQLException {
        return customerName(connection, id)
                .orElseThrow(() -> rejected(field + ": there is no customer with id " + id + "."));
    }

    static Optional<SitePlace> site(Connection connection, UUID id) throws SQLException {
        return Sql.one(connection, "SELECT s.id, s.name, c.id AS customer_id, c.name AS customer FROM site s "
                        + "JOIN customer c ON c.id = s.customer_id WHERE s.id = ?",
                row -> new SitePlace(Sql.uuid(row, "id"), row.getString("name"), Sql.uuid(row, "customer_id"),
                        row.getString("customer")), id);
    }

    static SitePlace requireSite(Connection connection, UUID id, String field) throws SQLException {
        return site(connection, id).orElseThrow(() -> rejected(field + ": there is no site with id " + id + "."));
    }

    static Optional<DevicePlace> device(Connection connection, UUID id) throws SQLException {
        return Sql.one(connection, DEVICE_PLACE + "WHERE d.id = ?", DEVICE_PLACE_ROW, id);
    }

    static DevicePlace requireDevice(Connection connection, UUID id, String field) throws SQLException {
        return device(connection, id)
                .orElseThrow(() -> rejected(field + ": there is no device with id " + id + "."));
    }

    /// The places of all `ids`, in the order given; refuses the first id that names no device.
    static Map<UUID, DevicePlace> requireDevices(Connection connection, Collection<UUID> ids, String field)
            throws SQLException {
        Map<UUID, DevicePlace> found = new LinkedHashMap<>();
        Sql.list(connection, DEVICE_PLACE + "WHERE d.id = ANY(?)", DEVICE_PLACE_ROW, (Object) uuids(ids))
                .forEach(place -> found.put(place.deviceId(), place));
        Map<UUID, DevicePlace> ordered = new LinkedHashMap<>();
        for (UUID id : ids) {
            DevicePlace place = found.get(id);
            if (place == null) {
                throw rejected(field + ": there is no device with id " + id + ".");
            }
            ordered.put(id, place);
        }
        return ordered;
    }

    static Optional<String> staffName(Connection connection, UUID id) throws SQLException {
        return Sql.one(connection, "SELECT name FROM staff WHERE id = ?", row -> row.getString(1), id);
    }

    static String requireStaff(Connection connection, UUID id, String field) throws SQLException {
        return staffName(connection, id)
                .orElseThrow(() -> rejected(field + ": there is no member of staff with id " + id + "."));
    }

    /// The staff member's name, or the empty string for nobody (`null`).
    static String staffNameOrEmpty(Connection connection, UUID id, String field) throws SQLException {
        return id == null ? "" : requireStaff(connection, id, field);
    }

    static Optional<Incident> incident(Connection connection, UUID id) throws SQLException {
        return Sql.one(connection, Tables.INCIDENT.select("WHERE id = ?"), Tables.INCIDENT.mapper(), id);
    }

    static Incident requireIncident(Connection connection, UUID id) throws SQLException {
        return incident(connection, id)
                .orElseThrow(() -> rejected("Incident: there is no incident with id " + id + "."));
    }

    /// `ids` as an array parameter for `= ANY(?)`.
    static UUID[] uuids(Collection<UUID> ids) {
        return ids.toArray(UUID[]::new);
    }
}
