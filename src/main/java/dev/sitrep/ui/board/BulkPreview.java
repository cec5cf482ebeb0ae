package dev.sitrep.ui.board;

import dev.sitrep.domain.BulkTasks;
import dev.sitrep.domain.DowntimeOverlaps;
import dev.sitrep.domain.IncidentTask;
import dev.sitrep.domain.Text;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/// The planned tasks as the dialog previews them, with one line that sums them up and one for the windows
/// that overlap downtime already planned.
///
/// @param summary "40 tasks, windows from Mon 22:00 to Tue 08:00, 4 engineers in turn"
/// @param clashes "3 windows overlap downtime already planned at the same site or customer."; empty when none
record BulkPreview(List<PlannedTaskRow> rows, String summary, String clashes) {

    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DATE_AND_TIME = DateTimeFormatter.ofPattern("EEE d MMM HH:mm",
            Locale.ROOT);
    /// Beyond this a weekday alone no longer says which day.
    private static final Duration WEEK = Duration.ofDays(6);

    /// The preview of `planned`, made for `items` in the same order.
    ///
    /// @param downtimeWanted whether the operator asked for windows, which `planned` lacks while their fields
    ///                       are wrong
    /// @param names          staff names by id
    /// @param existing       the windows the incident's tasks already plan
    static BulkPreview of(List<BulkCandidate> items, List<BulkTasks.Planned> planned, boolean downtimeWanted,
                          Map<UUID, String> names, DowntimeOverlaps.Existing existing, ZoneId zone) {
        List<PlannedTaskRow> rows = new ArrayList<>(planned.size());
        int clashing = 0;
        for (int i = 0; i < planned.size(); i++) {
            BulkTasks.Planned task = planned.get(i);
            String clash = clash(task, existing, zone);
            clashing += clash.isEmpty() ? 0 : 1;
            rows.add(new PlannedTaskRow(task.title(), items.get(i).place(),
                    task.assigneeId() == null ? "" : names.getOrDefault(task.assigneeId(), ""), task.downtime(),
                    zone, clash));
        }
        String clashes = clashing == 0 ? ""
                : Text.count(clashing, "window") + (clashing == 1 ? " overlaps" : " overlap")
                        + " downtime already planned at the same site or customer.";
        return new BulkPreview(rows, summary(rows, planned, downtimeWanted, zone), clashes);
    }

    private static String clash(BulkTasks.Planned task, DowntimeOverlaps.Existing existing, ZoneId zone) {
        if (task.downtime() == null) {
            return "";
        }
        List<IncidentTask> clashes = existing.clashes(task.scope(), task.downtime());
        if (clashes.isEmpty()) {
            return "";
        }
        IncidentTask first = clashes.getFirst();
        return "Overlaps " + first.title() + " (" + PlannedTaskRow.nearWindowText(first.downtime(), zone) + ")"
                + (clashes.size() > 1 ? " and " + (clashes.size() - 1) + " more" : "");
    }

    private static String summary(List<PlannedTaskRow> rows, List<BulkTasks.Planned> planned, boolean downtimeWanted,
                                  ZoneId zone) {
        if (rows.isEmpty()) {
            return "No task planned yet.";
        }
        String windows;
        if (planned.getFirst().downtime() != null) {
            Instant from = planned.getFirst().downtime().start();
            Instant to = planned.getLast().downtime().end();
            DateTimeFormatter format = Duration.between(from, to).compareTo(WEEK) > 0 ? DATE_AND_TIME : DAY_AND_TIME;
            windows = "windows from " + format.format(from.atZone(zone)) + " to " + format.format(to.atZone(zone));
        } else {
            windows = downtimeWanted ? "windows once their fields are right" : "no downtime";
        }
        long engineers = planned.stream().map(BulkTasks.Planned::assigneeId).distinct().count();
        String assigned = rows.getFirst().assignee().isEmpty() ? "unassigned"
                : engineers == 1 ? "all for " + rows.getFirst().assignee()
                : engineers + " engineers in turn";
        return Text.count(rows.size(), "task") + ", " + windows + ", " + assigned;
    }
}
