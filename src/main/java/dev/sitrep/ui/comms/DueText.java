package dev.sitrep.ui.comms;

import dev.sitrep.domain.TimeEntry;
import dev.sitrep.domain.UpdateSchedule.Urgency;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
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
        long days = Math.abs(ChronoUnit.DAYS.between(today.toLocalDate(), when.toLocalDate()));
        return (days <= 6 ? DAY_AND_CLOCK : DATE_AND_CLOCK).format(when);
    }

    /// A moment as a form says it back, with its day: "today 14:30", "tomorrow 09:00", "yesterday 17:00",
    /// else as [#time] writes it.
    static String moment(Instant at, Instant now, ZoneId zone) {
        long days = ChronoUnit.DAYS.between(now.atZone(zone).toLocalDate(), at.atZone(zone).toLocalDate());
        String clock = CLOCK.format(at.atZone(zone));
        return switch ((int) Math.max(-2, Math.min(2, days))) {
            case 0 -> "today " + clock;
            case 1 -> "tomorrow " + clock;
            case -1 -> "yesterday " + clock;
            default -> time(at, now, zone);
        };
    }

    /// "12 min", "1 h 05 min": whole minutes rounded up, so a time one second late is "1 min" late.
    static String length(Duration length) {
        long minutes = (length.abs().toSeconds() + 59) / 60;
        return minutes >= 60 ? minutes / 60 + " h " + String.format(Locale.ROOT, "%02d", minutes % 60) + " min"
                : minutes + " min";
    }

    /// A time as typed in a form, read: either the moment with a hint that says it back ("Tue 09:00, in 20 h
    /// 30 min"), or what is wrong with it.
    ///
    /// @param time    the moment, or `null` when there is a problem or nothing was typed
    /// @param problem what is wrong, in a sentence; empty when nothing is
    /// @param hint    the moment in words, to check what "+2h" meant; empty when there is none
    record Typed(Instant time, String problem, String hint) {

        boolean isBlank() {
            return time == null && problem.isEmpty();
        }
    }

    /// Reads a typed time with [TimeEntry] at `now`. Blank text is no time and no problem: a required field
    /// says so itself. A time that has passed is refused unless `pastAllowed`.
    static Typed read(String text, Instant now, ZoneId zone, boolean pastAllowed) {
        if (text == null || text.isBlank()) {
            return new Typed(null, "", "");
        }
        Instant time;
        try {
            time = TimeEntry.parse(text, now.atZone(zone));
        } catch (IllegalArgumentException e) {
            return new Typed(null, e.getMessage(), "");
        }
        String when = moment(time, now, zone);
        if (!time.isAfter(now) && !pastAllowed) {
            return new Typed(null, capitalized(when) + " has passed: give a time still to come.", "");
        }
        String distance = time.isAfter(now) ? "in " + length(Duration.between(now, time))
                : length(Duration.between(time, now)) + " ago";
        return new Typed(time, "", when + ", " + distance);
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
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
