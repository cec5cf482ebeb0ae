package dev.sitrep.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/// Planned downtime windows by start, each with the other tasks whose windows overlap it at the same site
/// or, for tasks without a site, the same customer: two outages a customer did not agree to at once.
public final class DowntimeOverlaps {

    /// A task's window and the tasks that clash with it.
    public record Entry(IncidentTask task, List<IncidentTask> clashes) {
        public boolean isClashing() {
            return !clashes.isEmpty();
        }
    }

    private DowntimeOverlaps() {
    }

    /// The tasks with a downtime window, earliest first, each with its clashes (tasks of other statuses
    /// than done).
    public static List<Entry> of(Collection<IncidentTask> tasks) {
        List<IncidentTask> planned = tasks.stream()
                .filter(DowntimeOverlaps::plansDowntime)
                .sorted(Comparator.comparing((IncidentTask task) -> task.downtime().start())
                        .thenComparing(IncidentTask::title))
                .toList();
        List<Entry> entries = new ArrayList<>(planned.size());
        for (IncidentTask task : planned) {
            List<IncidentTask> clashes = planned.stream()
                    .filter(other -> other != task && samePlace(task.scope(), other.scope())
                            && task.downtime().overlaps(other.downtime()))
                    .toList();
            entries.add(new Entry(task, clashes));
        }
        return entries;
    }

    /// The windows of `tasks` by place, to check windows still to be planned against them.
    public static Existing existing(Collection<IncidentTask> tasks) {
        return new Existing(tasks);
    }

    /// Tasks' windows kept by site and by customer, so that checking a new window reads only the tasks at
    /// its place: a bulk creation checks thousands of windows, and comparing each with every task would
    /// keep the operator waiting at each key.
    public static final class Existing {

        private final Map<UUID, List<IncidentTask>> bySite = new HashMap<>();
        private final Map<UUID, List<IncidentTask>> withoutSiteByCustomer = new HashMap<>();
        private final Map<UUID, List<IncidentTask>> byCustomer = new HashMap<>();

        private Existing(Collection<IncidentTask> tasks) {
            for (IncidentTask task : tasks) {
                if (!plansDowntime(task) || task.scope().customerId() == null) {
                    continue;
                }
                Scope scope = task.scope();
                byCustomer.computeIfAbsent(scope.customerId(), _ -> new ArrayList<>()).add(task);
                if (scope.siteId() != null) {
                    bySite.computeIfAbsent(scope.siteId(), _ -> new ArrayList<>()).add(task);
                } else {
                    withoutSiteByCustomer.computeIfAbsent(scope.customerId(), _ -> new ArrayList<>()).add(task);
                }
            }
        }

        /// The tasks whose windows overlap `window` at the place `scope` names, by the same rule as
        /// [DowntimeOverlaps#of]: the same site, or the same customer where either has no site.
        public List<IncidentTask> clashes(Scope scope, TimeWindow window) {
            if (scope.customerId() == null) {
                return List.of();
            }
            List<IncidentTask> clashes = new ArrayList<>(0);
            if (scope.siteId() == null) {
                addOverlapping(byCustomer.get(scope.customerId()), window, clashes);
            } else {
                addOverlapping(bySite.get(scope.siteId()), window, clashes);
                addOverlapping(withoutSiteByCustomer.get(scope.customerId()), window, clashes);
            }
            return clashes;
        }

        private static void addOverlapping(List<IncidentTask> tasks, TimeWindow window, List<IncidentTask> into) {
            if (tasks != null) {
                for (IncidentTask task : tasks) {
                    if (task.downtime().overlaps(window)) {
                        into.add(task);
                    }
                }
            }
        }
    }

    private static boolean plansDowntime(IncidentTask task) {
        return task.downtime() != null && task.status() != TaskStatus.DONE;
    }

    private static boolean samePlace(Scope a, Scope b) {
        if (a.siteId() != null && b.siteId() != null) {
            return a.siteId().equals(b.siteId());
        }
        return a.customerId() != null && Objects.equals(a.customerId(), b.customerId());
    }
}
