package dev.sitrep.ui.board;

import dev.sitrep.domain.TaskStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/// One planned downtime window as the downtime list shows it.
///
/// @param startText  "Sat 14 Mar 22:00" in the console's time zone
/// @param endText    "01:00" on the start's day, "Sun 01:00" within the week after it, else the full date
/// @param lengthText "3h", "1h30m", "45m"
/// @param place      "EXCH-07 · Leeds · Acme"; empty for a task about nothing in particular
/// @param assignee   the engineer's name, empty for nobody
/// @param clash      "overlaps Patch EXCH-07 at Leeds" or "overlaps 2 other windows"; empty without a clash
/// @param clashes    each window it overlaps, as "Patch EXCH-07 … · Sat 14 Mar 22:00 to Sun 01:00 · Leeds"
/// @param timing     whether the window is still to come, running or ended, at the last look at the clock
/// @param searchText what the text filter looks in, lower-cased once
public record DowntimeRow(UUID taskId, Instant start, Instant end, String startText, String endText,
                          Duration length, String lengthText, String title, String place, String assignee,
                          TaskStatus status, String clash, List<String> clashes, Timing timing,
                          String searchText) {

    /// Where a window stands against the clock.
    public enum Timing {
        COMING, RUNNING, ENDED;

        static Timing of(Instant start, Instant end, Instant now) {
            if (now.isBefore(start)) {
                return COMING;
            }
            return now.isBefore(end) ? RUNNING : ENDED;
        }
    }

    public DowntimeRow {
        clashes = List.copyOf(clashes);
    }

    public boolean isClashing() {
        return !clashes.isEmpty();
    }

    /// The same window seen at `now`.
    DowntimeRow at(Instant now) {
        Timing then = Timing.of(start, end, now);
        return then == timing ? this : new DowntimeRow(taskId, start, end, startText, endText, length, lengthText,
                title, place, assignee, status, clash, clashes, then, searchText);
    }
}
