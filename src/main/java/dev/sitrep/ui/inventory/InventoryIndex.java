package dev.sitrep.ui.inventory;

import dev.sitrep.domain.Text;
import dev.sitrep.domain.Customer;
import dev.sitrep.domain.Device;
import dev.sitrep.domain.DeviceStatus;
import dev.sitrep.domain.Impact;
import dev.sitrep.domain.Site;
import dev.sitrep.ui.inventory.InventoryRow.Level;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/// The inventory as rows, with what the filter searches already lower-cased, so that filtering tens of
/// thousands of devices is one pass of `contains` over prepared strings.
///
/// Immutable: a new index is built whenever the inventory or the current incident's impacts change.
final class InventoryIndex {

    static final InventoryIndex EMPTY = new InventoryIndex(List.of(), 0);

    private record DeviceEntry(InventoryRow row, String searchText) {
    }

    private record SiteEntry(InventoryRow row, String searchText, List<DeviceEntry> devices) {
    }

    private record CustomerEntry(InventoryRow row, String searchText, List<SiteEntry> sites) {
    }

    private final List<CustomerEntry> customers;
    private final int totalDevices;

    private InventoryIndex(List<CustomerEntry> customers, int totalDevices) {
        this.customers = customers;
        this.totalDevices = totalDevices;
    }

    /// Builds the rows of every customer, site and device; `impacts` by device id, `staffNames` by staff id.
    static InventoryIndex of(List<Customer> customers, List<Site> sites, List<Device> devices,
                             Map<UUID, Impact> impacts, Map<UUID, String> staffNames) {
        Map<UUID, List<Device>> devicesBySite = new LinkedHashMap<>();
        for (Device device : devices) {
            devicesBySite.computeIfAbsent(device.siteId(), _ -> new ArrayList<>()).add(device);
        }
        Map<UUID, List<SiteEntry>> sitesByCustomer = new LinkedHashMap<>();
        for (Site site : sites) {
            List<DeviceEntry> entries = devicesBySite.getOrDefault(site.id(), List.of()).stream()
                    .sorted(Comparator.comparing(Device::hostname, String.CASE_INSENSITIVE_ORDER))
                    .map(device -> deviceEntry(device, impacts.get(device.id()), staffNames))
                    .toList();
            sitesByCustomer.computeIfAbsent(site.customerId(), _ -> new ArrayList<>()).add(siteEntry(site, entries));
        }
        List<CustomerEntry> entries = customers.stream()
                .sorted(Comparator.comparing(Customer::name, String.CASE_INSENSITIVE_ORDER))
                .map(customer -> customerEntry(customer, sitesByCustomer.getOrDefault(customer.id(), List.of())))
                .toList();
        return new InventoryIndex(entries, devices.size());
    }

    /// The tree left by `query` (matched, ignoring case, against customer and site names, hostnames, products
    /// and versions) and, when `affectedOnly`, by whether a device is in the current incident.
    ///
    /// A customer or site that matches keeps everything under it; a device that matches keeps its site and
    /// customer, which open to show it.
    InventoryTree filter(String query, boolean affectedOnly) {
        String wanted = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        boolean filtered = !wanted.isEmpty() || affectedOnly;
        List<InventoryNode> shownCustomers = new ArrayList<>();
        int siteCount = 0;
        int deviceCount = 0;
        for (CustomerEntry customer : customers) {
            boolean customerMatches = wanted.isEmpty() || customer.searchText().contains(wanted);
            List<InventoryNode> shownSites = new ArrayList<>();
            boolean customerOpens = false;
            for (SiteEntry site : customer.sites()) {
                boolean siteMatches = customerMatches || site.searchText().contains(wanted);
                List<InventoryNode> shownDevices = new ArrayList<>();
                boolean siteOpens = false;
                for (DeviceEntry device : site.devices()) {
                    if (affectedOnly && device.row().status() == null) {
                        continue;
                    }
                    boolean deviceMatches = !wanted.isEmpty() && device.searchText().contains(wanted);
                    if (siteMatches || deviceMatches) {
                        shownDevices.add(new InventoryNode(device.row(), List.of(), false));
                        siteOpens |= deviceMatches || (wanted.isEmpty() && affectedOnly);
                    }
                }
                if (!shownDevices.isEmpty() || (siteMatches && !affectedOnly)) {
                    shownSites.add(new InventoryNode(site.row(), shownDevices, siteOpens));
                    deviceCount += shownDevices.size();
                    customerOpens |= siteOpens;
                }
            }
            if (!shownSites.isEmpty() || (customerMatches && !affectedOnly)) {
                siteCount += shownSites.size();
                shownCustomers.add(new InventoryNode(customer.row(), shownSites, customerOpens));
            }
        }
        if (!filtered && shownCustomers.size() == 1) {
            // One customer (a ransomware case) has nothing to choose between: show its sites at once.
            InventoryNode only = shownCustomers.getFirst();
            shownCustomers.set(0, new InventoryNode(only.row(), only.children(), true));
        }
        return new InventoryTree(shownCustomers, shownCustomers.size(), siteCount, deviceCount, totalDevices,
                filtered);
    }

    // Building rows

    private static DeviceEntry deviceEntry(Device device, Impact impact, Map<UUID, String> staffNames) {
        String engineer = impact == null || impact.engineerId() == null
                ? ""
                : staffNames.getOrDefault(impact.engineerId(), "");
        InventoryRow row = new InventoryRow(Level.DEVICE, device.id(), device.hostname(), device.kind().label(),
                device.product(), device.version(), criticality(device.criticality()), "",
                impact == null ? null : impact.status(), "", engineer);
        return new DeviceEntry(row, lower(device.hostname() + "\n" + device.product() + "\n" + device.version()));
    }

    private static SiteEntry siteEntry(Site site, List<DeviceEntry> devices) {
        String zone = site.timeZone().getId();
        String place = site.city().isEmpty() ? zone : site.city() + " · " + zone;
        List<InventoryRow> deviceRows = devices.stream().map(DeviceEntry::row).toList();
        InventoryRow row = new InventoryRow(Level.SITE, site.id(), site.name(), "site", "", "", "", place,
                worst(deviceRows), progress(deviceRows), "");
        return new SiteEntry(row, lower(site.name()), devices);
    }

    private static CustomerEntry customerEntry(Customer customer, List<SiteEntry> sites) {
        List<InventoryRow> deviceRows = sites.stream()
                .flatMap(site -> site.devices().stream().map(DeviceEntry::row))
                .toList();
        InventoryRow row = new InventoryRow(Level.CUSTOMER, customer.id(), customer.name(), "customer", "", "", "",
                "", worst(deviceRows), progress(deviceRows), "");
        return new CustomerEntry(row, lower(customer.name()), sites);
    }

    /// The worst status among the devices (down is worst, verified best); `null` when none is affected.
    private static DeviceStatus worst(List<InventoryRow> devices) {
        return devices.stream()
                .map(InventoryRow::status)
                .filter(Objects::nonNull)
                .max(Comparator.comparingInt(DeviceStatus::severity))
                .orElse(null);
    }

    private static String progress(List<InventoryRow> devices) {
        long affected = devices.stream().filter(row -> row.status() != null).count();
        long recovered = devices.stream().filter(row -> row.status() != null && row.status().isRecovered()).count();
        return affected == 0 ? "" : Text.number(recovered) + " of " + Text.number(affected) + " recovered";
    }

    private static String criticality(int level) {
        return switch (level) {
            case 1 -> "1 high";
            case 2 -> "2 medium";
            default -> "3 low";
        };
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
