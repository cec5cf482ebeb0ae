package dev.sitrep.ui.board;

import dev.sitrep.domain.Customer;
import dev.sitrep.domain.Device;
import dev.sitrep.domain.Scope;
import dev.sitrep.domain.Site;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// What a task is about, in the task editor: a customer, one of its sites and a device there, each of which
/// may be left empty, chosen from the inventory the editor read.
///
/// It keeps [Scope]'s rule that a narrower choice implies the wider ones: choosing a device sets its site and
/// customer, choosing a site sets its customer, and choosing another customer (or site, or none) clears the
/// site (or device) that is not theirs. Only the chosen customer's sites are offered (every site while none
/// is chosen) and only the chosen site's devices, so no list holds the whole inventory.
public final class TaskScopeViewModel {

    // Inputs

    private final ObjectProperty<Customer> customer = new SimpleObjectProperty<>(this, "customer");
    private final ObjectProperty<Site> site = new SimpleObjectProperty<>(this, "site");
    private final ObjectProperty<Device> device = new SimpleObjectProperty<>(this, "device");

    // Outputs

    private final ObservableList<Customer> customers = FXCollections.observableArrayList();
    private final ObservableList<Site> sites = FXCollections.observableArrayList();
    private final ObservableList<Device> devices = FXCollections.observableArrayList();

    private TaskChoices offered = TaskChoices.NONE;

    TaskScopeViewModel() {
        customer.addListener((_, _, chosen) -> customerChosen(chosen));
        site.addListener((_, _, chosen) -> siteChosen(chosen));
        device.addListener((_, _, chosen) -> {
            if (chosen != null) {
                site.set(offered.site(chosen.siteId()));
            }
        });
    }

    /// Offers what `choices` holds, keeping the current choice.
    void offer(TaskChoices choices) {
        offered = choices;
        customers.setAll(choices.customers());
        sites.setAll(choices.sitesOf(customer.get()));
        devices.setAll(choices.devicesAt(site.get()));
    }

    /// Chooses what `scope` names; what the offered inventory lacks is left empty.
    void choose(Scope scope) {
        customer.set(offered.customer(scope.customerId()));
        site.set(offered.site(scope.siteId()));
        device.set(offered.device(scope.deviceId()));
    }

    /// The scope chosen now.
    Scope scope() {
        Customer chosenCustomer = customer.get();
        Site chosenSite = site.get();
        Device chosenDevice = device.get();
        return new Scope(chosenCustomer == null ? null : chosenCustomer.id(),
                chosenSite == null ? null : chosenSite.id(), chosenDevice == null ? null : chosenDevice.id());
    }

    private void customerChosen(Customer chosen) {
        sites.setAll(offered.sitesOf(chosen));
        Site at = site.get();
        if (at != null && (chosen == null || !at.customerId().equals(chosen.id()))) {
            site.set(null);
        }
    }

    private void siteChosen(Site chosen) {
        if (chosen != null) {
            customer.set(offered.customer(chosen.customerId()));
        }
        devices.setAll(offered.devicesAt(chosen));
        Device on = device.get();
        if (on != null && (chosen == null || !on.siteId().equals(chosen.id()))) {
            device.set(null);
        }
    }

    // How the pick lists show what they offer

    public String describe(Customer offeredCustomer) {
        return offeredCustomer.name();
    }

    /// A site with its customer while none is chosen, since site names repeat across customers.
    public String describe(Site offeredSite) {
        Customer owner = offered.customer(offeredSite.customerId());
        return customer.get() != null || owner == null
                ? offeredSite.name()
                : offeredSite.name() + " · " + owner.name();
    }

    /// A device with what it runs.
    public String describe(Device offeredDevice) {
        String runs = String.join(" ", offeredDevice.product(), offeredDevice.version()).strip();
        return offeredDevice.hostname() + " · " + (runs.isEmpty() ? offeredDevice.kind().label() : runs);
    }

    // Properties

    /// The customer the task is about; `null` for none.
    public ObjectProperty<Customer> customerProperty() {
        return customer;
    }

    /// The site the task is about; `null` for none.
    public ObjectProperty<Site> siteProperty() {
        return site;
    }

    /// The device the task is about; `null` for none.
    public ObjectProperty<Device> deviceProperty() {
        return device;
    }

    /// Every customer, by name.
    public ObservableList<Customer> customers() {
        return FXCollections.unmodifiableObservableList(customers);
    }

    /// The chosen customer's sites, or every site while no customer is chosen.
    public ObservableList<Site> sites() {
        return FXCollections.unmodifiableObservableList(sites);
    }

    /// The chosen site's devices; none until a site is chosen.
    public ObservableList<Device> devices() {
        return FXCollections.unmodifiableObservableList(devices);
    }
}
