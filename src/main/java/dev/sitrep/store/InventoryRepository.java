package dev.sitrep.store;

import dev.sitrep.domain.Customer;
import dev.sitrep.domain.Device;
import dev.sitrep.domain.Operator;
import dev.sitrep.domain.Site;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/// Customers, their sites and their devices: the inventory that lives across incidents.
public final class InventoryRepository {

    /// All customers by name.
    public List<Customer> customers() {
        throw new UnsupportedOperationException();
    }

    /// All sites, by customer name then site name.
    public List<Site> sites() {
        throw new UnsupportedOperationException();
    }

    /// All devices, by site then hostname.
    public List<Device> devices() {
        throw new UnsupportedOperationException();
    }

    public Optional<Customer> customer(UUID id) {
        throw new UnsupportedOperationException();
    }

    /// Inserts or updates by id, journaled.
    public void saveCustomer(Customer customer, Operator by) {
        throw new UnsupportedOperationException();
    }

    /// Inserts or updates by id, journaled.
    public void saveSite(Site site, Operator by) {
        throw new UnsupportedOperationException();
    }

    /// Inserts or updates by id, journaled.
    public void saveDevice(Device device, Operator by) {
        throw new UnsupportedOperationException();
    }
}
