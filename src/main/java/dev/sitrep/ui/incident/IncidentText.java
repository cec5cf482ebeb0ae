package dev.sitrep.ui.incident;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/// How the incident screen writes times and durations.
final class IncidentText {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm",
            Locale.ENGLISH);

    private IncidentText() {
    }

    /// "Tue 12 May 2026, 14:02" in `zone`; empty for `null`.
    static String moment(Instant instant, ZoneId zone) {
        return instant == null ? "" : MOMENT.format(instant.atZone(zone));
    }

    /// "3 d 4 h", "2 h 05 min", "12 min": precise enough for a war room, never in seconds.
    static String elapsed(Duration duration) {
        long minutes = Math.max(0, duration.toMinutes());
        long days = minutes / (24 * 60);
        long hours = minutes / 60 % 24;
        long restMinutes = minutes % 60;
        if (days > 0) {
            return days + " d " + hours + " h";
        }
        if (hours > 0) {
            return hours + " h " + String.format(Locale.ROOT, "%02d", restMinutes) + " min";
        }
        return restMinutes + " min";
    }

    /// "every 30 minutes", "every hour", "every 1 h 30 min", "every 4 hours".
    static String cadence(Duration cadence) {
        long minutes = cadence.toMinutes();
        if (minutes == 60) {
            return "every hour";
        }
        if (minutes % 60 == 0) {
            return "every " + minutes / 60 + " hours";
        }
        if (minutes > 60) {
            return "every " + minutes / 60 + " h " + minutes % 60 + " min";
        }
        return "every " + minutes + " minutes";
    }

    /// A number of minutes as the cadence choice reads: "90 min (1 h 30 min)".
    static String cadenceChoice(int minutes) {
        if (minutes < 60) {
            return minutes + " min";
        }
        String hours = minutes % 60 == 0 ? minutes / 60 + " h" : minutes / 60 + " h " + minutes % 60 + " min";
        return minutes + " min (" + hours + ")";
    }
}
