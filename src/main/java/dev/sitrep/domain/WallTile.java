package dev.sitrep.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/// One site as the wall shows it: its roll-up, its customer, the tasks open and blocked there, and when a
/// device of it last changed.
///
/// @param lastChange the latest change of any of its impacted devices
public record WallTile(SiteRollup site, String customerName, int openTasks, int blockedTasks, Instant lastChange) {

    public WallTile {
        Objects.requireNonNull(site, "site");
        customerName = Text.orEmpty(customerName);
        Objects.requireNonNull(lastChange, "lastChange");
    }

    /// A tile per site of `rollups`, in their order.
    ///
    /// @param customerNames names by customer id
    /// @param impacts       the incident's impacts, which give each site's last change
    /// @param tasks         the incident's tasks: a task counts at a site when it is scoped to the site or to
    ///                      one of its devices
    public static List<WallTile> of(List<SiteRollup> rollups, Map<UUID, String> customerNames,
                                    Collection<Device> devices, Collection<Impact> impacts,
                                    Collection<IncidentTask> tasks) {
        Map<UUID, UUID> siteOfDevice = new HashMap<>();
        devices.forEach(device -> siteOfDevice.put(device.id(), device.siteId()));
        Map<UUID, Instant> lastChange = new HashMap<>();
        for (Impact impact : impacts) {
            UUID site = siteOfDevice.get(impact.deviceId());
            if (site != null) {
                lastChange.merge(site, impact.changedAt(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        Map<UUID, int[]> taskCounts = new HashMap<>();
        for (IncidentTask task : tasks) {
            UUID site = task.scope().siteId();
            if (site == null || task.status() == TaskStatus.DONE) {
                continue;
            }
            int[] counts = taskCounts.computeIfAbsent(site, _ -> new int[2]);
            counts[0]++;
            if (task.status() == TaskStatus.BLOCKED) {
                counts[1]++;
            }
        }
        return rollups.stream().map(rollup -> {
            int[] counts = taskCounts.getOrDefault(rollup.siteId(), new int[2]);
            return new WallTile(rollup, customerNames.get(rollup.customerId()), counts[0], counts[1],
                    lastChange.get(rollup.siteId()));
        }).toList();
    }

    /// Time since a device of the site last changed.
    public Duration sinceLastChange(Instant now) {
        return Duration.between(lastChange, now);
    }

    /// A site still open whose devices have not changed for longer than `staleAfter`: someone should look.
    public boolean isStale(Instant now, Duration staleAfter) {
        return site.statuses().open() > 0 && sinceLastChange(now).compareTo(staleAfter) > 0;
    }
}
