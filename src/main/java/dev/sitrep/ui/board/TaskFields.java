package dev.sitrep.ui.board;

import dev.sitrep.domain.IncidentTask;
import dev.sitrep.domain.TaskStatus;
import dev.sitrep.domain.Text;
import dev.sitrep.domain.TimeEntry;
import dev.sitrep.domain.TimeWindow;
import dev.sitrep.ui.board.TaskEditorViewModel.Field;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/// Reads the task editor's typed fields into a task's values, with one problem per field: what the store
/// would refuse (a blank title, a blocked task without a reason, text longer than its column) and times and
/// lengths that are not in a form [TimeEntry] reads.
///
/// A time or length still showing what was stored keeps the stored value: the fields show minutes, and
/// saving an edit must not move an ETA by the seconds it had.
final class TaskFields {

    /// The task table's text columns (`V1__domain_schema.sql`): longer text is refused here, naming the
    /// field, rather than by the database.
    static final int TITLE_LIMIT = 300;
    static final int DETAIL_LIMIT = 20_000;
    static final int BLOCKED_REASON_LIMIT = 2_000;

    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("EEE d MMM HH:mm",
            Locale.ROOT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    /// What the fields say: the problem of each field that has one, and the times read from the others.
    record Reading(Map<Field, String> problems, Instant eta, TimeWindow downtime) {
    }

    private final ZonedDateTime now;
    private final IncidentTask stored;

    /// Reads times from `clock`'s present, in its zone; `stored` is the task being edited, `null` for a new one.
    TaskFields(Clock clock, IncidentTask stored) {
        this.now = ZonedDateTime.now(clock);
        this.stored = stored;
    }

    Reading read(String title, String detail, TaskStatus status, String blockedReason, String eta,
                 String downtimeStart, String downtimeLength) {
        Map<Field, String> problems = new EnumMap<>(Field.class);
        checkText(problems, Field.TITLE, title, TITLE_LIMIT, "give the task a title.");
        checkText(problems, Field.DETAIL, detail, DETAIL_LIMIT, null);
        if (status == TaskStatus.BLOCKED) {
            checkText(problems, Field.BLOCKED_REASON, blockedReason, BLOCKED_REASON_LIMIT,
                    "say what the task is waiting for.");
        }
        Instant readEta = time(problems, Field.ETA, eta, stored == null ? null : stored.eta());
        TimeWindow downtime = downtime(problems, downtimeStart, downtimeLength);
        return new Reading(problems, readEta, downtime);
    }

    /// Refuses text longer than its column and, when `missing` is given, blank text.
    private static void checkText(Map<Field, String> problems, Field field, String text, int limit,
                                  String missing) {
        String value = Text.orEmpty(text);
        if (value.isEmpty() && missing != null) {
            problems.put(field, field.label() + ": " + missing);
        } else if (value.length() > limit) {
            problems.put(field, field.label() + ": " + Text.number(value.length()) + " characters is too long; "
                    + "keep it to " + Text.number(limit) + ".");
        }
    }

    private TimeWindow downtime(Map<Field, String> problems, String startText, String lengthText) {
        TimeWindow was = stored == null ? null : stored.downtime();
        Instant start = time(problems, Field.DOWNTIME_START, startText, was == null ? null : was.start());
        Duration length = length(problems, lengthText, was == null ? null : was.length());
        if (Text.isBlank(startText) && !Text.isBlank(lengthText)) {
            problems.put(Field.DOWNTIME_START, "Downtime start: say when the downtime starts, or clear its length.");
        }
        if (!Text.isBlank(startText) && Text.isBlank(lengthText)) {
            problems.put(Field.DOWNTIME_LENGTH, "Downtime length: say how long the downtime lasts, or clear its "
                    + "start.");
        }
        return start == null || length == null ? null : TimeWindow.of(start, length);
    }

    private Instant time(Map<Field, String> problems, Field field, String text, Instant was) {
        if (Text.isBlank(text)) {
            return null;
        }
        if (was != null && Text.orEmpty(text).equals(TimeEntry.format(was, now.getZone()))) {
            return was;
        }
        try {
            return TimeEntry.parse(text, now);
        } catch (RuntimeException e) {
            problems.put(field, field.label() + ": " + unreadable(e, text, "a time", TimeEntry.TIME_FORMS));
            return null;
        }
    }

    private static Duration length(Map<Field, String> problems, String text, Duration was) {
        if (Text.isBlank(text)) {
            return null;
        }
        if (was != null && Text.orEmpty(text).equals(TimeEntry.formatLength(was))) {
            return was;
        }
        try {
            return TimeEntry.parseLength(text);
        } catch (RuntimeException e) {
            problems.put(Field.DOWNTIME_LENGTH, Field.DOWNTIME_LENGTH.label() + ": "
                    + unreadable(e, text, "a length", TimeEntry.LENGTH_FORMS));
            return null;
        }
    }

    /// [TimeEntry]'s own sentence, which quotes the text and names the forms it reads; the same kind of
    /// sentence for what it did not expect (a number too large to count).
    private static String unreadable(RuntimeException e, String text, String what, String forms) {
        String sentence = e.getMessage();
        if (e instanceof IllegalArgumentException && sentence != null && sentence.startsWith("\"")) {
            return sentence;
        }
        return "\"" + Text.orEmpty(text) + "\" is not " + what + ": write " + forms + ".";
    }

    // Readings

    /// A moment as the editor confirms it under its field: "Tue 24 Nov 14:30, in 2h30m".
    static String when(Instant moment, Clock clock) {
        ZoneId zone = clock.getZone();
        return DAY_AND_TIME.format(moment.atZone(zone)) + ", " + fromNow(moment, clock.instant());
    }

    /// A window as the editor confirms it: "Tue 24 Nov 02:00 to 04:00, in 3h", naming the end's day when it
    /// is another.
    static String when(TimeWindow window, Clock clock) {
        ZonedDateTime start = window.start().atZone(clock.getZone());
        ZonedDateTime end = window.end().atZone(clock.getZone());
        String until = start.toLocalDate().equals(end.toLocalDate()) ? TIME.format(end) : DAY_AND_TIME.format(end);
        return DAY_AND_TIME.format(start) + " to " + until + ", " + fromNow(window.start(), clock.instant());
    }

    private static String fromNow(Instant moment, Instant now) {
        long minutes = Math.round(Duration.between(now, moment).toSeconds() / 60.0);
        if (minutes == 0) {
            return "now";
        }
        String span = span(Duration.ofMinutes(Math.abs(minutes)));
        return minutes > 0 ? "in " + span : span + " ago";
    }

    /// "45m", "2h30m", "3d4h": days counted as days, which [TimeEntry#formatLength] leaves as hours.
    private static String span(Duration length) {
        long days = length.toDays();
        Duration rest = length.minusDays(days);
        if (days == 0) {
            return TimeEntry.formatLength(rest);
        }
        return days + "d" + (rest.isZero() ? "" : TimeEntry.formatLength(rest));
    }
}
