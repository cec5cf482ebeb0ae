package dev.sitrep.ui.comms;

import dev.sitrep.domain.UpdateSchedule.Urgency;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/// Times and countdowns as the customer screens write them, in the console's time zone: short enough for a
/// table cell, never ambiguous about the day.
final class DueText {

    /// A due time turns amber this long before it.
    static final Duration WARNING = Duration.ofMinutes(15);

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DAY_AND_CLOCK = DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DATE_AND_CLOCK = DateTimeFormatter.ofPattern("EEE d MMM HH:mm",
            Locale.ROOT);

    private DueText() {
    }

    /// "14:30" today, "Tue 14:30" within six days either way, "Tue 3 Dec 14:30" further off.
    static String time(Instant at, Instant now, ZoneId zone) {
        ZonedDateTime when = at.atZone(zone);
        ZonedDateTime today = now.atZone(zone);
        if (when.toLocalDate().equals(today.toLocalDate())) {
            return CLOCK.format(when);
        }
        long days = Math.abs(Duration.between(today.toLocalDate().atStartOfDay(),
                when.toLocalDate().atStartOfDay()).toDays());
        return (days <= 6 ? DAY_AND_CLOCK : DATE_AND_CLOCK).format(when);
    }

    /// "12 min", "1 h 05 min": whole minutes rounded up, so a time one second late is "1 min" late.
    static String length(Duration length) {
        long minutes = (length.abs().toSeconds() + 59) / 60;
        return minutes >= 60 ? minutes / 60 + " h " + String.format(Locale.ROOT, "%02d", minutes % 60) + " min"
                : minutes + " min";
    }

    /// A due time in words that match its urgency: "due 14:30", "due in 12 min", "due now", "overdue 25 min".
    static String due(Instant due, Instant now, ZoneId zone) {
        return switch (Urgency.of(due, now, WARNING)) {
            case NONE -> "";
            case LATER -> "due " + time(due, now, zone);
            case SOON -> Duration.between(now, due).toSeconds() == 0 ? "due now"
                    : "due in " + length(Duration.between(now, due));
            case OVERDUE -> "overdue " + length(Duration.between(due, now));
        };
    }
}
