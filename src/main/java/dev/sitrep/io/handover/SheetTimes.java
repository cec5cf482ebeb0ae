package dev.sitrep.io.handover;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/// Times as the handover sheet prints them, in the war room's time zone: the day is named whenever it
/// could be mistaken, since a sheet is read the next morning.
public final class SheetTimes {

    private static final DateTimeFormatter DATE_AND_TIME = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ROOT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.ROOT);

    private final ZoneId zone;

    public SheetTimes(ZoneId zone) {
        this.zone = zone;
    }

    ZoneId zone() {
        return zone;
    }

    /// "Mon 23 Nov 2026 20:05".
    String full(Instant instant) {
        return FULL.format(instant.atZone(zone));
    }

    /// "Mon 14:30": a moment within a few days of the sheet.
    String day(Instant instant) {
        return instant == null ? "" : DAY_AND_TIME.format(instant.atZone(zone));
    }

    /// "Mon 23 Nov 14:30": a moment that may be weeks away.
    public String date(Instant instant) {
        return instant == null ? "" : DATE_AND_TIME.format(instant.atZone(zone));
    }

    /// "14:30".
    String time(Instant instant) {
        return TIME.format(instant.atZone(zone));
    }

    /// "Mon 23 Nov 08:00 – 20:00", or with both days when it crosses midnight.
    public String window(Instant start, Instant end) {
        ZonedDateTime from = start.atZone(zone);
        ZonedDateTime to = end.atZone(zone);
        boolean sameDay = from.toLocalDate().equals(to.toLocalDate());
        return DATE_AND_TIME.format(from) + " – " + (sameDay ? TIME : DATE_AND_TIME).format(to);
    }

    /// "Mon 22:00 – 01:00" for a downtime window.
    String shortWindow(Instant start, Instant end) {
        boolean sameDay = start.atZone(zone).toLocalDate().equals(end.atZone(zone).toLocalDate());
        return day(start) + " – " + (sameDay ? time(end) : day(end));
    }

    /// "2 h 05", "40 min".
    static String length(Duration duration) {
        long minutes = Math.max(0, duration.toMinutes());
        return minutes < 60 ? minutes + " min" : String.format(Locale.ROOT, "%d h %02d", minutes / 60, minutes % 60);
    }
}
