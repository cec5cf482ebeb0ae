package dev.sitrep.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/// How one site stands in an incident, rolled up from its devices' impacts.
///
/// Only devices with an impact in the incident count: a site's other devices are not part of it.
///
/// @param statuses the site's impacted devices per status
public record SiteRollup(UUID siteId, UUID customerId, String siteName, StatusTotals statuses) {

    /// Worst first, as the wall sorts: the worst open status first (by [DeviceStatus#severity]), then the
    /// least progress, then by name.
    public static final Comparator<SiteRollup> WORST_FIRST = Comparator
            .comparingInt((SiteRollup rollup) -> rollup.worstStatus().severity()).reversed()
            .thenComparingDouble(SiteRollup::progress)
            .thenComparing(SiteRollup::siteName, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(SiteRollup::siteId);

    public SiteRollup {
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(customerId, "customerId");
        siteName = Text.orEmpty(siteName);
        statuses = Objects.requireNonNullElse(statuses, StatusTotals.EMPTY);
    }

    /// The roll-up of every site with at least one impacted device, worst first.
    ///
    /// @param impacts the impacts of one incident
    /// @throws IllegalArgumentException when the impacts belong to several incidents, or name a device or
    ///                                  site that is not given
    public static List<SiteRollup> forIncident(Collection<Site> sites, Collection<Device> devices,
                                               Collection<Impact> impacts) {
        requireOneIncident(impacts);
        Map<UUID, Site> sitesById = byId(sites, Site::id);
        Map<UUID, Device> devicesById = byId(devices, Device::id);
        Map<UUID, List<DeviceStatus>> statusesBySite = new LinkedHashMap<>();
        for (Impact impact : impacts) {
            Device device = devicesById.get(impact.deviceId());
            if (device == null) {
                throw new IllegalArgumentException("impact of unknown device " + impact.deviceId());
            }
            if (!sitesById.containsKey(device.siteId())) {
                throw new IllegalArgumentException("device '" + device.hostname() + "' is at unknown site "
                        + device.siteId());
            }
            statusesBySite.computeIfAbsent(device.siteId(), _ -> new ArrayList<>()).add(impact.status());
        }
        List<SiteRollup> rollups = new ArrayList<>();
        statusesBySite.forEach((siteId, statuses) -> {
            Site site = sitesById.get(siteId);
            rollups.add(new SiteRollup(siteId, site.customerId(), site.name(), StatusTotals.ofStatuses(statuses)));
        });
        rollups.sort(WORST_FIRST);
        return List.copyOf(rollups);
    }

    /// The customers of the given sites, in their order, each once: the customers an incident affects.
    public static Set<UUID> customersOf(Collection<SiteRollup> rollups) {
        Set<UUID> customers = new LinkedHashSet<>();
        rollups.forEach(rollup -> customers.add(rollup.customerId()));
        return customers;
    }

    /// The totals of all the given sites together.
    public static StatusTotals total(Collection<SiteRollup> rollups) {
        return rollups.stream().map(SiteRollup::statuses).reduce(StatusTotals.EMPTY, StatusTotals::plus);
    }

    public int total() {
        return statuses.total();
    }

    public int count(DeviceStatus status) {
        return statuses.count(status);
    }

    /// See [StatusTotals#worstStatus].
    public DeviceStatus worstStatus() {
        return statuses.worstStatus();
    }

    /// Restored plus verified.
    public int recovered() {
        return statuses.recovered();
    }

    /// The share of the site's devices recovered, 0 to 1.
    public double progress() {
        return statuses.progress();
    }

    public int down() {
        return statuses.down();
    }

    public int isolated() {
        return statuses.isolated();
    }

    private static void requireOneIncident(Collection<Impact> impacts) {
        Set<UUID> incidents = new LinkedHashSet<>();
        impacts.forEach(impact -> incidents.add(impact.incidentId()));
        if (incidents.size() > 1) {
            throw new IllegalArgumentException("impacts of " + incidents.size()
                    + " incidents given; a roll-up is of one incident");
        }
    }

    private static <T> Map<UUID, T> byId(Collection<T> items, Function<T, UUID> id) {
        Map<UUID, T> map = new HashMap<>();
        items.forEach(item -> map.put(id.apply(item), item));
        return map;
    }
}
