package dev.sitrep.ui.board;

import dev.sitrep.domain.TimeWindow;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/// A task a bulk creation would make, as its preview lists it.
///
/// @param place    where: "Leeds Head Office · Acme" for a device, "Acme" for a site
/// @param assignee the engineer's name, or empty when nobody is chosen
/// @param downtime its window, or `null` without downtime
/// @param zone     the console's time zone, to show the window in
/// @param clash    what its window overlaps at its place ("Overlaps Patch EXCH-01 (Sat 22:00–23:00)"), or empty
public record PlannedTaskRow(String title, String place, String assignee, TimeWindow downtime, ZoneId zone,
                             String clash) {

    /// With the date: a plan of many windows runs for days, and a weekday alone would not say which.
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("EEE d MMM HH:mm",
            Locale.ROOT);
    private static final DateTimeFormatter WEEKDAY_AND_TIME = DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ROOT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    /// "Sat 14 Mar 22:00–23:00", or empty without downtime. Made when a cell shows it, not for each of thousands of
    /// rows at every key typed.
    public String window() {
        return downtime == null ? "" : windowText(downtime, zone);
    }

    public boolean clashes() {
        return !clash.isEmpty();
    }

    static String windowText(TimeWindow window, ZoneId zone) {
        return DAY_AND_TIME.format(window.start().atZone(zone)) + "–" + TIME.format(window.end().atZone(zone));
    }

    /// "Sat 22:30–23:30": a window next to one shown with its date, as the one it overlaps.
    static String nearWindowText(TimeWindow window, ZoneId zone) {
        return WEEKDAY_AND_TIME.format(window.start().atZone(zone)) + "–" + TIME.format(window.end().atZone(zone));
    }
}
