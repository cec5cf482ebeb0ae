package dev.sitrep.store;

import dev.sitrep.domain.Customer;
import dev.sitrep.domain.Device;
import dev.sitrep.domain.EntityType;
import dev.sitrep.domain.InventoryListing;
import dev.sitrep.domain.InventoryMerge;
import dev.sitrep.domain.InventoryMerge.Plan;
import dev.sitrep.domain.InventoryMerge.Update;
import dev.sitrep.domain.JournalAction;
import dev.sitrep.domain.Operator;
import dev.sitrep.domain.Site;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static dev.sitrep.store.StoreException.rejected;

/// Writes an inventory import in one transaction: reads, under the journal head lock, what is stored for the
/// customers the listings name, merges the listings into it ([InventoryMerge]) and writes what changes, each
/// customer, site and device with its CREATED or UPDATED journal entry, as the repository's `save` methods do.
///
/// Since the merge runs inside the transaction, a change made by another console after a preview cannot be
/// overwritten blindly or trip a unique key: the import fits in with whatever is stored when it runs.
final class InventoryImporter {

    private final Transactions transactions;

    InventoryImporter(Transactions transactions) {
        this.transactions = transactions;
    }

    Plan importListings(List<InventoryListing> listings, Operator by) {
        return transactions.writeReturning(tx -> {
            Connection connection = tx.connection();
            Stored stored = Stored.read(connection, listings);
            Plan plan = InventoryMerge.plan(stored.customers(), stored.sites(), stored.devices(), listings,
                    UUID::randomUUID);
            if (!plan.conflicts().isEmpty()) {
                throw rejected("Inventory import: " + plan.conflicts().size()
                        + " listings contradict earlier ones (the same device twice, or one site in two cities "
                        + "or time zones); nothing was imported.");
            }
            Names names = new Names(stored, plan);
            write(tx, plan, names, by);
            return plan;
        });
    }

    private static void write(WriteTx tx, Plan plan, Names names, Operator by) throws SQLException {
        Connection connection = tx.connection();
        Tables.CUSTOMER.insertAll(connection, plan.newCustomers());
        for (Customer customer : plan.newCustomers()) {
            tx.journal(by, null, EntityType.CUSTOMER, customer.id(), JournalAction.CREATED,
                    Details.of("name", customer.name()).map());
        }
        Tables.SITE.insertAll(connection, plan.newSites());
        for (Site site : plan.newSites()) {
            tx.journal(by, null, EntityType.SITE, site.id(), JournalAction.CREATED, siteDetails(site, names).map());
        }
        Sql.batch(connection, "UPDATE site SET city = ?, time_zone = ? WHERE id = ?", plan.siteUpdates().stream()
                .map(update -> new Object[]{update.after().city(), update.after().timeZone().getId(),
                        update.after().id()}).toList());
        for (Update<Site> update : plan.siteUpdates()) {
            tx.journal(by, null, EntityType.SITE, update.after().id(), JournalAction.UPDATED,
                    siteDetails(update.after(), names).and("fields", String.join(",", update.fields())).map());
        }
        Tables.DEVICE.insertAll(connection, plan.newDevices());
        for (Device device : plan.newDevices()) {
            tx.journal(by, null, EntityType.DEVICE, device.id(), JournalAction.CREATED,
                    deviceDetails(device, names).map());
        }
        Sql.batch(connection, "UPDATE device SET kind = ?, product = ?, version = ?, criticality = ?, notes = ? "
                + "WHERE id = ?", plan.deviceUpdates().stream().map(update -> {
                    Device d = update.after();
                    return new Object[]{d.kind(), d.product(), d.version(), d.criticality(), d.notes(), d.id()};
                }).toList());
        for (Update<Device> update : plan.deviceUpdates()) {
            tx.journal(by, null, EntityType.DEVICE, update.after().id(), JournalAction.UPDATED,
                    deviceDetails(update.after(), names).and("fields", String.join(",", update.fields())).map());
        }
    }

    private static Details siteDetails(Site site, Names names) {
        return Details.of("name", site.name()).and("customer", names.customer(site.customerId()));
    }

    private static Details deviceDetails(Device device, Names names) {
        Site site = names.site(device.siteId());
        return Details.of("name", device.hostname()).and("site", site.name())
                .and("customer", names.customer(site.customerId()));
    }

    /// The stored customers the listings name (ignoring case), with their sites and devices.
    private record Stored(List<Customer> customers, List<Site> sites, List<Device> devices) {

        static Stored read(Connection connection, List<InventoryListing> listings) throws SQLException {
            Set<String> named = new HashSet<>();
            listings.forEach(listing -> named.add(InventoryMerge.key(listing.customer())));
            List<Customer> customers = Sql.list(connection, Tables.CUSTOMER.select("ORDER BY name, id"),
                            Tables.CUSTOMER.mapper()).stream()
                    .filter(customer -> named.contains(InventoryMerge.key(customer.name())))
                    .toList();
            if (customers.isEmpty()) {
                return new Stored(customers, List.of(), List.of());
            }
            List<Site> sites = Sql.list(connection, Tables.SITE.select("WHERE customer_id = ANY(?) ORDER BY name, id"),
                    Tables.SITE.mapper(), (Object) Lookups.uuids(customers.stream().map(Customer::id).toList()));
            List<Device> devices = sites.isEmpty() ? List.of() : Sql.list(connection,
                    Tables.DEVICE.select("WHERE site_id = ANY(?) ORDER BY hostname, id"), Tables.DEVICE.mapper(),
                    (Object) Lookups.uuids(sites.stream().map(Site::id).toList()));
            return new Stored(customers, sites, devices);
        }
    }

    /// Customer and site names by id, stored or new, for the journal's details.
    private static final class Names {

        private final Map<UUID, String> customers = new HashMap<>();
        private final Map<UUID, Site> sites = new HashMap<>();

        Names(Stored stored, Plan plan) {
            List<Customer> allCustomers = new ArrayList<>(stored.customers());
            allCustomers.addAll(plan.newCustomers());
            allCustomers.forEach(customer -> customers.put(customer.id(), customer.name()));
            stored.sites().forEach(site -> sites.put(site.id(), site));
            plan.newSites().forEach(site -> sites.put(site.id(), site));
        }

        String customer(UUID id) {
            return customers.get(id);
        }

        Site site(UUID id) {
            return sites.get(id);
        }
    }
}
