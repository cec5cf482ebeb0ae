package dev.sitrep.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
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
                .filter(task -> task.downtime() != null && task.status() != TaskStatus.DONE)
                .sorted(Comparator.comparing((IncidentTask task) -> task.downtime().start())
                        .thenComparing(IncidentTask::title))
                .toList();
        List<Entry> entries = new ArrayList<>(planned.size());
        for (IncidentTask task : planned) {
            List<IncidentTask> clashes = planned.stream()
                    .filter(other -> other != task && samePlace(task, other)
                            && task.downtime().overlaps(other.downtime()))
                    .toList();
            entries.add(new Entry(task, clashes));
        }
        return entries;
    }

    private static boolean samePlace(IncidentTask a, IncidentTask b) {
        UUID siteA = a.scope().siteId();
        UUID siteB = b.scope().siteId();
        if (siteA != null && siteB != null) {
            return siteA.equals(siteB);
        }
        return a.scope().customerId() != null && Objects.equals(a.scope().customerId(), b.scope().customerId());
    }
}
