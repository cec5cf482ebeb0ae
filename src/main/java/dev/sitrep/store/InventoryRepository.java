package dev.sitrep.store;

import dev.sitrep.domain.Customer;
import dev.sitrep.domain.Device;
import dev.sitrep.domain.EntityType;
import dev.sitrep.domain.InventoryListing;
import dev.sitrep.domain.InventoryMerge;
import dev.sitrep.domain.JournalAction;
import dev.sitrep.domain.Operator;
import dev.sitrep.domain.Site;
import dev.sitrep.store.Lookups.SitePlace;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.sitrep.store.StoreException.rejected;

/// Customers, their sites and their devices: the inventory that lives across incidents.
///
/// Saving a record that is stored already and unchanged writes nothing, so importing the same
/// inventory twice leaves no trace the second time.
public final class InventoryRepository {

    private final Transactions transactions;

    InventoryRepository(Transactions transactions) {
        this.transactions = transactions;
    }

    /// Imports `listings` in one transaction, journaled: adds the customers, sites and devices they name that
    /// are not stored, updates those that differ, and leaves the rest alone (see [InventoryMerge] for how
    /// listings are matched). The merge runs against what is stored when the transaction runs, and the plan it
    /// returns is what was written. Refuses listings that contradict each other, writing nothing.
    public InventoryMerge.Plan importInventory(List<InventoryListing> listings, Operator by) {
        return new InventoryImporter(transactions).importListings(listings, by);
    }

    /// All customers by name.
    public List<Customer> customers() {
        return transactions.read(c -> Sql.list(c, Tables.CUSTOMER.select("ORDER BY name, id"),
                Tables.CUSTOMER.mapper()));
    }

    /// All sites, by customer name then site name.
    public List<Site> sites() {
        return transactions.read(c -> Sql.list(c, "SELECT s.id, s.customer_id, s.name, s.city, s.time_zone "
                + "FROM site s JOIN customer c ON c.id = s.customer_id ORDER BY c.name, s.name, s.id",
                Tables.SITE.mapper()));
    }

    /// All devices, by site then hostname.
    public List<Device> devices() {
        return transactions.read(c -> Sql.list(c, "SELECT d.id, d.site_id, d.hostname, d.kind, d.product, "
                + "d.version, d.criticality, d.notes FROM device d JOIN site s ON s.id = d.site_id "
                + "JOIN customer c ON c.id = s.customer_id ORDER BY c.name, s.name, d.hostname, d.id",
                Tables.DEVICE.mapper()));
    }

    public Optional<Customer> customer(UUID id) {
        return transactions.read(c -> Sql.one(c, Tables.CUSTOMER.select("WHERE id = ?"),
                Tables.CUSTOMER.mapper(), id));
    }

    public Optional<Site> site(UUID id) {
        return transactions.read(c -> Sql.one(c, Tables.SITE.select("WHERE id = ?"), Tables.SITE.mapper(), id));
    }

    public Optional<Device> device(UUID id) {
        return transactions.read(c -> Sql.one(c, Tables.DEVICE.select("WHERE id = ?"),
                Tables.DEVICE.mapper(), id));
    }

    /// Inserts or updates by id, journaled. Refuses a blank or duplicate name.
    public void saveCustomer(Customer customer, Operator by) {
        if (customer.name().isEmpty()) {
            throw rejected("Customer name: give the customer a name.");
        }
        transactions.write(tx -> {
            if (tx.count("SELECT COUNT(*) FROM customer WHERE name = ? AND id <> ?",
                    customer.name(), customer.id()) > 0) {
                throw rejected("Customer name: '" + customer.name() + "' is already taken by another customer.");
            }
            Optional<Customer> stored = tx.one(Tables.CUSTOMER.select("WHERE id = ?"), Tables.CUSTOMER.mapper(),
                    customer.id());
            Details details = Details.of("name", customer.name());
            if (stored.isEmpty()) {
                Tables.CUSTOMER.insert(tx.connection(), customer);
                tx.journal(by, null, EntityType.CUSTOMER, customer.id(), JournalAction.CREATED, details.map());
                return;
            }
            Customer old = stored.get();
            Changes changes = new Changes()
                    .compare("name", old.name(), customer.name())
                    .compare("slaTier", old.slaTier(), customer.slaTier())
                    .compare("tam", old.tam(), customer.tam())
                    .compare("primaryContact", old.primaryContact(), customer.primaryContact())
                    .compare("notes", old.notes(), customer.notes());
            if (changes.isEmpty()) {
                return;
            }
            tx.update("UPDATE customer SET name = ?, sla_tier = ?, tam = ?, contact_name = ?, contact_phone = ?, "
                            + "contact_email = ?, notes = ? WHERE id = ?",
                    customer.name(), customer.slaTier(), customer.tam(), customer.primaryContact().name(),
                    customer.primaryContact().phone(), customer.primaryContact().email(), customer.notes(),
                    customer.id());
            tx.journal(by, null, EntityType.CUSTOMER, customer.id(), JournalAction.UPDATED,
                    details.and("fields", changes.fields()).map());
        });
    }

    /// Inserts or updates by id, journaled. Refuses a blank name, a name the customer already uses for
    /// another site, and an unknown customer.
    public void saveSite(Site site, Operator by) {
        if (site.name().isEmpty()) {
            throw rejected("Site name: give the site a name.");
        }
        transactions.write(tx -> {
            String customer = Lookups.requireCustomer(tx.connection(), site.customerId(), "Site customer");
            if (tx.count("SELECT COUNT(*) FROM site WHERE customer_id = ? AND name = ? AND id <> ?",
                    site.customerId(), site.name(), site.id()) > 0) {
                throw rejected("Site name: " + customer + " already has a site called '" + site.name() + "'.");
            }
            Optional<Site> stored = tx.one(Tables.SITE.select("WHERE id = ?"), Tables.SITE.mapper(), site.id());
            Details details = Details.of("name", site.name()).and("customer", customer);
            if (stored.isEmpty()) {
                Tables.SITE.insert(tx.connection(), site);
                tx.journal(by, null, EntityType.SITE, site.id(), JournalAction.CREATED, details.map());
                return;
            }
            Site old = stored.get();
            Changes changes = new Changes()
                    .compare("customer", old.customerId(), site.customerId())
                    .compare("name", old.name(), site.name())
                    .compare("city", old.city(), site.city())
                    .compare("timeZone", old.timeZone(), site.timeZone());
            if (changes.isEmpty()) {
                return;
            }
            tx.update("UPDATE site SET customer_id = ?, name = ?, city = ?, time_zone = ? WHERE id = ?",
                    site.customerId(), site.name(), site.city(), site.timeZone().getId(), site.id());
            tx.journal(by, null, EntityType.SITE, site.id(), JournalAction.UPDATED,
                    details.and("fields", changes.fields()).map());
        });
    }

    /// Inserts or updates by id, journaled. Refuses a blank hostname, a hostname the site already has on
    /// another device, and an unknown site.
    public void saveDevice(Device device, Operator by) {
        if (device.hostname().isEmpty()) {
            throw rejected("Device hostname: give the device a hostname.");
        }
        transactions.write(tx -> {
            SitePlace site = Lookups.requireSite(tx.connection(), device.siteId(), "Device site");
            if (tx.count("SELECT COUNT(*) FROM device WHERE site_id = ? AND hostname = ? AND id <> ?",
                    device.siteId(), device.hostname(), device.id()) > 0) {
                throw rejected("Device hostname: " + site.site() + " (" + site.customer()
                        + ") already has a device called '" + device.hostname() + "'.");
            }
            Optional<Device> stored = tx.one(Tables.DEVICE.select("WHERE id = ?"), Tables.DEVICE.mapper(),
                    device.id());
            Details details = Details.of("name", device.hostname()).and("site", site.site())
                    .and("customer", site.customer());
            if (stored.isEmpty()) {
                Tables.DEVICE.insert(tx.connection(), device);
                tx.journal(by, null, EntityType.DEVICE, device.id(), JournalAction.CREATED, details.map());
                return;
            }
            Device old = stored.get();
            Changes changes = new Changes()
                    .compare("site", old.siteId(), device.siteId())
                    .compare("hostname", old.hostname(), device.hostname())
                    .compare("kind", old.kind(), device.kind())
                    .compare("product", old.product(), device.product())
                    .compare("version", old.version(), device.version())
                    .compare("criticality", old.criticality(), device.criticality())
                    .compare("notes", old.notes(), device.notes());
            if (changes.isEmpty()) {
                return;
            }
            tx.update("UPDATE device SET site_id = ?, hostname = ?, kind = ?, product = ?, version = ?, "
                            + "criticality = ?, notes = ? WHERE id = ?",
                    device.siteId(), device.hostname(), device.kind(), device.product(), device.version(),
                    device.criticality(), device.notes(), device.id());
            tx.journal(by, null, EntityType.DEVICE, device.id(), JournalAction.UPDATED,
                    details.and("fields", changes.fields()).map());
        });
    }
}
