package dev.sitrep.ui.board;

import dev.sitrep.domain.Customer;
import dev.sitrep.domain.Device;
import dev.sitrep.domain.DeviceStatus;
import dev.sitrep.domain.DowntimeOverlaps;
import dev.sitrep.domain.Impact;
import dev.sitrep.domain.Scope;
import dev.sitrep.domain.Site;
import dev.sitrep.domain.Staff;
import dev.sitrep.domain.StaffRole;
import dev.sitrep.domain.Text;
import dev.sitrep.store.Store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/// What the bulk creation reads from the store, off the UI thread: the incident's affected devices, the
/// sites that have them, the customers they belong to, the staff with engineers first, and the downtime
/// windows tasks have already planned.
///
/// @param devices   every affected device, by customer, site and hostname
/// @param sites     every site with an affected device, in the same order
/// @param customers the customers with an affected device, by name
record BulkTasksData(List<BulkCandidate> devices, List<BulkCandidate> sites, List<Customer> customers,
                     List<Staff> people, DowntimeOverlaps.Existing planned) {

    static BulkTasksData load(Store store, UUID incidentId) {
        Map<UUID, Customer> customers = byId(store.inventory().customers(), Customer::id);
        Map<UUID, Site> sites = byId(store.inventory().sites(), Site::id);
        Map<UUID, Device> devices = byId(store.inventory().devices(), Device::id);
        List<BulkCandidate> affected = new ArrayList<>();
        Map<Site, List<BulkCandidate>> bySite = new LinkedHashMap<>();
        for (Impact impact : store.impacts().forIncident(incidentId)) {
            Device device = devices.get(impact.deviceId());
            Site site = sites.get(device.siteId());
            BulkCandidate candidate = device(device, site, customers.get(site.customerId()), impact.status());
            affected.add(candidate);
            bySite.computeIfAbsent(site, _ -> new ArrayList<>()).add(candidate);
        }
        List<BulkCandidate> siteCandidates = bySite.entrySet().stream()
                .map(entry -> site(entry.getKey(), customers.get(entry.getKey().customerId()), entry.getValue()))
                .toList();
        List<Customer> affectedCustomers = bySite.keySet().stream().map(Site::customerId).distinct()
                .map(customers::get).sorted(Comparator.comparing(Customer::name)).toList();
        return new BulkTasksData(affected, siteCandidates, affectedCustomers, people(store), planned(store,
                incidentId));
    }

    /// The windows the incident's tasks plan now: read again when another console changes a task.
    static DowntimeOverlaps.Existing planned(Store store, UUID incidentId) {
        return DowntimeOverlaps.existing(store.tasks().forIncident(incidentId));
    }

    /// Engineers first, as they take most tasks, then everyone else; by name within each.
    private static List<Staff> people(Store store) {
        return store.staff().all().stream()
                .sorted(Comparator.comparing((Staff staff) -> staff.role() != StaffRole.ENGINEER))
                .toList();
    }

    private static BulkCandidate device(Device device, Site site, Customer customer, DeviceStatus status) {
        String search = String.join(" ", device.hostname(), device.product(), device.notes(), site.name(),
                site.city(), customer.name()).toLowerCase(Locale.ROOT);
        return new BulkCandidate(new Scope(customer.id(), site.id(), device.id()), device.hostname(),
                site.name() + " · " + customer.name(), status, device.kind(),
                device.notes().isEmpty() ? device.product() : device.notes(), List.of(), search);
    }

    private static BulkCandidate site(Site site, Customer customer, List<BulkCandidate> devices) {
        DeviceStatus worst = devices.stream().map(BulkCandidate::status)
                .max(Comparator.comparingInt(DeviceStatus::severity)).orElse(DeviceStatus.UNKNOWN);
        return new BulkCandidate(new Scope(customer.id(), site.id(), null), site.name(), customer.name(), worst,
                null, Text.count(devices.size(), "affected device"), devices, "");
    }

    private static <T> Map<UUID, T> byId(List<T> values, Function<T, UUID> id) {
        return values.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
