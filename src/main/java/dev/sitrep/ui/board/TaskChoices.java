package dev.sitrep.ui.board;

import dev.sitrep.domain.Customer;
import dev.sitrep.domain.Device;
import dev.sitrep.domain.Scope;
import dev.sitrep.domain.Site;
import dev.sitrep.domain.Staff;
import dev.sitrep.domain.StaffRole;
import dev.sitrep.store.Store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/// What the task editor offers to choose from: customers, their sites, the sites' devices and the staff,
/// read once and indexed, so that narrowing sites to a customer or devices to a site costs no query and a
/// pick list never holds the whole inventory.
///
/// Immutable: the editor reads a new one when the journal reports a change to any of them.
final class TaskChoices {

    /// Engineers do the work, so they come first; everyone else after them, each group by name.
    private static final Comparator<Staff> ENGINEERS_FIRST = Comparator
            .comparing((Staff staff) -> staff.role() != StaffRole.ENGINEER)
            .thenComparing(Staff::name, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Staff::id);

    static final TaskChoices NONE = of(List.of(), List.of(), List.of(), List.of());

    private final List<Customer> customers;
    private final List<Site> sites;
    private final List<Staff> assignees;
    private final Map<UUID, Customer> customersById;
    private final Map<UUID, Site> sitesById;
    private final Map<UUID, Device> devicesById;
    private final Map<UUID, Staff> staffById;
    private final Map<UUID, List<Site>> sitesByCustomer;
    private final Map<UUID, List<Device>> devicesBySite;

    private TaskChoices(List<Customer> customers, List<Site> sites, List<Device> devices, List<Staff> staff) {
        this.customers = List.copyOf(customers);
        this.sites = List.copyOf(sites);
        this.assignees = staff.stream().sorted(ENGINEERS_FIRST).toList();
        this.customersById = byId(customers, Customer::id);
        this.sitesById = byId(sites, Site::id);
        this.devicesById = byId(devices, Device::id);
        this.staffById = byId(staff, Staff::id);
        this.sitesByCustomer = grouped(sites, Site::customerId);
        this.devicesBySite = grouped(devices, Device::siteId);
    }

    /// Reads everything the editor offers; a few hundred milliseconds for 30,000 devices, so never on the
    /// FX thread.
    static TaskChoices read(Store store) {
        return of(store.inventory().customers(), store.inventory().sites(), store.inventory().devices(),
                store.staff().all());
    }

    /// Indexes the given lists, keeping their order (customers by name, sites and devices by name within
    /// their customer and site, as the store reads them).
    static TaskChoices of(List<Customer> customers, List<Site> sites, List<Device> devices, List<Staff> staff) {
        return new TaskChoices(customers, sites, devices, staff);
    }

    List<Customer> customers() {
        return customers;
    }

    /// The sites of `customer`, or every site when no customer is chosen yet.
    List<Site> sitesOf(Customer customer) {
        return customer == null ? sites : sitesByCustomer.getOrDefault(customer.id(), List.of());
    }

    /// The devices at `site`; none without a site, so that no list holds every device.
    List<Device> devicesAt(Site site) {
        return site == null ? List.of() : devicesBySite.getOrDefault(site.id(), List.of());
    }

    /// Everyone who can take a task: engineers first, then the others, each by name.
    List<Staff> assignees() {
        return assignees;
    }

    /// True when every customer, site, device and person `scope` and `assigneeId` name is here: a task
    /// made since these were read may name what they lack.
    boolean knows(Scope scope, UUID assigneeId) {
        return knows(customersById, scope.customerId()) && knows(sitesById, scope.siteId())
                && knows(devicesById, scope.deviceId()) && knows(staffById, assigneeId);
    }

    private static boolean knows(Map<UUID, ?> byId, UUID id) {
        return id == null || byId.containsKey(id);
    }

    Customer customer(UUID id) {
        return id == null ? null : customersById.get(id);
    }

    Site site(UUID id) {
        return id == null ? null : sitesById.get(id);
    }

    Device device(UUID id) {
        return id == null ? null : devicesById.get(id);
    }

    Staff staff(UUID id) {
        return id == null ? null : staffById.get(id);
    }

    private static <T> Map<UUID, T> byId(List<T> items, Function<T, UUID> id) {
        return items.stream().collect(Collectors.toUnmodifiableMap(id, Function.identity()));
    }

    private static <T> Map<UUID, List<T>> grouped(List<T> items, Function<T, UUID> parent) {
        Map<UUID, List<T>> groups = new LinkedHashMap<>();
        for (T item : items) {
            groups.computeIfAbsent(parent.apply(item), _ -> new ArrayList<>()).add(item);
        }
        groups.replaceAll((_, group) -> List.copyOf(group));
        return groups;
    }
}
