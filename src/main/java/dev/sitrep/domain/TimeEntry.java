package dev.sitrep.domain;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// Times and lengths as people type them in a war room, read in the console's time zone:
///
/// - `14:30`: the next 14:30 (today if still to come, else tomorrow)
/// - `+45m`, `+2h`, `+1h30m`, `+1d`: from now
/// - `today 18:00`, `tomorrow 09:00`
/// - `2026-11-23 14:30` (or with a `T`)
///
/// Lengths: `90` (minutes), `90m`, `2h`, `1h30m`, `1d`.
public final class TimeEntry {

    /// What a time field accepts, for messages and prompts.
    public static final String TIME_FORMS = "14:30, +2h, +45m, tomorrow 09:00 or 2026-11-23 14:30";
    /// What a field for a moment already past (a shift's start) accepts.
    public static final String PAST_FORMS = "08:00, -12h, yesterday 20:00, now or 2026-11-23 08:00";
    /// What a length field accepts.
    public static final String LENGTH_FORMS = "90 (minutes), 45m, 2h or 1h30m";

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("H:mm", Locale.ROOT);
    private static final Pattern LENGTH = Pattern.compile("(?:(\\d+)d)?(?:(\\d+)h)?(?:(\\d+)m?)?");
    private static final Pattern DAY_AND_CLOCK = Pattern.compile("(today|tomorrow)\\s+(\\d{1,2}:\\d{2})");
    private static final Pattern PAST_DAY_AND_CLOCK = Pattern.compile("(today|yesterday)\\s+(\\d{1,2}:\\d{2})");

    private TimeEntry() {
    }

    /// The moment `text` names, counted from `now`.
    ///
    /// @throws IllegalArgumentException naming the forms it accepts, when `text` is none of them
    public static Instant parse(String text, ZonedDateTime now) {
        String entry = Text.orEmpty(text).toLowerCase(Locale.ROOT);
        try {
            if (entry.startsWith("+")) {
                return now.toInstant().plus(parseLength(entry.substring(1)));
            }
            Matcher dayAndClock = DAY_AND_CLOCK.matcher(entry);
            if (dayAndClock.matches()) {
                LocalDate day = now.toLocalDate().plusDays(dayAndClock.group(1).equals("tomorrow") ? 1 : 0);
                return atZone(day.atTime(clock(dayAndClock.group(2))), now.getZone());
            }
            if (entry.matches("\\d{1,2}:\\d{2}")) {
                ZonedDateTime today = now.toLocalDate().atTime(clock(entry)).atZone(now.getZone());
                return (today.isAfter(now) ? today : today.plusDays(1)).toInstant();
            }
            return atZone(LocalDateTime.parse(entry.replace(' ', 'T')), now.getZone());
        } catch (DateTimeException | IllegalArgumentException e) {
            throw new IllegalArgumentException("\"" + Text.orEmpty(text) + "\" is not a time: write " + TIME_FORMS
                    + ".");
        }
    }

    /// The moment `text` names, looking back from `now`: `08:00` is the latest 08:00 at or before now,
    /// `-12h` twelve hours ago. What a shift's window is typed as.
    ///
    /// @throws IllegalArgumentException naming the forms it accepts, when `text` is none of them
    public static Instant parsePast(String text, ZonedDateTime now) {
        String entry = Text.orEmpty(text).toLowerCase(Locale.ROOT).strip();
        try {
            if (entry.equals("now")) {
                return now.toInstant();
            }
            if (entry.startsWith("-")) {
                return now.toInstant().minus(parseLength(entry.substring(1)));
            }
            Matcher dayAndClock = PAST_DAY_AND_CLOCK.matcher(entry);
            if (dayAndClock.matches()) {
                LocalDate day = now.toLocalDate().minusDays(dayAndClock.group(1).equals("yesterday") ? 1 : 0);
                return atZone(day.atTime(clock(dayAndClock.group(2))), now.getZone());
            }
            if (entry.matches("\\d{1,2}:\\d{2}")) {
                ZonedDateTime today = now.toLocalDate().atTime(clock(entry)).atZone(now.getZone());
                return (today.isAfter(now) ? today.minusDays(1) : today).toInstant();
            }
            return atZone(LocalDateTime.parse(entry.replace(' ', 'T')), now.getZone());
        } catch (DateTimeException | IllegalArgumentException e) {
            throw new IllegalArgumentException("\"" + Text.orEmpty(text) + "\" is not a time: write " + PAST_FORMS
                    + ".");
        }
    }

    /// The length `text` names.
    ///
    /// @throws IllegalArgumentException naming the forms it accepts, when `text` is none of them or no time
    public static Duration parseLength(String text) {
        String entry = Text.orEmpty(text).toLowerCase(Locale.ROOT).replace(" ", "");
        Matcher matcher = LENGTH.matcher(entry);
        if (entry.isEmpty() || !matcher.matches()) {
            throw new IllegalArgumentException("\"" + Text.orEmpty(text) + "\" is not a length: write "
                    + LENGTH_FORMS + ".");
        }
        Duration length = Duration.ofDays(number(matcher.group(1))).plusHours(number(matcher.group(2)))
                .plusMinutes(number(matcher.group(3)));
        if (length.isZero()) {
            throw new IllegalArgumentException("\"" + Text.orEmpty(text) + "\" is no time at all: write "
                    + LENGTH_FORMS + ".");
        }
        return length;
    }

    /// A moment as the fields show it and [#parse] reads it back: `2026-11-23 14:30`.
    public static String format(Instant instant, ZoneId zone) {
        return SHOWN.format(instant.atZone(zone));
    }

    /// A length as the fields show it and [#parseLength] reads it back: `45m`, `2h`, `1h30m`.
    public static String formatLength(Duration length) {
        long hours = length.toHours();
        int minutes = length.toMinutesPart();
        if (hours == 0) {
            return minutes + "m";
        }
        return hours + "h" + (minutes == 0 ? "" : minutes + "m");
    }

    private static LocalTime clock(String text) {
        return LocalTime.parse(text, CLOCK);
    }

    private static Instant atZone(LocalDateTime local, ZoneId zone) {
        return local.atZone(zone).toInstant();
    }

    private static long number(String digits) {
        return digits == null ? 0 : Long.parseLong(digits);
    }
}
